import type { MarketSeries, SalesPanel } from './sales.panel.js';
import type { SalesParams } from './sales.params.js';
import { SlidingMedian } from './sliding-median.js';
import {
  surpriseNormalAbove,
  surprisePoissonLogNormal,
  surprisePoissonLogNormalBound,
} from './tail-probability.js';

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

const RING = 32; // > longest window; power of two for the index mask

/**
 * One pass over one seller's days, causal: each day is judged against a model learned from the
 * days before it. The model: expected orders = level x weekday factor x market index, where the
 * market index is how the rest of the market sold that day against its usual level; counts are
 * negative binomial around it, with extra spread for day noise, level uncertainty and the
 * seller's unknown sensitivity to market moves. Allocates nothing per day.
 */
export class SalesScanner {
  private readonly obs = new Float64Array(RING);
  /** Per day: weekday factor x market index, and the level in force before the day was seen. */
  private readonly fm = new Float64Array(RING);
  private readonly lv = new Float64Array(RING);
  private readonly up = new Float64Array(RING);
  private readonly aovRing = new Float64Array(RING);
  private readonly logm = new Float64Array(RING);
  private readonly rev = new Float64Array(RING);
  /** Running sums over each test window: orders, weekday x market factors, log market index. */
  private readonly sumS: Float64Array;
  private readonly sumF: Float64Array;
  private readonly sumL: Float64Array;
  private readonly windows: Int32Array;
  private readonly weekA = new Float64Array(7);
  private readonly weekB = new Float64Array(7);
  private readonly own: Float64Array;
  private readonly marketBaseline: Float64Array;
  private readonly lnMarket: Float64Array;
  private readonly firstWeekday: number;
  private readonly levelAlpha: number;
  /** Effective number of days behind an exponentially weighted level. */
  private readonly levelMemory: number;
  private readonly slowAlpha: number;
  private readonly weekdayDecay: number;
  private readonly logTests: number;
  readonly best: SalesEpisode = {
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
    this.windows = Int32Array.from(p.windows);
    if (this.windows.some((w) => w < 1 || w >= RING))
      throw new Error(`test windows must be 1..${RING - 1} days`);
    this.sumS = new Float64Array(this.windows.length);
    this.sumF = new Float64Array(this.windows.length);
    this.sumL = new Float64Array(this.windows.length);
    this.firstWeekday = (Math.round(Date.parse(`${panel.firstDate}T00:00:00Z`) / 86_400_000) + 4) % 7;
    this.levelAlpha = 1 - 2 ** (-1 / p.levelHalfLife);
    this.levelMemory = (2 - this.levelAlpha) / this.levelAlpha;
    this.slowAlpha = 1 - 2 ** (-1 / p.slowLevelHalfLife);
    this.weekdayDecay = 2 ** (-1 / p.weekdayHalfLife);
    this.logTests = Math.log10(2 * p.windows.length + 4);
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
    const { obs, fm, lv, up, logm, rev, aovRing, weekA, weekB, own } = this;
    obs.fill(0);
    up.fill(0);
    fm.fill(0);
    lv.fill(0);
    logm.fill(0);
    rev.fill(0);
    aovRing.fill(0);
    weekA.fill(0);
    weekB.fill(0);
    own.fill(0);
    const best = this.best;
    best.surprise = 0;
    best.episodes = 0;
    const nB = p.marketBaselineDays;
    const floor = p.floorLevel;
    const { sumS, sumF, sumL, windows } = this;
    const nw = windows.length;
    sumS.fill(0);
    sumF.fill(0);
    sumL.fill(0);
    let orders7 = 0;
    let revenue7 = 0;
    let sellingDays7 = 0;
    const warmup = p.warmupDays;
    const screen = p.screenZ;
    const screen2 = screen * screen;
    const lnMarket = this.lnMarket;
    const flagAt = p.flagSurprise;
    const cvDay2 = p.cvDay * p.cvDay;
    const cvLevel2 = p.cvLevel * p.cvLevel;
    const cvMarket2 = p.cvMarket * p.cvMarket;
    const cvValue2 = p.cvOrderValue * p.cvOrderValue;
    const prior = p.weekdayPrior;
    const gapDays = p.episodeGapDays;
    const dormantDays = p.dormantDays;
    const logTests = this.logTests;
    const levelMemory = this.levelMemory;
    const levelAlpha = this.levelAlpha;
    const slowAlpha = this.slowAlpha;
    const weekdayDecay = this.weekdayDecay;
    let ownSum = 0;
    let level = 0;
    let slowLevel = 0;
    let history = 0;
    let quiet = 0;
    let quietRun = 0;
    let wokeOn = -1e9;
    let aovMean = 0;
    let aovVar = 0;
    let aovDays = 0;
    // Open episode.
    let epFrom = -1;
    let epTo = -1;
    let epDir = 0;
    let epQuiet = 0;
    let epBest = 0;
    let dow = (this.firstWeekday + Math.max(0, start)) % 7;
    for (let d = Math.max(0, start); d < end && d < days; d++, dow = dow === 6 ? 0 : dow + 1) {
      const x = orders[base + d]!;
      const r = revenue[base + d]!;
      const slot = d & (RING - 1);
      // Market index: today's market against its usual level, with this seller's own sales
      // replaced by its usual ones, so that its own anomaly does not move the market.
      const ownUsual = ownSum / Math.min(Math.max(d, 1), nB);
      let m = B[d]! > 0 ? (M[d]! - x + ownUsual) / B[d]! : 1;
      m = m < 0.05 ? 0.05 : Math.min(m, 20);
      const factor = (weekA[dow]! + prior) / (weekB[dow]! + prior);
      // ln m only sets an uncertainty: first order around the market's own move is enough.
      const ownShare = (ownUsual - x) / M[d]!;
      const logM =
        ownShare < 0.01 && ownShare > -0.01 && m > 0.05 && m < 20 ? lnMarket[d]! + ownShare : Math.log(m);
      for (let k = 0; k < nw; k++) {
        const old = (d - windows[k]!) & (RING - 1);
        sumS[k]! += x - obs[old]!;
        sumF[k]! += factor * m - fm[old]!;
        sumL[k]! += logM - logm[old]!;
      }
      const old7 = (d - 7) & (RING - 1);
      orders7 += x - obs[old7]!;
      revenue7 += r - rev[old7]!;
      sellingDays7 += (x > 0 ? 1 : 0) - (obs[old7]! > 0 ? 1 : 0);
      obs[slot] = x;
      fm[slot] = factor * m;
      lv[slot] = Math.max(level, floor);
      up[slot] = Math.max(level, slowLevel, floor);
      logm[slot] = logM;
      rev[slot] = r;
      aovRing[slot] = aovDays > 0 ? aovMean : Number.NEGATIVE_INFINITY;

      let daySurprise = 0;
      let dayDir = 0;
      let dayWindow = 0;
      let dayMeasure: SalesMeasure = 'orders';
      if (history >= warmup) {
        const memory = Math.min(history, levelMemory);
        for (let k = 0; k < nw; k++) {
          const w = windows[k]!;
          if (history - w + 1 < warmup) continue;
          // Expected from the level in force before the window began: the window cannot explain itself.
          const S = sumS[k]!;
          const F = sumF[k]!;
          const L = sumL[k]!;
          // A rise back to the level the seller sustained in recent weeks is no anomaly: upward
          // moves are measured from the higher of the current and the slow level.
          const startSlot = (d - w + 1) & (RING - 1);
          const rising = S > lv[startSlot]! * F;
          const startLevel = rising ? up[startSlot]! : lv[startSlot]!;
          const E = startLevel * F;
          const lm = L / w;
          // Spread of the true level around the expected: day noise (averaging out over the window),
          // drift, estimation from ~memory days of counts (CV^2 = 1 / (memory x level)), market sensitivity.
          const cv2 = cvDay2 / w + cvLevel2 + 1 / (memory * startLevel) + cvMarket2 * lm * lm;
          // Screen before the exact tail, which is dearer: a rise on the count scale, a fall on the
          // log scale (where it is larger); the fall is first bounded without logarithms.
          const gap = S - E;
          let logVariance: number;
          if (gap >= 0) {
            if (gap * gap < screen2 * (E + cv2 * E * E)) continue;
            logVariance = Math.log1p(cv2);
          } else {
            const spread = cv2 / (1 + cv2) + 1 / (E + 0.5);
            const fallBound = -gap / (S + 0.5);
            if (fallBound * fallBound < screen2 * spread) continue;
            logVariance = Math.log1p(cv2);
            const logGap = Math.log((S + 0.5) / (E + 0.5));
            if (logGap * logGap < screen2 * (logVariance + 1 / (E + 0.5))) continue;
          }
          const dir = gap > 0 ? 1 : -1;
          const bound = surprisePoissonLogNormalBound(S, E, logVariance, dir > 0) - logTests;
          if (bound < flagAt || bound <= daySurprise) continue;
          const surprise = surprisePoissonLogNormal(S, E, logVariance, dir > 0) - logTests;
          if (surprise > daySurprise) {
            daySurprise = surprise;
            dayDir = dir;
            dayWindow = w;
            dayMeasure = 'orders';
          }
        }
        if (aovDays >= warmup / 2 && x > 0) {
          for (let k = 0; k < 2; k++) {
            const w = k === 0 ? 1 : 7;
            const O = k === 0 ? x : orders7;
            const R = k === 0 ? r : revenue7;
            const n = k === 0 ? 1 : sellingDays7;
            if (O <= 0 || R <= 0) continue;
            const z = (Math.log(R / O) - aovMean) / Math.sqrt(aovVar / n + cvValue2);
            if (z < screen && z > -screen) continue;
            const surprise = surpriseNormalAbove(Math.abs(z)) - logTests;
            if (surprise > daySurprise) {
              daySurprise = surprise;
              dayDir = z > 0 ? 1 : -1;
              dayWindow = w;
              dayMeasure = 'average_order_value';
            }
          }
        }
      }

      const flagged = daySurprise >= flagAt;
      const continues = epFrom >= 0 && d - epTo <= gapDays && (!flagged || dayDir === epDir);
      if (epFrom >= 0 && !continues) {
        this.closeEpisode(epFrom, epTo, epQuiet, epBest);
        epFrom = -1;
      }
      if (flagged) {
        if (epFrom < 0) {
          epFrom = d;
          epDir = dayDir;
          // A dormant account that woke up recently: its quiet run counts even if the first sales came before the episode.
          epQuiet = quiet < dormantDays && d - wokeOn <= dormantDays ? quietRun : quiet;
          epBest = 0;
        }
        epTo = d;
        if (daySurprise > epBest) epBest = daySurprise;
        if (daySurprise > best.surprise)
          this.recordTest(d, dayWindow, dayDir, dayMeasure, daySurprise, history);
      }

      // Learn from today (robustly: one day moves the level by at most three standard deviations).
      const adjusted = x / m / factor;
      if (history < warmup) {
        level += (adjusted - level) / (history + 1);
        slowLevel = level;
      } else {
        // One day moves a level by at most three standard deviations (the root only when needed).
        const variance = Math.max(level, floor) / (factor * m) + cvDay2 * level * level;
        const step = adjusted - level;
        const slowStep = adjusted - slowLevel;
        if (step * step <= 9 * variance && slowStep * slowStep <= 9 * variance) {
          level += levelAlpha * step;
          slowLevel += slowAlpha * slowStep;
        } else {
          const limit = 3 * Math.sqrt(variance);
          level += levelAlpha * Math.max(-limit, Math.min(limit, step));
          slowLevel += slowAlpha * Math.max(-limit, Math.min(limit, slowStep));
        }
      }
      weekA[dow] = weekA[dow]! * weekdayDecay + x / m;
      weekB[dow] = weekB[dow]! * weekdayDecay + level;
      if (x > 0) {
        const la = Math.log(r > 0 ? r / x : 1e-9);
        if (r > 0) {
          const a = aovDays < warmup ? 1 / (aovDays + 1) : 1 / warmup;
          const delta = la - aovMean;
          aovMean += a * delta;
          aovVar = (1 - a) * (aovVar + a * delta * delta);
          aovDays++;
        }
      }
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
    if (epFrom >= 0) this.closeEpisode(epFrom, epTo, epQuiet, epBest);
    if (best.surprise > 0) this.measureAfter(Math.min(end, days));
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
    let O = 0;
    let F = 0;
    let R = 0;
    let L = 0;
    let peak = 0;
    for (let k = 0; k < w; k++) {
      const i = (d - k) & (RING - 1);
      if (this.logm[i]! > peak) peak = this.logm[i]!;
      O += this.obs[i]!;
      F += this.fm[i]!;
      R += this.rev[i]!;
      L += this.logm[i]!;
    }
    const startSlot = (d - w + 1) & (RING - 1);
    const baseline = dir > 0 && measure === 'orders' ? this.up[startSlot]! : this.lv[startSlot]!;
    const E = baseline * F;
    b.baselineDailyOrders = baseline;
    const ER = E * Math.exp(this.aovRing[startSlot]!);
    b.surprise = surprise;
    b.pValue = 10 ** -(surprise + this.logTests);
    b.tests = 2 * this.p.windows.length + 4;
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
      const i = d & (RING - 1);
      observed += this.obs[i]!;
      expected += this.fm[i]!;
    }
    expected *= Math.max(b.baselineDailyOrders, this.p.floorLevel);
    if (expected > 0) b.afterRatio = observed / expected;
  }

  /** An episode ends: remember its span if it holds the strongest test so far. */
  private closeEpisode(from: number, to: number, quiet: number, top: number) {
    const b = this.best;
    b.episodes++;
    if (top < b.surprise) return;
    b.episodeFrom = from;
    b.episodeTo = to;
    b.quietDaysBefore = quiet;
  }
}
