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

export const sigma = (y: number): number => (y > 3 ? -1 : 2 / (1 + Math.exp(5 * y)) - 1);

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

/** Raw score at each candidate threshold, highest threshold first (1.1 = no detection). */
function sweep(points: Point[], windowCount: number, profile: CostProfile): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => b.score - a.score);
  const best = new Float64Array(windowCount).fill(-profile.fn);
  const seen = new Set<number>();
  for (const p of sorted) if (p.window >= 0) seen.add(p.window);
  let windowsTotal = -profile.fn * seen.size;
  let fpTotal = 0;
  const rows: Array<[number, number]> = [];
  let threshold = 1.1;
  for (const p of sorted) {
    if (p.score !== threshold) {
      rows.push([threshold, fpTotal + windowsTotal]);
      threshold = p.score;
    }
    if (p.window < 0) fpTotal += p.weight;
    else if (p.weight > best[p.window]!) {
      windowsTotal += p.weight - best[p.window]!;
      best[p.window] = p.weight;
    }
  }
  rows.push([threshold, fpTotal + windowsTotal]);
  return rows;
}

function atThreshold(rows: Array<[number, number]>, threshold: number): number {
  let prev: [number, number] | undefined;
  for (const r of rows) {
    if (r[0] === threshold) return r[1];
    if (r[0] < threshold) return (prev ?? r)[1];
    prev = r;
  }
  return rows[rows.length - 1]![1];
}

export interface ProfileResult {
  profile: CostProfile['name'];
  threshold: number;
  normalised: number;
  perFile: Map<string, number>;
}

export function scoreCorpus(
  results: Map<string, Float64Array>,
  windows: Map<string, Array<[number, number]>>,
  profile: CostProfile,
): ProfileResult {
  const names = [...results.keys()].sort();
  const filePoints = new Map<string, Point[]>();
  let id = 0;
  let windowCount = 0;
  for (const name of names) {
    const wins = windows.get(name) ?? [];
    filePoints.set(name, weighPoints(results.get(name)!, wins, profile, id));
    id += wins.length;
    windowCount += wins.length;
  }
  const pooled = sweep(
    names.flatMap((n) => filePoints.get(n)!),
    id,
    profile,
  );
  let bestRow = pooled[0]!;
  for (const r of pooled) if (r[1] > bestRow[1]) bestRow = r;
  let total = 0;
  const perFile = new Map<string, number>();
  for (const name of names) {
    const wins = windows.get(name) ?? [];
    const points = filePoints.get(name)!;
    const base = points.find((p) => p.window >= 0)?.window ?? 0;
    const local = points.map((p) => ({ ...p, window: p.window < 0 ? -1 : p.window - base }));
    const s = atThreshold(sweep(local, wins.length, profile), bestRow[0]);
    perFile.set(name, s);
    total += s;
  }
  const perfect = windowCount * profile.tp;
  const nullScore = -windowCount * profile.fn;
  return {
    profile: profile.name,
    threshold: bestRow[0],
    normalised: (100 * (total - nullScore)) / (perfect - nullScore),
    perFile,
  };
}
