import { surprisePoissonLogNormal, surprisePoissonLogNormalBound } from './tail-probability.js';

/** Constants of the count measure (daily orders on the sales path); docs/anomalies.md says why. */
export interface CountParams {
  /** Steps of history before a window is judged (four full weeks of days). */
  warmupDays: number;
  /** Half-life, in steps, of the learned level (slow growth is followed, a spike is not). */
  levelHalfLife: number;
  /** Half-life, in steps, of the slow level: a rise back to it is a recovery, not an anomaly. */
  slowLevelHalfLife: number;
  /** Half-life, in cycles, of each phase's seasonal factor (weekdays), and its prior weight in counts. */
  weekdayHalfLife: number;
  weekdayPrior: number;
  /** Test windows in steps, each tested upwards and downwards. */
  windows: readonly number[];
  /** Step-to-step variation beyond Poisson (coefficient of variation of a step's mean). */
  cvDay: number;
  /** Uncertainty of the learned level itself (shared by all steps of a window). */
  cvLevel: number;
  /** Spread of the series' reaction to its exposure: CV = cvMarket * |ln(exposure)|. */
  cvMarket: number;
  /** Surprise (-log10 p, after the multiple-test correction) from which a step counts as anomalous. */
  flagSurprise: number;
  /** A window's test is only computed exactly when a cheap z-score passes this screen. */
  screenZ: number;
  /** Least count per step ever expected, whatever the history. */
  floorLevel: number;
}

/** Steps kept: more than the longest window; a power of two for the index mask. */
export const COUNT_RING = 32;
const SEASON = 7;

/**
 * The core's measure for count series: expected count = level x seasonal factor x exposure
 * (the exposure is what moves every series from outside, known at the step: the market index on
 * the sales path, 1 when nothing does). Each step, every window ending at it is tested upwards and
 * downwards: Poisson counts around the expectation times a log-normal factor for day noise,
 * level drift and estimation, and the series' unknown sensitivity to its exposure. The strength is
 * the surprise (-log10 p, corrected for `tests` per step). Causal, allocation-free per step.
 */
export class CountSurprise {
  /** Per step in the ring: the count, seasonal factor x exposure, log exposure, and the levels in force before it. */
  readonly obs = new Float64Array(COUNT_RING);
  readonly fm = new Float64Array(COUNT_RING);
  readonly logm = new Float64Array(COUNT_RING);
  readonly lv = new Float64Array(COUNT_RING);
  readonly up = new Float64Array(COUNT_RING);
  private readonly sumS: Float64Array;
  private readonly sumF: Float64Array;
  private readonly sumL: Float64Array;
  private readonly windows: Int32Array;
  private readonly weekA = new Float64Array(SEASON);
  private readonly weekB = new Float64Array(SEASON);
  private readonly levelAlpha: number;
  /** Effective number of steps behind an exponentially weighted level. */
  private readonly levelMemory: number;
  private readonly slowAlpha: number;
  private readonly weekdayDecay: number;
  /** log10 of the tests per step (the multiple-test correction). */
  readonly logTests: number;
  private level = 0;
  private slowLevel = 0;
  private history = 0;
  private phase = 0;
  /** The latest step's direction (1 up, -1 down, 0 none) and test window. */
  direction = 0;
  window = 0;

  constructor(
    private readonly p: Readonly<CountParams>,
    tests: number,
  ) {
    this.windows = Int32Array.from(p.windows);
    if (this.windows.some((w) => w < 1 || w >= COUNT_RING))
      throw new Error(`test windows must be 1..${COUNT_RING - 1} days`);
    this.sumS = new Float64Array(this.windows.length);
    this.sumF = new Float64Array(this.windows.length);
    this.sumL = new Float64Array(this.windows.length);
    this.levelAlpha = 1 - 2 ** (-1 / p.levelHalfLife);
    this.levelMemory = (2 - this.levelAlpha) / this.levelAlpha;
    this.slowAlpha = 1 - 2 ** (-1 / p.slowLevelHalfLife);
    this.weekdayDecay = 2 ** (-1 / p.weekdayHalfLife);
    this.logTests = Math.log10(tests);
  }

  /** Forgets everything; `phase` is the seasonal phase (weekday, Sunday 0) of the next step. */
  reset(phase: number): void {
    for (const a of [this.obs, this.fm, this.logm, this.lv, this.up, this.weekA, this.weekB]) a.fill(0);
    this.sumS.fill(0);
    this.sumF.fill(0);
    this.sumL.fill(0);
    this.level = 0;
    this.slowLevel = 0;
    this.history = 0;
    this.phase = phase;
  }

  /**
   * Surprise of the count `x` at step `t` (ring index `t & (COUNT_RING - 1)`), given the exposure
   * `m` and its log `logM`, against the steps before it; 0 when no window reaches `flagSurprise`
   * (or during the warm-up). Then learns from it. Sets `direction` and `window`.
   */
  observe(t: number, x: number, m: number, logM: number): number {
    const p = this.p;
    const { obs, fm, lv, up, logm, weekA, weekB, sumS, sumF, sumL, windows } = this;
    const slot = t & (COUNT_RING - 1);
    const dow = this.phase;
    const floor = p.floorLevel;
    const level = this.level;
    const factor = (weekA[dow]! + p.weekdayPrior) / (weekB[dow]! + p.weekdayPrior);
    for (let k = 0; k < windows.length; k++) {
      const old = (t - windows[k]!) & (COUNT_RING - 1);
      sumS[k]! += x - obs[old]!;
      sumF[k]! += factor * m - fm[old]!;
      sumL[k]! += logM - logm[old]!;
    }
    obs[slot] = x;
    fm[slot] = factor * m;
    lv[slot] = Math.max(level, floor);
    up[slot] = Math.max(level, this.slowLevel, floor);
    logm[slot] = logM;
    const surprise = this.history >= p.warmupDays ? this.judge(t) : 0;
    this.learn(x, m, factor);
    this.phase = dow === SEASON - 1 ? 0 : dow + 1;
    return surprise;
  }

  /** The strongest window ending at step t (already in the ring). */
  private judge(t: number): number {
    const p = this.p;
    const { lv, up, sumS, sumF, sumL, windows } = this;
    const history = this.history;
    const screen2 = p.screenZ * p.screenZ;
    const cvDay2 = p.cvDay * p.cvDay;
    const cvLevel2 = p.cvLevel * p.cvLevel;
    const cvMarket2 = p.cvMarket * p.cvMarket;
    const memory = Math.min(history, this.levelMemory);
    let best = 0;
    this.direction = 0;
    this.window = 0;
    for (let k = 0; k < windows.length; k++) {
      const w = windows[k]!;
      if (history - w + 1 < p.warmupDays) continue;
      // Expected from the level in force before the window began: the window cannot explain itself.
      const S = sumS[k]!;
      const F = sumF[k]!;
      const L = sumL[k]!;
      // A rise back to the level the series sustained in recent weeks is no anomaly: upward
      // moves are measured from the higher of the current and the slow level.
      const startSlot = (t - w + 1) & (COUNT_RING - 1);
      const rising = S > lv[startSlot]! * F;
      const startLevel = rising ? up[startSlot]! : lv[startSlot]!;
      const E = startLevel * F;
      const lm = L / w;
      // Spread of the true level around the expected: day noise (averaging out over the window),
      // drift, estimation from ~memory steps of counts (CV^2 = 1 / (memory x level)), exposure sensitivity.
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
      const isRise = gap > 0;
      const bound = surprisePoissonLogNormalBound(S, E, logVariance, isRise) - this.logTests;
      if (bound < p.flagSurprise || bound <= best) continue;
      const surprise = surprisePoissonLogNormal(S, E, logVariance, isRise) - this.logTests;
      if (surprise > best) {
        best = surprise;
        this.direction = isRise ? 1 : -1;
        this.window = w;
      }
    }
    return best;
  }

  /** Learns from the step (robustly: one step moves a level by at most three standard deviations). */
  private learn(x: number, m: number, factor: number): void {
    const p = this.p;
    const floor = p.floorLevel;
    const cvDay2 = p.cvDay * p.cvDay;
    const adjusted = x / m / factor;
    let level = this.level;
    if (this.history < p.warmupDays) {
      level += (adjusted - level) / (this.history + 1);
      this.slowLevel = level;
    } else {
      const variance = Math.max(level, floor) / (factor * m) + cvDay2 * level * level;
      const step = adjusted - level;
      const slowStep = adjusted - this.slowLevel;
      if (step * step <= 9 * variance && slowStep * slowStep <= 9 * variance) {
        level += this.levelAlpha * step;
        this.slowLevel += this.slowAlpha * slowStep;
      } else {
        // The root only when needed.
        const limit = 3 * Math.sqrt(variance);
        level += this.levelAlpha * Math.max(-limit, Math.min(limit, step));
        this.slowLevel += this.slowAlpha * Math.max(-limit, Math.min(limit, slowStep));
      }
    }
    this.level = level;
    const dow = this.phase;
    this.weekA[dow] = this.weekA[dow]! * this.weekdayDecay + x / m;
    this.weekB[dow] = this.weekB[dow]! * this.weekdayDecay + level;
    this.history++;
  }
}
