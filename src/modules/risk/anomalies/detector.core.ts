import { RangeNovelty } from './range-novelty.js';
import { SlidingMedian } from './sliding-median.js';
import { TransitionNovelty } from './transition-novelty.js';

/**
 * The detector's constants. One set for every series (no per-series tuning, no labels); each is
 * explained in docs/anomalies.md. Exposed as data so the benchmark can show how the result moves
 * when one of them is changed.
 */
export interface DetectorParams {
  /** Rows before the first non-zero score: the range of each feature needs a few values. */
  warmup: number;
  /** Novelty after t rows is weighed t / (t + maturity): early on the normal range is still unexplored. */
  maturity: number;
  /** Short and long windows of the robust level (rolling medians). */
  shortWindow: number;
  longWindow: number;
  /** Cells per axis of the transition grid. */
  gridSize: number;
  /** Novelty (in range units) that counts as an alarm, and how long an alarm silences what follows. */
  alarm: number;
  rest: number;
  /** During `rest`, only novelty above restBar times the last alarm's breaks through. */
  restBar: number;
  /** Novelty mapped to a score in [0, 1): score = e / (e + halfScore). */
  halfScore: number;
}

export const DETECTOR_PARAMS: Readonly<DetectorParams> = Object.freeze({
  warmup: 150,
  maturity: 300,
  shortWindow: 8,
  longWindow: 64,
  gridSize: 16,
  alarm: 0.02,
  rest: 100,
  restBar: 2,
  halfScore: 0.05,
});

/** What was new about the value: its level, a short or long robust level, its spike, volatility, transition. */
export const NOVELTY_FEATURES = [
  'value',
  'level_short',
  'level_long',
  'spike',
  'volatility',
  'transition',
] as const;
export type NoveltyFeature = (typeof NOVELTY_FEATURES)[number];

/**
 * Causal streaming detector. Each value is described by six features; each feature's novelty is
 * how far it falls outside everything that feature did before (in units of its own past range).
 * The score is the largest novelty, discounted while the series is young, with repeated alarms of
 * one incident silenced. Memory is O(longWindow); `update` allocates nothing.
 */
export class StreamingDetector {
  private readonly p: DetectorParams;
  private readonly ring: Float64Array;
  private readonly diffs: Float64Array;
  private readonly short: SlidingMedian;
  private readonly long: SlidingMedian;
  private readonly novelty = [0, 0, 0, 0, 0].map(() => new RangeNovelty());
  private readonly transition: TransitionNovelty;
  private t = 0;
  private previous = 0;
  private diffSum = 0;
  private lastAlarm = -1;
  private alarmLevel = 0;
  /** Novelty (range units, after the maturity discount) and feature behind the latest value. */
  lastNovelty = 0;
  lastFeature = -1;

  constructor(params: Readonly<DetectorParams> = DETECTOR_PARAMS) {
    this.p = { ...params };
    this.ring = new Float64Array(params.longWindow);
    this.diffs = new Float64Array(params.longWindow);
    this.short = new SlidingMedian(params.shortWindow);
    this.long = new SlidingMedian(params.longWindow);
    this.transition = new TransitionNovelty(params.gridSize);
  }

  private consider(best: number, e: number, feature: number): number {
    if (e > best) {
      this.lastFeature = feature;
      return e;
    }
    return best;
  }

  /** Score in [0, 1) of the next value, computed from it and the values before it only. */
  update(x: number): number {
    const p = this.p;
    const t = this.t++;
    const W = p.longWindow;
    const slot = t % W;
    const diff = t === 0 ? 0 : Math.abs(x - this.previous);
    const leaving = this.ring[slot]!;
    const leavingShort = t >= p.shortWindow ? this.ring[(t - p.shortWindow) % W]! : 0;
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

    if (!(e > 0) || t < p.warmup) return this.quiet();
    e = Number.isFinite(e) ? (e * t) / (t + p.maturity) : 1e9;
    this.lastNovelty = e;
    const resting = this.lastAlarm >= 0 && t - this.lastAlarm <= p.rest;
    if (resting && e <= p.restBar * this.alarmLevel) return 0;
    if (e >= p.alarm) {
      this.lastAlarm = t;
      this.alarmLevel = e;
    }
    return e / (e + p.halfScore);
  }

  private quiet(): number {
    this.lastNovelty = 0;
    return 0;
  }
}

/** Scores a whole series with a fresh detector; row i only sees rows 0..i. */
export function scoreSeries(
  values: ArrayLike<number>,
  params: Readonly<DetectorParams> = DETECTOR_PARAMS,
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  const detector = new StreamingDetector(params);
  for (let i = 0; i < values.length; i++) out[i] = detector.update(values[i]!);
  return out;
}
