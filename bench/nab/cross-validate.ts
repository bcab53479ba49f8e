/**
 * Leave-one-category-out cross-validation of the detector's constants on NAB, and the
 * sensitivity table (each constant halved and doubled, its threshold cross-validated):
 *   npx tsx bench/nab/cross-validate.ts [--skip-search] [--grid '{"window":[64],"restBar":[2]}']
 * Raw novelty is computed once per structural setting (windows, grid) and cached; the incident
 * settings and thresholds are searched over the cached values.
 */
import { loadNabCorpus, loadNabWindows } from './nab.corpus.js';
import {
  type Candidate,
  type CrossValidation,
  crossValidate,
  NabCorpusCache,
  type SelectionCriterion,
} from './nab.cv.js';
import { gridNeighbours, type SEARCH_GRID, searchCandidates, sensitivityCandidates } from './nab.search.js';

const started = performance.now();
const files = loadNabCorpus();
const cache = new NabCorpusCache(files, loadNabWindows(files));
const f2 = (x: number) => (Number.isNaN(x) ? '   n/a' : x.toFixed(2).padStart(6));

const criterion: SelectionCriterion = process.argv.includes('--category-mean') ? 'categoryMean' : 'pooled';
function evaluate(candidates: Candidate[], neighbours?: number[][]): CrossValidation {
  return crossValidate(
    cache,
    candidates,
    candidates.map((c) => cache.curvesOf(c.settings)),
    criterion,
    neighbours,
  );
}

export function printCrossValidation(title: string, cv: CrossValidation): void {
  console.log(`\n${title}`);
  console.log(
    `  ${'profile'.padEnd(20)} in-sample  cross-validated   held-out per category (${cache.categories.join(', ')})`,
  );
  for (const o of cv.outcomes) {
    console.log(
      `  ${o.profile.padEnd(20)} ${f2(o.inSample)}     ${f2(o.crossValidated)}        ${o.heldOutNormalised
        .map((x, c) => (cache.windowsPerCategory[c] ? f2(x) : `raw ${o.heldOut[c]!.toFixed(2)}`))
        .join('  ')}`,
    );
  }
  console.log(`  chosen in-sample: ${cv.chosenInSample}`);
  cv.chosen.forEach((label, c) => {
    console.log(`  fold without ${cache.categories[c]}: ${label}`);
  });
}

if (!process.argv.includes('--skip-search')) {
  const gridAt = process.argv.indexOf('--grid');
  const grid = gridAt >= 0 ? (JSON.parse(process.argv[gridAt + 1]!) as Partial<typeof SEARCH_GRID>) : {};
  const smoothed = process.argv.includes('--smoothed');
  const search = evaluate(searchCandidates(grid), smoothed ? gridNeighbours(grid) : undefined);
  printCrossValidation(
    'Search over the grid of free constants (choice and thresholds cross-validated):',
    search,
  );
}
console.log(
  '\nSensitivity: each constant halved and doubled, the rest fixed; threshold chosen on five categories:',
);
console.log(`  ${'change'.padEnd(26)} standard (CV / in-sample)   low FP (CV / in)   low FN (CV / in)`);
for (const c of sensitivityCandidates()) {
  const cv = evaluate([c]);
  console.log(
    `  ${c.label.padEnd(26)} ${cv.outcomes.map((o) => `${f2(o.crossValidated)} / ${f2(o.inSample)}`).join('    ')}`,
  );
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
