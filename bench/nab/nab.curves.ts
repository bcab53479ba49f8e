/**
 * NAB's raw score of one file at every threshold of a fixed grid, in one pass. Scores add up over
 * files at a common threshold, so the curves of any set of files (say, five of the six categories)
 * are summed and their best threshold read off without rescoring: that is what makes
 * leave-one-category-out cross-validation cheap.
 */
import type { NabFile } from './nab.corpus.js';
import { type CostProfile, weighPoints } from './nab.score.js';

/** Thresholds, highest first: novelty 20 down to 0.001 range units, as scores e / (e + 0.05). */
export const THRESHOLDS = Float64Array.from({ length: 320 }, (_, k) => {
  const e = 20 * 10 ** (-k / 70);
  return e / (e + 0.05);
});

/** Per file and profile: each row's NAB weight and window (-1 outside, -2 in the probation). */
export interface FileWeights {
  weight: Float64Array;
  window: Int32Array;
  windows: number;
}

export function weighFile(
  length: number,
  windows: Array<[number, number]>,
  profile: CostProfile,
): FileWeights {
  const probe = new Float64Array(length).fill(1);
  const points = weighPoints(probe, windows, profile, 0);
  const skipped = length - points.length;
  const weight = new Float64Array(length);
  const window = new Int32Array(length).fill(-2);
  points.forEach((p, k) => {
    weight[skipped + k] = p.weight;
    window[skipped + k] = p.window;
  });
  return { weight, window, windows: windows.length };
}

/** Adds the file's raw NAB score at every grid threshold to `into`. */
export function addCurve(
  scores: Float64Array,
  w: FileWeights,
  profile: CostProfile,
  into: Float64Array,
): void {
  const lowest = THRESHOLDS[THRESHOLDS.length - 1]!;
  const rows: number[] = [];
  for (let i = 0; i < scores.length; i++) if (w.window[i]! !== -2 && scores[i]! >= lowest) rows.push(i);
  rows.sort((a, b) => scores[b]! - scores[a]!);
  const best = new Float64Array(w.windows).fill(-profile.fn);
  let windowsTotal = -profile.fn * w.windows;
  let fp = 0;
  let p = 0;
  for (let k = 0; k < THRESHOLDS.length; k++) {
    const t = THRESHOLDS[k]!;
    for (; p < rows.length && scores[rows[p]!]! >= t; p++) {
      const i = rows[p]!;
      const id = w.window[i]!;
      if (id < 0) fp += w.weight[i]!;
      else if (w.weight[i]! > best[id]!) {
        windowsTotal += w.weight[i]! - best[id]!;
        best[id] = w.weight[i]!;
      }
    }
    into[k]! += fp + windowsTotal;
  }
}

/** The best grid threshold of a curve (highest threshold among equals, as NAB's sweep keeps the first). */
export function bestThreshold(curve: Float64Array): number {
  let best = 0;
  for (let k = 1; k < curve.length; k++) if (curve[k]! > curve[best]! + 1e-12) best = k;
  return best;
}

/** NAB's normalisation of a raw score over `windows` windows. */
export function normalise(raw: number, windows: number, profile: CostProfile): number {
  const perfect = windows * profile.tp;
  const nullScore = -windows * profile.fn;
  return (100 * (raw - nullScore)) / (perfect - nullScore);
}

export function categoriesOf(files: NabFile[]): string[] {
  return [...new Set(files.map((f) => f.category))].sort();
}
