/**
 * Experiment (kept for the record in docs/anomalies.md): Numenta HTM's anomaly-likelihood
 * post-processing applied to this detector's raw novelty instead of the incident filter. HTM
 * averages the raw score over a short window and asks how unlikely that average is under a
 * normal distribution fitted to the long history of averages; it reports 1 - tail.
 *   npx tsx bench/nab/likelihood.experiment.ts
 */
import { DETECTOR_PARAMS, rawNoveltyOf, settingsOf } from '../../src/modules/risk/anomalies/index.js';
import { loadNabCorpus, loadNabWindows } from './nab.corpus.js';
import { type Candidate, crossValidate, NabCorpusCache } from './nab.cv.js';

const files = loadNabCorpus();
const cache = new NabCorpusCache(files, loadNabWindows(files));
const base = settingsOf(DETECTOR_PARAMS);
const raw = files.map((f) => rawNoveltyOf(f.values, base));

const tail = (z: number) => 0.5 * erfc(z / Math.SQRT2);
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886187 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
}

/** HTM's likelihood: short mean of raw novelty against mean and deviation of the long history of short means. */
function likelihood(r: Float64Array, short: number, long: number, squash: boolean): Float64Array {
  const out = new Float64Array(r.length);
  const means = new Float64Array(r.length);
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const x = Number.isNaN(r[i]!) ? 0 : squash ? Math.log1p(r[i]! / 0.01) : r[i]!;
    sum +=
      x -
      (i >= short
        ? Number.isNaN(r[i - short]!)
          ? 0
          : squash
            ? Math.log1p(r[i - short]! / 0.01)
            : r[i - short]!
        : 0);
    means[i] = sum / Math.min(i + 1, short);
    if (i < base.warmup) continue;
    let m = 0;
    let m2 = 0;
    const from = Math.max(0, i - long);
    for (let j = from; j < i; j++) m += means[j]!;
    m /= i - from;
    for (let j = from; j < i; j++) m2 += (means[j]! - m) ** 2;
    const sd = Math.max(Math.sqrt(m2 / (i - from)), 1e-3);
    out[i] = 1 - tail((means[i]! - m) / sd);
  }
  return out;
}

for (const [short, long, squash] of [
  [10, 1000, false],
  [1, 1000, false],
  [10, 1000, true],
] as const) {
  const scores = raw.map((r) => likelihood(r, short, long, squash));
  const candidate: Candidate = {
    label: `likelihood short ${short} long ${long}${squash ? ' log' : ''}`,
    settings: base,
  };
  const cv = crossValidate(cache, [candidate], [cache.curvesOfScores(scores)]);
  console.log(
    candidate.label,
    cv.outcomes.map((o) => `${o.crossValidated.toFixed(2)} (in ${o.inSample.toFixed(2)})`).join(' / '),
  );
}
