import type { CountParams } from './count.surprise.js';

/**
 * Constants of the sales model (docs/anomalies.md says why each has its value): those of the core's count measure (CountParams: warm-up, levels,
 * weekday factors, test windows, spreads, flag and screen, floor) and the marketplace's own.
 */
export interface SalesParams extends CountParams {
  /** Days over which the market's own usual level is measured. */
  marketBaselineDays: number;
  /** Uncertainty floor of a window's mean log order value. */
  cvOrderValue: number;
  /** Days without sales after which an account counts as dormant. */
  dormantDays: number;
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
