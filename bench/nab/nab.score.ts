/**
 * A fast in-process copy of the NAB scoring procedure (SCORING.md), used only for quick
 * development feedback and the sensitivity table. The figures we report come from the reference
 * scorer `nab_score.py`; `run.ts` prints both so any disagreement would show.
 */

export interface CostProfile {
  name: 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';
  tp: number;
  fp: number;
  fn: number;
}

export const PROFILES: CostProfile[] = [
  { name: 'standard', tp: 1, fp: 0.11, fn: 1 },
  { name: 'reward_low_FP_rate', tp: 1, fp: 0.22, fn: 1 },
  { name: 'reward_low_FN_rate', tp: 1, fp: 0.11, fn: 2 },
];

interface Point {
  score: number;
  weight: number;
  /** -1 outside windows, otherwise a corpus-wide window id. */
  window: number;
}

const sigma = (y: number): number => (y > 3 ? -1 : 2 / (1 + Math.exp(5 * y)) - 1);

export function weighPoints(
  scores: Float64Array,
  windows: Array<[number, number]>,
  profile: CostProfile,
  firstId: number,
): Point[] {
  const n = scores.length;
  const probation = Math.min(Math.floor(0.15 * n), 750);
  const maxTp = sigma(-1);
  const points: Point[] = [];
  let w = 0;
  let prevRight = -1;
  let prevWidth = 0;
  for (let i = 0; i < n; i++) {
    const win = windows[w];
    let weight: number;
    let id = -1;
    if (win && i >= win[0] && i <= win[1]) {
      const width = win[1] - win[0] + 1;
      weight = (sigma(-(win[1] - i + 1) / width) * profile.tp) / maxTp;
      id = firstId + w;
      if (i === win[1]) {
        prevRight = i;
        prevWidth = width;
        w++;
      }
    } else {
      weight = (prevRight < 0 ? -1 : sigma((i - prevRight) / (prevWidth - 1))) * profile.fp;
    }
    if (i >= probation) points.push({ score: scores[i]!, weight, window: id });
  }
  return points;
}
