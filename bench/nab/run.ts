/**
 * NAB harness: `npm run bench:nab [-- --per-file]`.
 * 1. In-sample: every series scored with the shipped constants, written in NAB's results layout
 *    (.bench/nab/results/secondlook/) and scored by the reference scorer nab_score.py.
 * 2. Cross-validated: the constants (a grid of the four free ones, each grid point judged with its
 *    neighbours) and each profile's threshold chosen on five categories, the sixth scored with
 *    them, for each of the six; the held-out results are written per fold and scored by
 *    nab_score.py at the fold's threshold.
 * 3. ARTime and Numenta HTM on the same 51 files (nab.reference.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECTOR_PARAMS, settingsOf } from '../../src/modules/risk/anomalies/index.js';
import { loadNabCorpus, loadNabWindows, NAB_DIR, type NabFile } from './nab.corpus.js';
import { normalise } from './nab.curves.js';
import { crossValidate, NabCorpusCache } from './nab.cv.js';
import { artimeByCategory, REFERENCE_51 } from './nab.reference.js';
import { PROFILES } from './nab.score.js';
import { gridNeighbours, labelOf, searchCandidates } from './nab.search.js';

const DETECTOR = 'secondlook';
const OUT = join(import.meta.dirname, '../../.bench/nab');
const perFile = process.argv.includes('--per-file');
const started = performance.now();
const files = loadNabCorpus();
const cache = new NabCorpusCache(files, loadNabWindows(files));
const { categories, windowsPerCategory } = cache;
const totalWindows = windowsPerCategory.reduce((a, b) => a + b, 0);

function writeResults(dir: string, chosen: NabFile[], scores: Float64Array[]): void {
  rmSync(dir, { recursive: true, force: true });
  chosen.forEach((f, k) => {
    const s = scores[k]!;
    mkdirSync(join(dir, f.category), { recursive: true });
    const lines = ['timestamp,value,anomaly_score'];
    for (let i = 0; i < s.length; i++)
      lines.push(`${f.timestampText[i]},${f.valueText[i]},${s[i]!.toFixed(9)}`);
    writeFileSync(join(dir, f.category, `${DETECTOR}_${f.file}`), `${lines.join('\n')}\n`);
  });
}

function nabScore(dir: string, extra: string[]): string {
  return execFileSync(
    'python3',
    [
      join(NAB_DIR, 'nab_score.py'),
      dir,
      '--data-dir',
      join(NAB_DIR, 'data'),
      '--detector',
      DETECTOR,
      ...extra,
    ],
    { encoding: 'utf8' },
  );
}

// 1. In-sample, shipped constants.
const shipped = settingsOf(DETECTOR_PARAMS);
const detectStarted = performance.now();
const shippedScores = cache.scoresOf(shipped);
const detectSeconds = (performance.now() - detectStarted) / 1000;
const inSampleDir = join(OUT, 'results', DETECTOR);
writeResults(inSampleDir, files, shippedScores);
const report = nabScore(inSampleDir, ['--profile', 'all', ...(perFile ? ['--per-file'] : [])]);
if (perFile) process.stdout.write(report);
const inSample: Record<string, number> = {};
for (const m of report.matchAll(/NAB normalised score \(([^)]+)\): (-?[\d.]+)/g))
  inSample[m[1]!] = Number(m[2]);

// 2. Cross-validated search.
const candidates = searchCandidates();
const cv = crossValidate(
  cache,
  candidates,
  candidates.map((c) => cache.curvesOf(c.settings)),
  'pooled',
  gridNeighbours(),
);
// The held-out category of each fold, scored by nab_score.py at the threshold its fold chose.
const referenceRaw = PROFILES.map(() => categories.map(() => Number.NaN));
categories.forEach((category, c) => {
  const chosen = candidates[cv.chosenIndex[c]!]!;
  const held = files.filter((f) => f.category === category);
  const scores = cache.scoresOf(chosen.settings).filter((_, i) => files[i]!.category === category);
  const dir = join(OUT, 'cv', category, DETECTOR);
  writeResults(dir, held, scores);
  if (windowsPerCategory[c] === 0) return; // nab_score.py cannot normalise a category without windows
  PROFILES.forEach((p, j) => {
    const t = cv.outcomes[j]!.heldOutThreshold[c]!;
    const out = nabScore(dir, ['--profile', p.name, '--threshold', String(t)]);
    referenceRaw[j]![c] = Number(/raw=(-?[\d.]+)/.exec(out)![1]);
  });
});

const artime = artimeByCategory(categories, windowsPerCategory);
const f2 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(2));
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(
  `\nNAB, ${files.length} files, ${files.reduce((n, f) => n + f.values.length, 0).toLocaleString('en')} rows`,
);
console.log(`shipped constants: ${labelOf(DETECTOR_PARAMS)}`);
if (files.length !== 51)
  console.log('note: the ARTime and HTM columns are their scores on the 51 shared files only');
console.log('');
console.log(
  row(['profile', 'secondlook in-sample (shipped)', 'secondlook cross-validated', 'ARTime', 'Numenta HTM']),
);
console.log(row(['---', '---:', '---:', '---:', '---:']));
PROFILES.forEach((p, j) => {
  const o = cv.outcomes[j]!;
  // Categories without windows are scored in-process (their raw score is the cost of false alarms).
  const raw = referenceRaw[j]!.reduce((sum, r, c) => sum + (Number.isNaN(r) ? o.heldOut[c]! : r), 0);
  console.log(
    row([
      p.name,
      f2(inSample[p.name] ?? Number.NaN),
      `**${f2(normalise(raw, totalWindows, p))}** (in-process ${f2(o.crossValidated)})`,
      f2(REFERENCE_51.ARTime![p.name]!),
      f2(REFERENCE_51['Numenta HTM']![p.name]!),
    ]),
  );
});
console.log(
  '\nPer category (held out; cross-validated secondlook against ARTime at its published threshold):\n',
);
console.log(row(['category', 'windows', ...PROFILES.flatMap((p) => [`${p.name} CV`, `ARTime`])]));
console.log(row(['---', '---:', ...PROFILES.flatMap(() => ['---:', '---:'])]));
categories.forEach((category, c) => {
  const w = windowsPerCategory[c]!;
  const cells = PROFILES.flatMap((p, j) => {
    const a = artime.get(p.name)!;
    if (w === 0) return [`raw ${f2(cv.outcomes[j]!.heldOut[c]!)}`, `raw ${f2(a.raw[c]!)}`];
    return [f2(normalise(referenceRaw[j]![c]!, w, p)), f2(a.normalised[c]!)];
  });
  console.log(row([category, String(w), ...cells]));
});
console.log(`\nconstants chosen in-sample (all six categories): ${cv.chosenInSample}`);
cv.chosen.forEach((label, c) => {
  console.log(`fold holding out ${categories[c]}: ${label}`);
});
console.log(
  `\ntime: detect (shipped) ${detectSeconds.toFixed(2)} s for ${files.reduce((n, f) => n + f.values.length, 0).toLocaleString('en')} rows; ` +
    `${candidates.length} candidates cross-validated; total ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
writeFileSync(
  join(OUT, 'last-run.json'),
  `${JSON.stringify({ at: new Date().toISOString(), inSample, crossValidated: cv.outcomes.map((o) => ({ profile: o.profile, cv: o.crossValidated, heldOut: o.heldOut })), chosen: cv.chosen }, null, 2)}\n`,
);
