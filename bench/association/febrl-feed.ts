import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entityOf, FEBRL_DIR, readFebrl } from './febrl.js';
import { type PairScores, scorePairs } from './pairs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/secondlook.mjs');

export interface FebrlFeedResult extends PairScores {
  set: string;
  records: number;
  loaded: number;
  refused: number;
  notes: string;
  seconds: number;
}

/** Empty in the source is `null` or `""` in the feed, as a marketplace export writes it. */
const orNull = (value: string, i: number): string | null =>
  value === '' ? (i % 2 === 0 ? null : '') : value;

/**
 * FEBRL through the real path (issue 11): each record written as a line of `sellers.jsonl` with
 * its missing values left missing and its dates as the source writes them (`YYYYMMDD`, some not
 * dates at all), then `secondlook scan --in` and pairs scored from `findings.jsonl`.
 */
export function runFebrlFeed(set: string, file: string, base: string): FebrlFeedResult {
  const records = readFebrl(`${FEBRL_DIR}/${file}`);
  const dir = join(base, set);
  mkdirSync(dir, { recursive: true });
  const lines = records.map((r, i) =>
    JSON.stringify({
      seller_id: r.rec_id,
      status: 'active',
      legal_rep: {
        full_name: orNull(`${r.given_name} ${r.surname}`.trim(), i),
        date_of_birth: orNull(r.date_of_birth, i),
        id_number: orNull(r.soc_sec_id, i),
      },
      address: {
        line1: orNull(`${r.street_number} ${r.address_1}`.trim(), i),
        line2: orNull(r.address_2, i),
        city: orNull(r.suburb, i),
        region: orNull(r.state, i),
        postal_code: orNull(r.postcode, i),
        country: 'AU',
      },
    }),
  );
  writeFileSync(join(dir, 'sellers.jsonl'), `${lines.join('\n')}\n`);
  const findingsPath = join(dir, 'findings.jsonl');
  const started = performance.now();
  const result = execFileSync('node', [CLI, 'scan', '--in', dir, '--dry-run', '--out', findingsPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const seconds = (performance.now() - started) / 1000;
  const loaded = Number(result.match(/scanned (\d+) sellers/)?.[1] ?? 0);
  const findings = readFileSync(findingsPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { seller_id: string; trigger: string; related_seller_ids?: string[] })
    .filter((f) => f.trigger === 'account_association');
  const clusters = new Map<string, Set<string>>();
  const clusterOf = new Map<string, Set<string>>();
  for (const finding of findings) {
    const members = [finding.seller_id, ...(finding.related_seller_ids ?? [])];
    const merged = new Set<string>();
    for (const id of members) for (const other of clusterOf.get(id) ?? [id]) merged.add(other);
    for (const id of merged) {
      const old = clusterOf.get(id);
      if (old) for (const [key, value] of clusters) if (value === old) clusters.delete(key);
      clusterOf.set(id, merged);
    }
    clusters.set([...merged][0]!, merged);
  }
  const truth = new Map(records.map((r) => [r.rec_id, entityOf(r.rec_id)]));
  return {
    set,
    records: records.length,
    loaded,
    refused: records.length - loaded,
    notes: result.match(/data-quality notes: (.*)/)?.[1] ?? 'none',
    seconds,
    ...scorePairs(
      [...clusters.values()].map((c) => [...c]),
      truth,
    ),
  };
}
