/**
 * Experiment (kept for the record in docs/anomalies.md, "One core"): the core's count measure
 * (the sales model's Poisson-log-normal test, shipped constants, exposure 1) on NAB's series of
 * counts (every value a non-negative integer: the tweet counts, among others), alone and with
 * the range-novelty detector (the higher of the two scores), cross-validated like bench:nab.
 *   npx tsx bench/nab/count-measure.experiment.ts
 */
import {
  CountSurprise,
  DETECTOR_PARAMS,
  SALES_PARAMS,
  StreamScorer,
  scoreSeries,
  settingsOf,
} from '../../src/modules/risk/anomalies/index.js';
import { loadNabCorpus, loadNabWindows } from './nab.corpus.js';
import { type Candidate, crossValidate, NabCorpusCache } from './nab.cv.js';

const files = loadNabCorpus();
const cache = new NabCorpusCache(files, loadNabWindows(files));
const base = settingsOf(DETECTOR_PARAMS);
const isCounts = (values: Float64Array) =>
  values.every((v) => Number.isNaN(v) || (v >= 0 && Number.isInteger(v)));
const counted = files.filter((f) => isCounts(f.values));
console.log(
  `${counted.length} of ${files.length} files are counts: ${counted.map((f) => f.name).join(', ')}`,
);

/** Count surprise of every row through the core: one report per incident, NAB's rest. */
function countScores(values: Float64Array): Float64Array {
  const measure = new CountSurprise(SALES_PARAMS, 2 * SALES_PARAMS.windows.length);
  measure.reset(0);
  const core = new StreamScorer({
    ...base,
    warmup: SALES_PARAMS.warmupDays,
    maturity: 0,
    alarm: 5,
    halfScore: 5,
  });
  const out = new Float64Array(values.length);
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    out[i] = core.step(measure.observe(t, x, 1, 0), t, measure.direction);
    t++;
  }
  return out;
}

const range = files.map((f) => scoreSeries(f.values, base));
const count = files.map((f) =>
  isCounts(f.values) ? countScores(f.values) : new Float64Array(f.values.length),
);
const both = files.map((_, i) => Float64Array.from(range[i]!, (r, k) => Math.max(r, count[i]![k]!)));
for (const [label, scores] of [
  ['range novelty (shipped)', range],
  [
    'count measure alone on the count files, range novelty on the others',
    files.map((f, i) => (isCounts(f.values) ? count[i]! : range[i]!)),
  ],
  ['the higher of the two on the count files', both],
] as const) {
  const candidate: Candidate = { label, settings: base };
  const cv = crossValidate(cache, [candidate], [cache.curvesOfScores(scores)]);
  console.log(
    `${label}: cross-validated (in-sample) standard / low FP / low FN`,
    cv.outcomes.map((o) => `${o.crossValidated.toFixed(2)} (${o.inSample.toFixed(2)})`).join(' / '),
  );
}
