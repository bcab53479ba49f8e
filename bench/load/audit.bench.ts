// Audited writes on PostgreSQL: `DATABASE_URL=… npx tsx bench/load/audit.bench.ts [--legacy]`.
// Uses its own database (created, migrated, dropped). Two runs:
//   1. throughput: 32 connections write one audit event per transaction, as fast as they can,
//      for 15 s (BENCH_AUDIT_SECONDS), while the chainer links them (a pass every 250 ms, as in the worker);
//   2. paced: 500 audited writes/s for 20 s (BENCH_AUDIT_PACED_SECONDS); each write's time is measured and `pg_locks` is
//      sampled every 10 ms for ungranted locks.
// `--legacy` emulates the previous design (one advisory lock taken before each append, held to
// commit) for comparison on the same machine. Prints markdown with `uptime`'s load average.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../../src/adapters/db/database.js';
import {
  appendAuditEvent,
  chainAuditEvents,
  readAuditChain,
  unchainedAuditEvents,
  verifyAuditChain,
} from '../../src/modules/audit/index.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL to a PostgreSQL server');
const legacy = process.argv.includes('--legacy');
const KEY = 'bench-audit-key';
const name = `sl_audit_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create database ${name}`);
const benchUrl = new URL(url);
benchUrl.pathname = `/${name}`;
const database = await openDatabase({ kind: 'postgres', url: benchUrl.toString(), maxConnections: 40 });
await database.migrate();
const db = database.db;

let written = 0;
const write = async (n: number) => {
  const started = performance.now();
  await db.transaction(async (tx) => {
    if (legacy) await tx.execute(sql`select pg_advisory_xact_lock(7262002)`);
    await appendAuditEvent(tx, KEY, new Date(), {
      actor: 'user:bench',
      action: 'case.note',
      entityType: 'case',
      entityId: `case-${n % 5000}`,
      data: { note: `note ${n}`, n },
    });
  });
  written += 1;
  return performance.now() - started;
};

let chaining = true;
const chainer = (async () => {
  while (chaining) {
    await chainAuditEvents(db, KEY, { wait: false });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
})();

// 1. Throughput.
const load1 = loadavg()[0]!.toFixed(2);
const seconds = Number(process.env.BENCH_AUDIT_SECONDS ?? 15);
const deadline = performance.now() + seconds * 1000;
const cpuBefore = process.cpuUsage();
let n = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (performance.now() < deadline) await write(n++);
  }),
);
const throughput = written / seconds;
// The bench's own process (seal, commitments, drizzle, node-postgres): a share of one core.
const cpu = process.cpuUsage(cpuBefore);
const nodeCpuShare = (cpu.user + cpu.system) / 1000 / (seconds * 1000);
const drainStart = performance.now();
const waitingAtEnd = await unchainedAuditEvents(db);
await chainAuditEvents(db, KEY);
const drainMs = performance.now() - drainStart;

// 2. Paced: 500/s.
const load2 = loadavg()[0]!.toFixed(2);
const times: number[] = [];
let lockSamples = 0;
let ungranted = 0;
const sampler = new pg.Client({ connectionString: benchUrl.toString() });
await sampler.connect();
let sampling = true;
const sampling$ = (async () => {
  while (sampling) {
    const { rows } = await sampler.query<{ n: string }>(
      `select count(*) as n from pg_locks where not granted and database = (select oid from pg_database where datname = current_database())`,
    );
    lockSamples += 1;
    ungranted += Number(rows[0]?.n ?? 0) > 0 ? 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
})();
const rate = 500;
const pacedSeconds = Number(process.env.BENCH_AUDIT_PACED_SECONDS ?? 20);
const start = performance.now();
const inflight: Promise<void>[] = [];
for (let i = 0; i < rate * pacedSeconds; i++) {
  const due = start + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  inflight.push(write(n++).then((ms) => void times.push(ms)));
}
await Promise.all(inflight);
const pacedRate = (rate * pacedSeconds) / ((performance.now() - start) / 1000);
sampling = false;
await sampling$;
await sampler.end();
chaining = false;
await chainer;
await chainAuditEvents(db, KEY);

times.sort((a, b) => a - b);
const pct = (p: number) =>
  times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
const slow = times.filter((t) => t >= 50).length;
const verifyStart = performance.now();
const report = await verifyAuditChain(readAuditChain(db), KEY);
const verifyMs = performance.now() - verifyStart;

console.log(
  `| audit writes (${legacy ? 'legacy: one lock' : 'no lock, chained after'}) | figure | load avg |`,
);
console.log('| --- | --- | --- |');
console.log(`| 32 connections, ${seconds} s | ${throughput.toFixed(0)} writes/s | ${load1} |`);
console.log(
  `| the writing process's CPU meanwhile (share of one core), per write | ${(nodeCpuShare * 100).toFixed(0)} %, ${((nodeCpuShare * 1e6) / throughput).toFixed(0)} µs | |`,
);
console.log(`| unlinked at the end, linked in | ${waitingAtEnd} events, ${drainMs.toFixed(0)} ms | |`);
console.log(
  `| 500 writes/s for ${pacedSeconds} s: achieved, p50 / p99 / max per write | ${pacedRate.toFixed(0)}/s, ${pct(50)} / ${pct(99)} / ${times.at(-1)!.toFixed(1)} ms | ${load2} |`,
);
console.log(`| writes ≥ 50 ms at 500/s | ${slow} of ${times.length} | |`);
console.log(`| pg_locks samples with an ungranted lock | ${ungranted} of ${lockSamples} | |`);
console.log(
  `| verify ${report.checked} events | ${report.ok ? 'ok' : report.problem?.message}, ${verifyMs.toFixed(0)} ms | ${loadavg()[0]!.toFixed(2)} |`,
);
await database.close();
await admin.query(`drop database ${name}`);
await admin.end();
