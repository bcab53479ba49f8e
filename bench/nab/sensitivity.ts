/**
 * How much the NAB result depends on each constant: every constant halved and doubled, one at a
 * time, all else fixed, scored with the in-process scorer (it reproduces nab_score.py exactly on
 * the default run). Also the per-category view at the corpus threshold.
 *   npx tsx bench/nab/sensitivity.ts
 */
import { DETECTOR_PARAMS, type DetectorParams, scoreSeries } from '../../src/modules/risk/anomalies/index.js';
import { loadNabCorpus, loadNabWindows } from './nab.corpus.js';
import { PROFILES, scoreCorpus } from './nab.score.js';

const files = loadNabCorpus();
const windows = loadNabWindows(files);

function run(params: DetectorParams) {
  const results = new Map<string, Float64Array>();
  for (const f of files) results.set(f.name, scoreSeries(f.values, params));
  return PROFILES.map((p) => scoreCorpus(results, windows, p));
}

const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2).padStart(6)).join(' /');
const base = run({ ...DETECTOR_PARAMS });
console.log(`${'default'.padEnd(24)} ${fmt(base.map((s) => s.normalised))}`);

const integer = new Set<keyof DetectorParams>([
  'warmup',
  'maturity',
  'shortWindow',
  'longWindow',
  'gridSize',
  'rest',
]);
for (const key of Object.keys(DETECTOR_PARAMS) as Array<keyof DetectorParams>) {
  for (const factor of [0.5, 2]) {
    let value = DETECTOR_PARAMS[key] * factor;
    if (integer.has(key)) value = Math.round(value);
    const scores = run({ ...DETECTOR_PARAMS, [key]: value });
    console.log(`${`${key} x${factor} (${value})`.padEnd(24)} ${fmt(scores.map((s) => s.normalised))}`);
  }
}

console.log('\nper category, standard profile, at the corpus threshold:');
const standard = base[0]!;
const byCategory = new Map<string, { raw: number; windows: number }>();
for (const f of files) {
  const c = byCategory.get(f.category) ?? { raw: 0, windows: 0 };
  c.raw += standard.perFile.get(f.name)!;
  c.windows += windows.get(f.name)!.length;
  byCategory.set(f.category, c);
}
for (const [category, c] of byCategory) {
  const normalised = c.windows > 0 ? (100 * (c.raw + c.windows)) / (2 * c.windows) : Number.NaN;
  console.log(
    `  ${category.padEnd(24)} windows ${String(c.windows).padStart(3)}  raw ${c.raw.toFixed(2).padStart(7)}  normalised ${normalised.toFixed(1)}`,
  );
}
