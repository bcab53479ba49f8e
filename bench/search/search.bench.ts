// `npx tsx bench/search/search.bench.ts <feed folder from `secondlook generate`> [sellers to query]`
// Search latency (p50/p95/p99 of `searchSellersAndCases`, the whole `GET /v1/search` use case) on
// a generated marketplace imported into a fresh store: PGlite in a temporary folder, or PostgreSQL
// when DATABASE_URL is set. Then export throughput and peak RSS: every case and the audit trail
// of a large store (`EXPORT_CASES` synthetic cases and twice as many audit rows, inserted by SQL:
// the export reads rows, it does not verify the chain). Prints a markdown block for docs/benchmarks.md.
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { openContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import { exportChunks } from '../../src/workflows/exports.workflow.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { searchSellersAndCases } from '../../src/workflows/search.workflow.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: search.bench.ts <generated feed folder> [queries]');
const queryCount = Number(process.argv[3] ?? 500);
const exportCases = Number(process.env.EXPORT_CASES ?? 100_000);
const root = mkdtempSync(join(tmpdir(), 'sl-search-bench-'));
process.env.SECONDLOOK_AUDIT_KEY ??= 'bench-audit-key';
const storage = process.env.DATABASE_URL ? 'PostgreSQL 15' : 'PGlite';
const context = await openContext(
  loadConfig({ ...process.env, SECONDLOOK_DATA_DIR: root, SECONDLOOK_DEMO: 'false' }),
  { logger: silentLogger, workers: false },
);
const db = context.db;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

// SEARCH_BENCH_REUSE=1 with DATABASE_URL: the store already holds this folder's sellers (a rerun
// of the queries alone, after a change to the search); nothing is imported.
const reuse = process.env.SEARCH_BENCH_REUSE === '1';
const started = performance.now();
const summary = reuse
  ? { accepted: 0 }
  : await importFeedWorkflow(context, {
      kind: 'sellers',
      source: createReadStream(join(folder, 'sellers.jsonl')),
      origin: 'sellers.jsonl',
      by: systemPrincipal('bench'),
    });
const importSeconds = (performance.now() - started) / 1000;
await db.execute(sql`analyze seller_search_keys`);
const keys = Number(
  (
    (await db.execute(sql`select count(*)::int as n from seller_search_keys`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]?.n,
);

// Queries from the sellers themselves: every kind of identifier, names as written, reversed,
// in pinyin, and a word's beginning.
interface Profile {
  seller_id: string;
  business?: { legal_name?: string; registration_number?: string };
  legal_rep?: { full_name?: string; id_number?: string };
  contact?: { email?: string; phone?: string };
  bank?: { account_number?: string };
}
const lines = readFileSync(join(folder, 'sellers.jsonl'), 'utf8').split('\n').filter(Boolean);
const queries: [string, string][] = [];
for (
  let i = 0;
  queries.length < queryCount && i < lines.length;
  i += Math.max(1, Math.floor(lines.length / queryCount))
) {
  const p = JSON.parse(lines[i]!) as Profile;
  const name = p.legal_rep?.full_name;
  const candidates: [string, string | undefined][] = [
    ['name', name],
    ['name reversed', name?.split(/\s+/).reverse().join(' ')],
    ['legal name', p.business?.legal_name],
    ['e-mail', p.contact?.email?.toUpperCase()],
    ['phone', p.contact?.phone?.replace(/\D/g, '')],
    ['registration', p.business?.registration_number?.toLowerCase()],
    ['bank account', p.bank?.account_number],
    ['ID number', p.legal_rep?.id_number],
    ['name beginning', name?.split(/\s+/)[0]?.slice(0, 3)],
    ['seller id', p.seller_id],
  ];
  const [kind, q] = candidates[queries.length % candidates.length]!;
  if (q && [...q].length >= 2) queries.push([kind, q]);
}
for (const [, q] of queries.slice(0, 20)) await searchSellersAndCases(context, q); // warm up
const timings = new Map<string, number[]>();
const all: number[] = [];
let found = 0;
for (const [kind, q] of queries) {
  const t0 = performance.now();
  const hits = await searchSellersAndCases(context, q);
  const ms = performance.now() - t0;
  if (hits.length) found += 1;
  all.push(ms);
  timings.set(kind, [...(timings.get(kind) ?? []), ms]);
}
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const searchLoad = load();

async function seedExportStore() {
  // Exports: a large store of synthetic cases and audit rows.
  await db.execute(sql`insert into cases (id, seller_id, status, severity, policy_version, opened_at, opened_by, deadline_at, updated_at)
  select gen_random_uuid(), 'X' || i, 'awaiting_documents', 'medium', 'bench', now() - (i || ' minutes')::interval, 'bench', now(), now()
  from generate_series(1, ${exportCases}) i`);
  const maxPosition = Number(
    (
      (await db.execute(
        sql`select coalesce(max(position), 0)::bigint as n from audit_events`,
      )) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n,
  );
  await db.execute(sql`insert into audit_events (position, at, actor, action, entity_type, entity_id, data, prev_hash, hash, scheme)
  select ${maxPosition} + i, now(), 'system:bench', 'case.transitioned', 'case', 'X' || i, jsonb_build_object('from', 'a', 'to', 'b'), 'p', 'h', 2
  from generate_series(1, ${exportCases * 2}) i`);
  await db.execute(sql`analyze cases`);
  await db.execute(sql`analyze audit_events`);
}
async function measureExport(kind: 'cases' | 'audit', format: 'csv' | 'jsonl') {
  let rows = 0;
  let bytes = 0;
  let peak = process.memoryUsage().rss;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      rows += chunk.toString().split('\n').length - 1;
      peak = Math.max(peak, process.memoryUsage().rss);
      done();
    },
  });
  const t0 = performance.now();
  await pipeline(Readable.from(exportChunks(context, kind, format, {})), sink);
  const seconds = (performance.now() - t0) / 1000;
  return { kind, format, rows, mb: bytes / 1e6, seconds, rowsPerSecond: rows / seconds, peakMb: peak / 1e6 };
}
// EXPORT_CASES=0: the search alone.
if (exportCases > 0) await seedExportStore();
const exports =
  exportCases > 0
    ? [
        await measureExport('cases', 'csv'),
        await measureExport('cases', 'jsonl'),
        await measureExport('audit', 'jsonl'),
      ]
    : [];

console.log(`### Search and exports (${storage}), ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}. Command: \`npx tsx bench/search/search.bench.ts ${folder} ${queryCount}\``,
);
console.log(`Imported ${summary.accepted} sellers in ${importSeconds.toFixed(1)} s (${keys} search keys).`);
console.log(
  `\n| queries | p50 ms | p95 ms | p99 ms | found | load average (1, 5, 15 min) |\n|---|---|---|---|---|---|`,
);
console.log(
  `| all ${all.length} | ${pct(all, 50).toFixed(1)} | ${pct(all, 95).toFixed(1)} | ${pct(all, 99).toFixed(1)} | ${found} | ${searchLoad} |`,
);
for (const [kind, xs] of timings)
  console.log(
    `| ${kind} (${xs.length}) | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 95).toFixed(1)} | ${pct(xs, 99).toFixed(1)} | | |`,
  );
console.log(
  `\n| export | rows | MB | s | rows/s | peak RSS MB | load average |\n|---|---|---|---|---|---|---|`,
);
for (const e of exports)
  console.log(
    `| ${e.kind} ${e.format} | ${e.rows} | ${e.mb.toFixed(1)} | ${e.seconds.toFixed(1)} | ${Math.round(e.rowsPerSecond)} | ${e.peakMb.toFixed(0)} | ${load()} |`,
  );
await context.close();
rmSync(root, { recursive: true, force: true });
