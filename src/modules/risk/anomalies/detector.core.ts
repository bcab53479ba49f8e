import { NoveltyFeatures } from './novelty.features.js';
import { type IncidentSettings, StreamScorer } from './stream.core.js';

/**
 * The detector's free constants: one set for every series, no labels, no per-series tuning. Each
 * is explained in docs/anomalies.md and was chosen by leave-one-category-out cross-validation on
 * NAB (bench/nab/cross-validate.ts). Everything else follows from them (`settingsOf`).
 */
export interface DetectorParams {
  /** The memory of the level features, in rows; it sets every other time scale. */
  window: number;
  /** Cells per axis of the transition grid. */
  gridSize: number;
  /** Novelty (in range units) that counts as an alarm. */
  alarm: number;
  /** During the rest after an alarm, only novelty above restBar times the alarm's breaks through. */
  restBar: number;
}

export const DETECTOR_PARAMS: Readonly<DetectorParams> = Object.freeze({
  window: 64,
  gridSize: 16,
  alarm: 0.01,
  restBar: 2,
});

/** Every setting the detector runs with: the free constants and what follows from them. */
export interface DetectorSettings extends IncidentSettings {
  shortWindow: number;
  longWindow: number;
  gridSize: number;
}

/**
 * The time scales that follow from the window: a short level over an eighth of it, a warm-up of
 * two windows (every feature has a full window behind it), maturity of five windows (the range
 * has been explored by several independent stretches), a rest of one and a half windows (how
 * long an incident keeps moving the long level). halfScore only relabels the scores.
 */
export function settingsOf(p: Readonly<DetectorParams>): DetectorSettings {
  const W = Math.max(2, Math.round(p.window));
  return {
    longWindow: W,
    shortWindow: Math.max(1, Math.round(W / 8)),
    gridSize: p.gridSize,
    warmup: 2 * W,
    maturity: 5 * W,
    rest: Math.round(1.5 * W),
    alarm: p.alarm,
    restBar: p.restBar,
    halfScore: 0.05,
    episodeGap: Math.round(1.5 * W),
  };
}

/**
 * Causal streaming detector for any series of numbers: the core (StreamScorer) over the range
 * novelty measure (NoveltyFeatures), which discounts a young series and silences repeated alarms
 * of one incident. A missing value (NaN) scores 0 and leaves the state untouched. Memory
 * O(window); `update` allocates nothing.
 */
export class StreamingDetector {
  private readonly features: NoveltyFeatures;
  private readonly incidents: StreamScorer;

  constructor(settings: Readonly<DetectorSettings> = settingsOf(DETECTOR_PARAMS)) {
    this.features = new NoveltyFeatures(settings.shortWindow, settings.longWindow, settings.gridSize);
    this.incidents = new StreamScorer(settings);
  }

  /** Novelty (range units, after the maturity discount) behind the latest score. */
  get lastNovelty(): number {
    return this.incidents.lastStrength;
  }

  /** Index into NOVELTY_FEATURES of the feature behind the latest value's novelty. */
  get lastFeature(): number {
    return this.features.lastFeature;
  }

  /** Score in [0, 1) of the next value, computed from it and the values before it only. */
  update(x: number): number {
    if (!Number.isFinite(x)) {
      this.incidents.lastStrength = 0;
      return 0;
    }
    const t = this.features.count;
    return this.incidents.step(this.features.observe(x), t);
  }
}

/** Scores a whole series with a fresh detector; row i only sees rows 0..i. */
export function scoreSeries(
  values: ArrayLike<number>,
  settings: Readonly<DetectorSettings> = settingsOf(DETECTOR_PARAMS),
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  const detector = new StreamingDetector(settings);
  for (let i = 0; i < values.length; i++) out[i] = detector.update(values[i]!);
  return out;
}

/**
 * The two halves of `scoreSeries`, for benchmarks that try many incident settings on the same
 * features: the raw novelty of every row (NaN for a missing value) ...
 */
export function rawNoveltyOf(values: ArrayLike<number>, settings: Readonly<DetectorSettings>): Float64Array {
  const features = new NoveltyFeatures(settings.shortWindow, settings.longWindow, settings.gridSize);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    out[i] = Number.isFinite(x) ? features.observe(x) : Number.NaN;
  }
  return out;
}

/** ... and the scores they give; `scoresOfNovelty(rawNoveltyOf(v, s), s)` equals `scoreSeries(v, s)`. */
export function scoresOfNovelty(
  raw: Float64Array,
  settings: Readonly<IncidentSettings>,
  out: Float64Array = new Float64Array(raw.length),
): Float64Array {
  const incidents = new StreamScorer(settings);
  let t = 0;
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i]!;
    out[i] = Number.isNaN(e) ? 0 : incidents.step(e, t++);
  }
  return out;
}
