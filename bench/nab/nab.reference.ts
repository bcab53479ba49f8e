/**
 * The published detectors on the same 51 files. Corpus figures are what nab_score.py computes from
 * their result files in NAB's results/ (shared/datasets/nab/README.md, "Reference scores on the 51
 * shared files", at NAB's published thresholds). ARTime's per-category figures come from its
 * published per-file raw scores (artime.scores.csv), which add up to exactly those corpus figures.
 * Numenta HTM's per-file score files in NAB's repository are stale (they do not add up to its
 * published result), so HTM is given for the corpus only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise } from './nab.curves.js';
import { PROFILES } from './nab.score.js';

export const REFERENCE_51: Record<string, Record<string, number>> = {
  ARTime: { standard: 77.0, reward_low_FP_rate: 67.7, reward_low_FN_rate: 82.26 },
  'Numenta HTM': { standard: 72.97, reward_low_FP_rate: 65.83, reward_low_FN_rate: 76.82 },
};

/** ARTime's raw score per profile and category, and normalised where the category has windows. */
export function artimeByCategory(
  categories: string[],
  windowsPerCategory: number[],
): Map<string, { raw: number[]; normalised: number[] }> {
  // A category without published rows here (realKnownCause, held back) stays NaN: n/a, not 0.
  const raw = new Map<string, number[]>(PROFILES.map((p) => [p.name, categories.map(() => Number.NaN)]));
  for (const line of readFileSync(join(import.meta.dirname, 'artime.scores.csv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('detector')) continue;
    const [, profile, file, , score] = line.split(',');
    const c = categories.indexOf(file!.split('/')[0]!);
    if (c < 0) continue;
    const r = raw.get(profile!)!;
    r[c] = (Number.isNaN(r[c]!) ? 0 : r[c]!) + Number(score);
  }
  return new Map(
    PROFILES.map((p) => {
      const r = raw.get(p.name)!;
      return [
        p.name,
        {
          raw: r,
          normalised: r.map((x, c) =>
            windowsPerCategory[c]! > 0 ? normalise(x, windowsPerCategory[c]!, p) : Number.NaN,
          ),
        },
      ];
    }),
  );
}
