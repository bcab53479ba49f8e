import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeriesCsv, parseTimestamp } from '../../src/modules/risk/anomalies/index.js';

/** The shared NAB copy, referenced in place (never copied into the repository). */
export const NAB_DIR = process.env.NAB_DIR ?? join(import.meta.dirname, '../../../shared/datasets/nab');

export interface NabFile {
  /** Path relative to `data/`, e.g. `realTweets/Twitter_volume_AAPL.csv`. */
  name: string;
  category: string;
  file: string;
  timestamps: Float64Array;
  values: Float64Array;
  timestampText: string[];
  valueText: string[];
}

export function loadNabCorpus(dir = NAB_DIR): NabFile[] {
  const dataDir = join(dir, 'data');
  const files: NabFile[] = [];
  for (const category of readdirSync(dataDir).sort()) {
    for (const file of readdirSync(join(dataDir, category)).sort()) {
      if (!file.endsWith('.csv')) continue;
      const series = parseSeriesCsv(
        readFileSync(join(dataDir, category, file), 'utf8'),
        `${category}/${file}`,
      );
      files.push({ name: `${category}/${file}`, category, file, ...series });
    }
  }
  return files;
}

/** Ground-truth windows as row index pairs. Read by the scorer only, never by the detector. */
export function loadNabWindows(files: NabFile[], dir = NAB_DIR): Map<string, Array<[number, number]>> {
  const raw = JSON.parse(readFileSync(join(dir, 'labels/combined_windows.json'), 'utf8')) as Record<
    string,
    Array<[string, string]>
  >;
  const out = new Map<string, Array<[number, number]>>();
  for (const f of files) {
    const index = new Map<number, number>();
    // First occurrence, as NAB's scorer does for the few repeated timestamps.
    for (let i = f.timestamps.length - 1; i >= 0; i--) index.set(f.timestamps[i]!, i);
    const windows = (raw[f.name] ?? []).map(([a, b]): [number, number] => {
      const start = index.get(parseTimestamp(a));
      const end = index.get(parseTimestamp(b));
      if (start === undefined || end === undefined)
        throw new Error(`${f.name}: window ${a}..${b} not on a row`);
      return [start, end];
    });
    out.set(f.name, windows);
  }
  return out;
}
