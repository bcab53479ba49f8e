// Audited writes on PostgreSQL: `DATABASE_URL=… npx tsx bench/load/audit.bench.ts [--legacy]`.
// Uses its own database (created, migrated, dropped). Two runs:
//   1. throughput: 32 connections (per process; BENCH_AUDIT_PROCESSES, default 1) write one audit event per transaction, as fast as they can,
//      for 15 s (BENCH_AUDIT_SECONDS), while the chainer links them (a pass every 250 ms, as in the worker);
//   2. paced: 500 audited writes/s for 20 s (BENCH_AUDIT_PACED_SECONDS); each write's time is measured and `pg_locks` is
//      sampled every 10 ms for ungranted locks.
// `--legacy` emulates the previous design (one advisory lock taken before each append, held to
// commit) for comparison on the same machine. Prints markdown with `uptime`'s load average.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/adapters/db/database.js';
import {
  appendAuditEvent,
  chainAuditEvents,
  readAuditChain,
  unchainedAuditEvents,
  verifyAuditChain,
} from '../../src/modules/audit/index.js';

/** A writer beside this one: the same script with `--writer`, on the same database, for the same time. */
function writerProcess(index: number, startAt: number): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--writer'], {
    env: {
      ...process.env,
      BENCH_AUDIT_URL: benchUrl.toString(),
      BENCH_AUDIT_OFFSET: String(index * 1e9),
      BENCH_AUDIT_START: String(startAt),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(Number(out.trim())) : reject(new Error(`writer ${code}`)),
    ),
  );
}

const legacy = process.argv.includes('--legacy');
const KEY = 'bench-audit-key';
const seconds = Number(process.env.BENCH_AUDIT_SECONDS ?? 15);

/** One audited write in its own transaction, as a staff note is; its time in ms. */
const writerOn = (db: Database['db']) => async (n: number) => {
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
  return performance.now() - started;
};

/** 32 connections writing as fast as they can until `deadline`; how many they wrote. */
async function writeFlatOut(write: (n: number) => Promise<number>, deadline: number, first: number) {
  let n = first;
  let count = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() < deadline) {
        await write(n++);
        count += 1;
      }
    }),
  );
  return count;
}

if (process.argv.includes('--writer')) {
  const database = await openDatabase({
    kind: 'postgres',
    url: process.env.BENCH_AUDIT_URL!,
    maxConnections: 40,
  });
  const start = Number(process.env.BENCH_AUDIT_START);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start - Date.now())));
  const count = await writeFlatOut(
    writerOn(database.db),
    performance.now() + seconds * 1000,
    Number(process.env.BENCH_AUDIT_OFFSET),
  );
  await database.close();
  console.log(count);
  process.exit(0);
}

const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL to a PostgreSQL server');
const name = `sl_audit_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create database ${name}`);
const benchUrl = new URL(url);
benchUrl.pathname = `/${name}`;
const database = await openDatabase({ kind: 'postgres', url: benchUrl.toString(), maxConnections: 40 });
await database.migrate();
const db = database.db;
const timedWrite = writerOn(db);

let chaining = true;
const chainer = (async () => {
  while (chaining) {
    await chainAuditEvents(db, KEY, { wait: false });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
})();

// 1. Throughput: 32 connections in this process, and as many more writing processes as
// BENCH_AUDIT_PROCESSES asks beyond the first (a deployment runs several server processes on one
// database; one Node process is the ceiling of one process, not of the audit design).
const load1 = loadavg()[0]!.toFixed(2);
const processes = Math.max(1, Number(process.env.BENCH_AUDIT_PROCESSES ?? 1));
// Every process starts writing at the same moment, once the others have had time to start.
const startAt = Date.now() + (processes > 1 ? 5000 : 0);
const others = Array.from({ length: processes - 1 }, (_, i) => writerProcess(i + 1, startAt));
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const deadline = performance.now() + seconds * 1000;
const cpuBefore = process.cpuUsage();
const written = await writeFlatOut(timedWrite, deadline, 0);
const writtenByOthers = (await Promise.all(others)).reduce((a, b) => a + b, 0);
const throughput = (written + writtenByOthers) / seconds;
let n = written;
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
  inflight.push(timedWrite(n++).then((ms) => void times.push(ms)));
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
console.log(
  `| ${processes} process${processes > 1 ? 'es' : ''} × 32 connections, ${seconds} s | ${throughput.toFixed(0)} writes/s | ${load1} |`,
);
console.log(
  `| the writing process's CPU meanwhile (share of one core), per write | ${(nodeCpuShare * 100).toFixed(0)} %, ${((nodeCpuShare * 1e6) / (written / seconds)).toFixed(0)} µs | |`,
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
