import { RangeNovelty } from './range-novelty.js';
import { SlidingMedian } from './sliding-median.js';
import { TransitionNovelty } from './transition-novelty.js';

/** What was new about the value: its level, a short or long robust level, its spike, volatility, transition. */
export const NOVELTY_FEATURES = [
  'value',
  'level_short',
  'level_long',
  'spike',
  'volatility',
  'transition',
] as const;

/**
 * The raw novelty of each value: six features computed from the values up to it, each judged by
 * how far it falls outside everything that feature did before, in units of its own past range;
 * the raw novelty is the largest. Memory O(longWindow); `observe` allocates nothing.
 */
export class NoveltyFeatures {
  private readonly ring: Float64Array;
  private readonly diffs: Float64Array;
  private readonly short: SlidingMedian;
  private readonly long: SlidingMedian;
  private readonly novelty = [0, 0, 0, 0, 0].map(() => new RangeNovelty());
  private readonly transition: TransitionNovelty;
  private t = 0;
  private previous = 0;
  private diffSum = 0;
  /** Index into NOVELTY_FEATURES of the feature behind the latest novelty, -1 when none. */
  lastFeature = -1;

  constructor(
    private readonly shortWindow: number,
    private readonly longWindow: number,
    gridSize: number,
  ) {
    this.ring = new Float64Array(longWindow);
    this.diffs = new Float64Array(longWindow);
    this.short = new SlidingMedian(shortWindow);
    this.long = new SlidingMedian(longWindow);
    this.transition = new TransitionNovelty(gridSize);
  }

  /** Values observed so far. */
  get count(): number {
    return this.t;
  }

  private consider(best: number, e: number, feature: number): number {
    if (e > best) {
      this.lastFeature = feature;
      return e;
    }
    return best;
  }

  /** Raw novelty of the next (finite) value against the values before it, then remembers it. */
  observe(x: number): number {
    const t = this.t++;
    const W = this.longWindow;
    const slot = t % W;
    const diff = t === 0 ? 0 : Math.abs(x - this.previous);
    const leaving = this.ring[slot]!;
    const leavingShort = t >= this.shortWindow ? this.ring[(t - this.shortWindow) % W]! : 0;
    const n = this.novelty;
    this.lastFeature = -1;
    let e = this.consider(0, n[0]!.observe(x), 0);
    const levelShort = this.short.push(x, leavingShort);
    const levelLong = this.long.push(x, leaving);
    if (this.short.isFull) {
      e = this.consider(e, n[1]!.observe(levelShort), 1);
      e = this.consider(e, n[3]!.observe(x - levelShort), 3);
    }
    if (this.long.isFull) e = this.consider(e, n[2]!.observe(levelLong), 2);
    this.diffSum += diff - (t >= W ? this.diffs[slot]! : 0);
    if (t >= W) e = this.consider(e, n[4]!.observe(this.diffSum / W), 4);
    if (t > 0) e = this.consider(e, this.transition.observe(this.previous, x), 5);
    this.ring[slot] = x;
    this.diffs[slot] = diff;
    this.previous = x;
    return Number.isFinite(e) ? e : 1e9;
  }
}
