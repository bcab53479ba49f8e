import { COUNT_RING, CountSurprise } from './count.surprise.js';
import { emptyEpisode, type SalesEpisode, type SalesMeasure } from './sales.episode.js';
import { OrderValueSurprise } from './sales.order-value.js';
import type { MarketSeries, SalesPanel } from './sales.panel.js';
import type { SalesParams } from './sales.params.js';
import { SlidingMedian } from './sliding-median.js';
import { StreamScorer } from './stream.core.js';

export type { SalesEpisode, SalesMeasure } from './sales.episode.js';

const MASK = COUNT_RING - 1;

/**
 * One pass over one seller's days through the shared core: the count measure (`CountSurprise`:
 * orders against level x weekday factor x market index) and the order-value measure give each day
 * a surprise; the core (`StreamScorer`) groups flagged days into episodes and keeps the strongest.
 * What is the marketplace's stays here: the market index (how the rest of the market sold that
 * day against its usual level, without this seller's own anomaly), dormancy, what happened after
 * the episode, and the numbers of the evidence. Allocates nothing per day.
 */
export class SalesScanner {
  private readonly counts: CountSurprise;
  private readonly values: OrderValueSurprise;
  private readonly core: StreamScorer;
  private readonly own: Float64Array;
  private readonly marketBaseline: Float64Array;
  private readonly lnMarket: Float64Array;
  private readonly firstWeekday: number;
  private readonly tests: number;
  readonly best: SalesEpisode = emptyEpisode();

  constructor(
    private readonly panel: SalesPanel,
    private readonly market: MarketSeries,
    private readonly p: Readonly<SalesParams>,
  ) {
    const days = panel.days;
    const n = p.marketBaselineDays;
    // The market's usual level: the median of its previous n days, so a holiday week does not
    // make the weeks after it look slow.
    this.marketBaseline = new Float64Array(days);
    const usual = new SlidingMedian(n);
    let median = market.orders[0] ?? 0;
    for (let d = 0; d < days; d++) {
      this.marketBaseline[d] = median;
      median = usual.push(market.orders[d]!, d >= n ? market.orders[d - n]! : 0);
    }
    this.lnMarket = Float64Array.from(this.marketBaseline, (usualLevel, d) => {
      const today = market.orders[d]!;
      return usualLevel > 0 && today > 0 ? Math.log(today / usualLevel) : 0;
    });
    this.own = new Float64Array(n);
    this.firstWeekday = (Math.round(Date.parse(`${panel.firstDate}T00:00:00Z`) / 86_400_000) + 4) % 7;
    this.tests = 2 * p.windows.length + 4;
    this.counts = new CountSurprise(p, this.tests);
    this.values = new OrderValueSurprise(p.warmupDays, p.cvOrderValue, p.screenZ, this.counts.logTests);
    // Sales days: no young-series discount (the count measure carries its own estimation
    // uncertainty), no silencing (every flagged day belongs to its episode), episodes of days at
    // most episodeGapDays apart.
    this.core = new StreamScorer({
      warmup: p.warmupDays,
      maturity: 0,
      alarm: p.flagSurprise,
      rest: 0,
      restBar: 1,
      halfScore: p.halfScoreSurprise,
      episodeGap: p.episodeGapDays,
    });
  }

  /**
   * Scans days [start, end) of seller `s` and leaves its strongest episode in `best`
   * (`best.surprise` is 0 when no day reaches `flagSurprise`).
   */
  scan(s: number, start: number, end: number): SalesEpisode {
    const p = this.p;
    const { orders, revenue, days } = this.panel;
    const M = this.market.orders;
    const B = this.marketBaseline;
    const base = s * days;
    const { own, lnMarket, counts, values, core } = this;
    const first = Math.max(0, start);
    counts.reset((this.firstWeekday + first) % 7);
    values.reset();
    core.reset();
    own.fill(0);
    const best = this.best;
    best.surprise = 0;
    best.episodes = 0;
    const nB = p.marketBaselineDays;
    const dormantDays = p.dormantDays;
    let ownSum = 0;
    let history = 0;
    let quiet = 0;
    let quietRun = 0;
    let wokeOn = -1e9;
    for (let d = first; d < end && d < days; d++) {
      const x = orders[base + d]!;
      const r = revenue[base + d]!;
      // Market index: today's market against its usual level, with this seller's own sales
      // replaced by its usual ones, so that its own anomaly does not move the market.
      const ownUsual = ownSum / Math.min(Math.max(d, 1), nB);
      let m = B[d]! > 0 ? (M[d]! - x + ownUsual) / B[d]! : 1;
      m = m < 0.05 ? 0.05 : Math.min(m, 20);
      // ln m only sets an uncertainty: first order around the market's own move is enough.
      const ownShare = (ownUsual - x) / M[d]!;
      const logM =
        ownShare < 0.01 && ownShare > -0.01 && m > 0.05 && m < 20 ? lnMarket[d]! + ownShare : Math.log(m);

      let surprise = counts.observe(d, x, m, logM);
      let dir = counts.direction;
      let window = counts.window;
      let measure: SalesMeasure = 'orders';
      const valueSurprise = values.observe(d, x, r, history >= p.warmupDays);
      if (valueSurprise > surprise) {
        surprise = valueSurprise;
        dir = values.direction;
        window = values.window;
        measure = 'average_order_value';
      }
      // A dormant account that woke up recently: its quiet run counts even if the first sales came before the episode.
      const quietBefore = quiet < dormantDays && d - wokeOn <= dormantDays ? quietRun : quiet;
      core.step(surprise, history, dir, quietBefore);
      if (core.isNewBest) this.recordTest(d, window, dir, measure, surprise, history);

      const ownSlot = d % nB;
      if (d >= nB) ownSum -= own[ownSlot]!;
      own[ownSlot] = x;
      ownSum += x;
      if (x > 0 && quiet >= dormantDays) {
        quietRun = quiet;
        wokeOn = d;
      }
      quiet = x > 0 ? 0 : quiet + 1;
      history++;
    }
    core.finish();
    best.episodes = core.episodes;
    if (best.surprise > 0) {
      best.episodeFrom = core.bestFrom + first;
      best.episodeTo = core.bestTo + first;
      best.quietDaysBefore = core.bestTag;
      this.measureAfter(Math.min(end, days));
    }
    return best;
  }

  /** Keeps the numbers of the day's strongest test (the window ending on day d). */
  private recordTest(
    d: number,
    w: number,
    dir: number,
    measure: SalesMeasure,
    surprise: number,
    history: number,
  ) {
    const b = this.best;
    const { obs, fm, logm, lv, up } = this.counts;
    let O = 0;
    let F = 0;
    let R = 0;
    let L = 0;
    let peak = 0;
    for (let k = 0; k < w; k++) {
      const i = (d - k) & MASK;
      if (logm[i]! > peak) peak = logm[i]!;
      O += obs[i]!;
      F += fm[i]!;
      R += this.values.rev[i]!;
      L += logm[i]!;
    }
    const startSlot = (d - w + 1) & MASK;
    const baseline = dir > 0 && measure === 'orders' ? up[startSlot]! : lv[startSlot]!;
    const E = baseline * F;
    b.baselineDailyOrders = baseline;
    const ER = E * Math.exp(this.values.aovRing[startSlot]!);
    b.surprise = surprise;
    b.pValue = 10 ** -(surprise + this.counts.logTests);
    b.tests = this.tests;
    b.measure = measure;
    b.direction = dir > 0 ? 1 : -1;
    b.windowFrom = d - w + 1;
    b.windowTo = d;
    b.observedOrders = O;
    b.expectedOrders = E;
    b.observedRevenue = R;
    b.expectedRevenue = ER;
    b.marketIndex = Math.exp(L / w);
    b.marketPeak = Math.exp(peak);
    b.historyDays = history;
  }

  /** Fills `afterRatio` from the last days in the ring (see SalesEpisode). */
  private measureAfter(end: number) {
    const b = this.best;
    b.daysSinceStart = end - b.episodeFrom;
    b.afterRatio = Number.NaN;
    const from = Math.max(end - 14, b.episodeFrom + 7);
    if (from >= end) return;
    let observed = 0;
    let expected = 0;
    for (let d = from; d < end; d++) {
      const i = d & MASK;
      observed += this.counts.obs[i]!;
      expected += this.counts.fm[i]!;
    }
    expected *= Math.max(b.baselineDailyOrders, this.p.floorLevel);
    if (expected > 0) b.afterRatio = observed / expected;
  }
}
