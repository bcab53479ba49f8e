// `npm run bench:scan-live`: the live path's latency, one seller re-evaluated at a time, on a store
// loaded with a generated marketplace (PGlite by default, PostgreSQL with BENCH_DATABASE_URL).

import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { detectAll, ScanInput } from '../../src/modules/risk/scan/index.js';
import { type FeedKind, findFeedOfSellers } from '../../src/modules/sellers/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { reevaluateSellers } from '../../src/workflows/reevaluate.workflow.js';

const ROOT = resolve(import.meta.dirname, '../..');
const sellers = Number(process.env.BENCH_SELLERS ?? 5000);
const feed = join(ROOT, '.bench', `feed-${sellers}-seed33`);
execFileSync(
  'node',
  [join(ROOT, 'bin/secondlook.mjs'), 'generate', '--sellers', String(sellers), '--seed', '33', '--out', feed],
  { stdio: 'ignore' },
);
const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-live-'));
process.env.SECONDLOOK_AUDIT_KEY ??= 'bench';
const context = await openContext(
  loadConfig({ ...process.env, SECONDLOOK_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  {
    logger: silentLogger,
    workers: false,
  },
);
for (const [kind, file] of [
  ['sellers', 'sellers.jsonl'],
  ['documents', 'documents.jsonl'],
  ['events', 'events.jsonl'],
  ['sales', 'sales.csv'],
] as [FeedKind, string][])
  await importFeedWorkflow(context, {
    kind,
    source: createReadStream(join(feed, file)),
    origin: file,
    by: systemPrincipal('bench'),
  });

const ids = Array.from({ length: 300 }, (_, i) => `S${String(1 + ((i * 7919) % sellers)).padStart(6, '0')}`);
const percentile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const whole: number[] = [];
const detectOnly: number[] = [];
for (const id of ids) {
  let started = performance.now();
  await reevaluateSellers(context, [id]);
  whole.push(performance.now() - started);
  const data = await findFeedOfSellers(context.db, [id]);
  const input = new ScanInput();
  for (const s of data.sellers) input.addSeller(s);
  for (const e of data.events) input.addEvent(e);
  for (const r of data.sales) input.addSales(r);
  started = performance.now();
  detectAll(input, { asOf: new Date('2026-11-01T00:00:00Z') });
  detectOnly.push(performance.now() - started);
}
const row = (label: string, v: number[]) =>
  `| ${label} | ${percentile(v, 0.5).toFixed(2)} | ${percentile(v, 0.99).toFixed(2)} |`;
console.log(
  `Store: ${context.database.storage}, ${sellers} sellers (seed 33); 300 sellers re-evaluated one at a time (the first runs warm the caches).\n`,
);
console.log('| one seller re-evaluated | p50 ms | p99 ms |\n| --- | ---: | ---: |');
console.log(
  row('whole job: neighbours, reads, market, detectors, policy (`reevaluateSellers`)', whole.slice(20)),
);
console.log(row('detectors only, on the seller’s data in memory (`detectAll`)', detectOnly.slice(20)));
await context.close();
rmSync(dataDir, { recursive: true, force: true });
