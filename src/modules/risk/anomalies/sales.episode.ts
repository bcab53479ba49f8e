export type SalesMeasure = 'orders' | 'average_order_value';

/** The strongest anomalous episode of one seller, as numbers (turned into a finding elsewhere). */
export interface SalesEpisode {
  /** Surprise of the best test, after the multiple-test correction (-log10 p). */
  surprise: number;
  /** Tail probability of the best test before the correction. */
  pValue: number;
  tests: number;
  measure: SalesMeasure;
  direction: 1 | -1;
  /** Panel day numbers (inclusive) of the best test's window and of the whole episode. */
  windowFrom: number;
  windowTo: number;
  episodeFrom: number;
  episodeTo: number;
  /**
   * Orders of the last (up to) 14 days of the scan against the level before the episode, when
   * those days start a week or more after the episode began; NaN otherwise. Tells a level shift
   * (still away from the old level) from a spike or collapse (back to it).
   */
  afterRatio: number;
  /** Days from the episode's start to the end of the scan. */
  daysSinceStart: number;
  observedOrders: number;
  expectedOrders: number;
  observedRevenue: number;
  expectedRevenue: number;
  /** Market index over the window (1: the market as usual; 2: the whole market doubled): geometric mean and highest day. */
  marketIndex: number;
  marketPeak: number;
  /** Consecutive days without sales just before the episode. */
  quietDaysBefore: number;
  /** Market-adjusted daily orders the seller was expected to have before the episode. */
  baselineDailyOrders: number;
  historyDays: number;
  episodes: number;
}

/** An episode with nothing found yet. */
export function emptyEpisode(): SalesEpisode {
  return {
    surprise: 0,
    pValue: 1,
    tests: 0,
    measure: 'orders',
    direction: 1,
    windowFrom: 0,
    windowTo: 0,
    episodeFrom: 0,
    episodeTo: 0,
    afterRatio: Number.NaN,
    daysSinceStart: 0,
    observedOrders: 0,
    expectedOrders: 0,
    observedRevenue: 0,
    expectedRevenue: 0,
    marketIndex: 1,
    marketPeak: 1,
    quietDaysBefore: 0,
    baselineDailyOrders: 0,
    historyDays: 0,
    episodes: 0,
  };
}
