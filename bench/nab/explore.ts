/**
 * Development loop: runs the detector (optionally with overridden global parameters, given as
 * JSON on the command line) over the whole corpus and prints the three NAB scores from the
 * in-process scorer. Every override applies to all files alike; there is no per-file setting.
 *   npx tsx bench/nab/explore.ts '{"rest": 200}' [--per-file] [--write DIR]
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECTOR_PARAMS, type DetectorParams, scoreSeries } from '../../src/modules/risk/anomalies/index.js';
import { loadNabCorpus, loadNabWindows } from './nab.corpus.js';
import { PROFILES, scoreCorpus } from './nab.score.js';

const args = process.argv.slice(2);
const overrides = args.filter((a) => a.startsWith('{')).map((a) => JSON.parse(a) as Partial<DetectorParams>);
const perFile = args.includes('--per-file');
const writeIndex = args.indexOf('--write');
const files = loadNabCorpus();
const windows = loadNabWindows(files);

for (const override of overrides.length > 0 ? overrides : [{}]) {
  const params: DetectorParams = { ...DETECTOR_PARAMS, ...override };
  const results = new Map<string, Float64Array>();
  const started = performance.now();
  for (const f of files) results.set(f.name, scoreSeries(f.values, params));
  const ms = performance.now() - started;
  const scores = PROFILES.map((p) => scoreCorpus(results, windows, p));
  console.log(
    `${JSON.stringify(override)}  ${scores.map((s) => s.normalised.toFixed(2)).join(' / ')}  thr ${scores
      .map((s) => s.threshold.toFixed(4))
      .join(' ')}  ${ms.toFixed(0)} ms`,
  );
  mkdirSync('.bench/nab', { recursive: true });
  appendFileSync(
    '.bench/nab/explore.log',
    `${new Date().toISOString()}\t${JSON.stringify(override)}\t${scores.map((s) => s.normalised.toFixed(2)).join(' / ')}\n`,
  );
  if (perFile) {
    const std = scores[0]!;
    for (const [name, s] of std.perFile) {
      const w = windows.get(name)!.length;
      console.log(`  ${name.padEnd(58)} ${s.toFixed(3).padStart(8)}  windows ${w}`);
    }
  }
  if (writeIndex >= 0) {
    const dir = args[writeIndex + 1]!;
    for (const f of files) {
      mkdirSync(join(dir, f.category), { recursive: true });
      const s = results.get(f.name)!;
      const body = f.timestampText.map((t, i) => `${t},${f.valueText[i]},${s[i]}`).join('\n');
      writeFileSync(
        join(dir, f.category, `secondlook_${f.file}`),
        `timestamp,value,anomaly_score\n${body}\n`,
      );
    }
  }
}
