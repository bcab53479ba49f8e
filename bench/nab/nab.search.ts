/**
 * The search space of the cross-validation: the four free constants on a grid around the
 * defaults (each from half to double, and beyond for the two the score is least sure of).
 */
import { DETECTOR_PARAMS, type DetectorParams, settingsOf } from '../../src/modules/risk/anomalies/index.js';
import type { Candidate } from './nab.cv.js';

export const SEARCH_GRID: { [K in keyof DetectorParams]: number[] } = {
  window: [32, 48, 64, 96, 128],
  gridSize: [8, 12, 16, 24, 32],
  alarm: [0.005, 0.01, 0.02, 0.04, 0.08],
  restBar: [1, 1.5, 2, 3, 4],
};

export const labelOf = (p: DetectorParams): string =>
  `window ${p.window}, grid ${p.gridSize}, alarm ${p.alarm}, restBar ${p.restBar}`;

export function searchCandidates(grid: Partial<typeof SEARCH_GRID> = {}): Candidate[] {
  const g = { ...SEARCH_GRID, ...grid };
  const out: Candidate[] = [];
  for (const window of g.window)
    for (const gridSize of g.gridSize)
      for (const alarm of g.alarm)
        for (const restBar of g.restBar) {
          const p = { window, gridSize, alarm, restBar };
          out.push({ label: labelOf(p), settings: settingsOf(p) });
        }
  return out;
}

/** The shipped constants, and each constant (free or derived) halved and doubled with the rest fixed. */
export function sensitivityCandidates(): Candidate[] {
  const base = settingsOf(DETECTOR_PARAMS);
  const out: Candidate[] = [{ label: 'shipped', settings: base }];
  for (const key of ['window', 'gridSize', 'alarm', 'restBar'] as const) {
    for (const factor of [0.5, 2]) {
      const p = { ...DETECTOR_PARAMS, [key]: DETECTOR_PARAMS[key] * factor };
      out.push({ label: `${key} x${factor} (${p[key]})`, settings: settingsOf(p) });
    }
  }
  for (const key of ['shortWindow', 'warmup', 'maturity', 'rest'] as const) {
    for (const factor of [0.5, 2]) {
      const value = Math.max(1, Math.round(base[key] * factor));
      out.push({ label: `${key} x${factor} (${value})`, settings: { ...base, [key]: value } });
    }
  }
  // Ablations: what the young-series discount and the one-report-per-incident rest are worth.
  out.push({ label: 'no maturity discount', settings: { ...base, maturity: 0 } });
  out.push({ label: 'no rest after an alarm', settings: { ...base, rest: 0 } });
  return out;
}

/** For each candidate of `searchCandidates(grid)`, the candidates one grid step away in one constant. */
export function gridNeighbours(grid: Partial<typeof SEARCH_GRID> = {}): number[][] {
  const g = { ...SEARCH_GRID, ...grid };
  const sizes = [g.window.length, g.gridSize.length, g.alarm.length, g.restBar.length];
  const strides = [sizes[1]! * sizes[2]! * sizes[3]!, sizes[2]! * sizes[3]!, sizes[3]!, 1];
  const total = sizes[0]! * strides[0]!;
  return Array.from({ length: total }, (_, j) => {
    const out: number[] = [];
    sizes.forEach((size, axis) => {
      const at = Math.floor(j / strides[axis]!) % size;
      if (at > 0) out.push(j - strides[axis]!);
      if (at < size - 1) out.push(j + strides[axis]!);
    });
    return out;
  });
}
