/**
 * NAB harness: `npm run bench:nab [-- --per-file]`.
 * Scores every series under the shared NAB copy with the detector's fixed parameters, writes
 * NAB's results layout to .bench/nab/results/secondlook/<category>/secondlook_<file>.csv, and
 * scores it with the reference scorer nab_score.py (optimised threshold, three profiles).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSeries } from '../../src/modules/risk/anomalies/index.js';
import { loadNabCorpus, NAB_DIR } from './nab.corpus.js';

const DETECTOR = 'secondlook';
const OUT = join(import.meta.dirname, '../../.bench/nab');
const RESULTS = join(OUT, 'results', DETECTOR);
const ARTIME_51: Record<string, number> = {
  standard: 77.04,
  reward_low_FP_rate: 67.7,
  reward_low_FN_rate: 82.29,
};

const perFile = process.argv.includes('--per-file');
const started = performance.now();
const files = loadNabCorpus();
const loaded = performance.now();

let points = 0;
const scored = files.map((f) => {
  points += f.values.length;
  return scoreSeries(f.values);
});
const detected = performance.now();

rmSync(RESULTS, { recursive: true, force: true });
files.forEach((f, k) => {
  const scores = scored[k]!;
  mkdirSync(join(RESULTS, f.category), { recursive: true });
  const lines = ['timestamp,value,anomaly_score'];
  for (let i = 0; i < scores.length; i++)
    lines.push(`${f.timestampText[i]},${f.valueText[i]},${scores[i]!.toFixed(9)}`);
  writeFileSync(join(RESULTS, f.category, `${DETECTOR}_${f.file}`), `${lines.join('\n')}\n`);
});
const written = performance.now();

const args = [
  join(NAB_DIR, 'nab_score.py'),
  RESULTS,
  '--profile',
  'all',
  '--data-dir',
  join(NAB_DIR, 'data'),
];
if (perFile) args.push('--per-file');
const report = execFileSync('python3', args, { encoding: 'utf8' });
const finished = performance.now();

const scores: Record<string, number> = {};
for (const m of report.matchAll(/NAB normalised score \(([^)]+)\): (-?[\d.]+)/g))
  scores[m[1]!] = Number(m[2]);
if (perFile) process.stdout.write(report);

console.log(`\nNAB, ${files.length} files, ${points.toLocaleString('en')} rows (scorer: nab_score.py)`);
console.log('profile               secondlook   ARTime (51 files, re-optimised threshold)');
for (const [profile, reference] of Object.entries(ARTIME_51)) {
  const ours = scores[profile];
  console.log(
    `${profile.padEnd(22)}${(ours?.toFixed(2) ?? 'n/a').padStart(10)}   ${reference.toFixed(2).padStart(8)}`,
  );
}
const seconds = (a: number, b: number) => ((b - a) / 1000).toFixed(2);
console.log(
  `time: load ${seconds(started, loaded)} s, detect ${seconds(loaded, detected)} s ` +
    `(${Math.round(points / ((detected - loaded) / 1000)).toLocaleString('en')} rows/s), ` +
    `write ${seconds(detected, written)} s, score ${seconds(written, finished)} s, total ${seconds(started, finished)} s`,
);
writeFileSync(
  join(OUT, 'last-run.json'),
  `${JSON.stringify({ at: new Date().toISOString(), files: files.length, rows: points, scores, seconds: (finished - started) / 1000 }, null, 2)}\n`,
);
