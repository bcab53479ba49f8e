/** Constants of the sales model; docs/anomalies.md says why each has its value. */
export interface SalesParams {
  /** Days of an account's history before its sales are judged (four full weeks). */
  warmupDays: number;
  /** Half-life, in days, of the seller's learned level (slow growth is followed, a spike is not). */
  levelHalfLife: number;
  /** Half-life, in days, of the slow level: a rise back to it is a recovery, not an anomaly. */
  slowLevelHalfLife: number;
  /** Half-life, in weeks, of each weekday's factor, and its prior weight in orders (pulls sparse sellers to flat). */
  weekdayHalfLife: number;
  weekdayPrior: number;
  /** Days over which the market's own usual level is measured. */
  marketBaselineDays: number;
  /** Test windows in days, each tested upwards and downwards. */
  windows: readonly number[];
  /** Day-to-day variation beyond Poisson (coefficient of variation of a day's mean). */
  cvDay: number;
  /** Uncertainty of the learned level itself (shared by all days of a window). */
  cvLevel: number;
  /** Spread of sellers' reactions to a market move: CV = cvMarket * |ln(market index)|. */
  cvMarket: number;
  /** Uncertainty floor of a window's mean log order value. */
  cvOrderValue: number;
  /** Surprise (-log10 p, after the multiple-test correction) from which a day counts as anomalous. */
  flagSurprise: number;
  /** A day's test is only computed exactly when a cheap z-score passes this screen. */
  screenZ: number;
  /** Days without sales after which an account counts as dormant. */
  dormantDays: number;
  /** Least daily orders ever expected, whatever the history (the level of a dormant account). */
  floorLevel: number;
  /** Flagged days at most this far apart belong to one episode. */
  episodeGapDays: number;
  /**
   * An episode is a level shift, not a spike or collapse, when this many days after its start the
   * last two weeks still differ from the level before it by shiftRatio or more.
   */
  levelShiftDays: number;
  shiftRatio: number;
  /** score = 1 - 2^(-surprise / halfScoreSurprise): each halfScoreSurprise digits halve the distance to 1. */
  halfScoreSurprise: number;
}

export const SALES_PARAMS: Readonly<SalesParams> = Object.freeze({
  warmupDays: 28,
  levelHalfLife: 14,
  slowLevelHalfLife: 56,
  weekdayHalfLife: 8,
  weekdayPrior: 3,
  marketBaselineDays: 28,
  windows: Object.freeze([1, 3, 7, 14]),
  cvDay: 0.3,
  cvLevel: 0.15,
  cvMarket: 0.5,
  cvOrderValue: 0.15,
  flagSurprise: 5,
  screenZ: 4,
  dormantDays: 28,
  floorLevel: 0.05,
  episodeGapDays: 7,
  levelShiftDays: 14,
  shiftRatio: 1.5,
  halfScoreSurprise: 5,
});
