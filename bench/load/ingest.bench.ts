// Events accepted at marketplace rate (issue #22): `POST /v1/feed/events` on PostgreSQL as deployed
// (`serve` without workers + one `secondlook worker`), several clients posting batches side by side.
// `npx tsx bench/load/ingest.bench.ts`. Two modes:
// - timed (default): for each BENCH_INGEST_CLIENTS (`1,4,8`), BENCH_INGEST_SECONDS of batches;
// - burst (BENCH_BURST_EVENTS=1000000): that many events as fast as the clients go, then the drain
//   and the checks: every event stored (`count(*)` against sent), the backlog drained, /metrics'
//   `secondlook_feed_lines_total` equal to what was sent, and `secondlook audit verify` passing.
// Each run works on a copy (`create database … template …`) of a store imported and scanned once
// (BENCH_INGEST_TEMPLATE names it; made when absent and kept for the next run). Prints markdown.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensureFeed, runImport } from '../spine/import.bench.js';
import { type RunningServer, startServer } from './server.js';

const sellers = Number(process.env.BENCH_LOAD_SELLERS ?? 20_000);
const seconds = Number(process.env.BENCH_INGEST_SECONDS ?? 30);
const clientCounts = (process.env.BENCH_INGEST_CLIENTS ?? '1,4,8').split(',').map(Number);
const batchLines = Number(process.env.BENCH_INGEST_BATCH ?? 1000);
const burst = Number(process.env.BENCH_BURST_EVENTS ?? 0);
const drainSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? 1800);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Databases this bench creates are named `<prefix>_…` (helpers sharing a server keep apart). */
const prefix = process.env.BENCH_DB_PREFIX ?? 'secondlook_bench';
const template = process.env.BENCH_INGEST_TEMPLATE ?? `${prefix}_store_${sellers}`;
const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const utc = () => new Date().toISOString().slice(0, 19).replace('T', ' ');

function urlOf(database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The store as a marketplace has it (imported, scanned), made once. */
async function ensureTemplate(): Promise<void> {
  const exists = await admin(
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [template])).rowCount! > 0,
  );
  if (exists) return;
  const feed = ensureFeed(sellers, 7);
  await admin((c) => c.query(`create database ${template}`));
  const env = { DATABASE_URL: urlOf(template) };
  try {
    runImport(feed.dir, 'postgres', env);
    execFileSync('node', [CLI, 'scan'], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (error) {
    await admin((c) => c.query(`drop database if exists ${template} with (force)`));
    throw error;
  }
}

async function withCopyOfStore<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_run_${Date.now()}`;
  await admin((c) => c.query(`create database ${name} template ${template}`));
  try {
    return await work(urlOf(name));
  } finally {
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  }
}

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds of the PostgreSQL backends serving `url`'s database, by pid (a backend that ends
 * during the run takes its CPU with it: a lower bound).
 */
async function backendCpu(url: string): Promise<Map<number, number>> {
  const database = new URL(url).pathname.slice(1);
  const pids = await admin(async (c) =>
    (
      await c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database])
    ).rows.map((r) => r.pid),
  );
  return new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
}

const backendCpuSince = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, cpu]) => sum + (Number.isNaN(cpu) ? 0 : cpu - (before.get(pid) ?? 0)), 0);

async function metricsText(server: RunningServer): Promise<string> {
  return fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${server.admin}` } }).then((r) =>
    r.text(),
  );
}

/** The value of one series (`name{labels}` as written in the exposition, or a bare name). */
function seriesValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return Number(line?.split(' ')[1] ?? 0);
}

/** One batch of login events, each with its own `event_id` (so each is a new row). */
function batchOf(client: number, batch: number, size: number): string {
  const at = new Date(Date.now() - 3_600_000).toISOString().slice(0, 19);
  let body = '';
  for (let i = 0; i < size; i++) {
    const seller = `S${String(1 + ((batch * 7919 + i * 104_729 + client * 31) % sellers)).padStart(6, '0')}`;
    body += `{"seller_id":"${seller}","event_id":"b${client}-${batch}-${i}","at":"${at}Z","type":"login","ip":"10.${batch % 250}.${i % 250}.1","ip_country":"GB"}\n`;
  }
  return body;
}

interface Posted {
  sent: number;
  accepted: number;
  failedPosts: number;
  latencies: number[];
}

/**
 * `clients` feeds posting batches back to back until `more()` says stop. A post that fails
 * (network, 5xx) is sent again, as an integration would: re-sending changes nothing.
 */
async function post(server: RunningServer, clients: number, more: (sent: number) => number): Promise<Posted> {
  const result: Posted = { sent: 0, accepted: 0, failedPosts: 0, latencies: [] };
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let batch = 0; ; batch++) {
        const size = more(result.sent);
        if (size <= 0) return;
        result.sent += size;
        const body = batchOf(client, batch, size);
        for (;;) {
          const t0 = performance.now();
          const res = await fetch(`${server.url}/v1/feed/events`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${server.integration}`,
              'content-type': 'application/x-ndjson',
            },
            body,
          }).catch(() => undefined);
          const report = res ? ((await res.json().catch(() => ({}))) as { accepted?: number }) : {};
          if (res?.ok) {
            result.latencies.push(performance.now() - t0);
            result.accepted += report.accepted ?? 0;
            break;
          }
          result.failedPosts++;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }),
  );
  return result;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function withServer<T>(url: string, work: (server: RunningServer, worker?: number) => Promise<T>) {
  const env = { DATABASE_URL: url };
  const server = await startServer({ ...env, SECONDLOOK_WORKERS: 'false' });
  const worker = spawn('node', [CLI, 'worker'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    return await work(server, worker.pid);
  } finally {
    worker.kill('SIGTERM');
    await server.stop();
  }
}

const rows: string[] = [];

async function timed(clients: number) {
  await withCopyOfStore((url) =>
    withServer(url, async (server, worker) => {
      const cpu0 = [cpuSeconds(server.pid), cpuSeconds(worker)];
      const pg0 = await backendCpu(url);
      const started = performance.now();
      const when = utc();
      const done = await post(server, clients, () =>
        performance.now() - started < seconds * 1000 ? batchLines : 0,
      );
      const elapsed = (performance.now() - started) / 1000;
      const serverCpu = cpuSeconds(server.pid) - cpu0[0]!;
      const workerCpu = cpuSeconds(worker) - cpu0[1]!;
      const pgCpu = backendCpuSince(pg0, await backendCpu(url));
      const perThousand = (cpu: number) => ((cpu * 1000) / (done.accepted / 1000)).toFixed(1);
      rows.push(
        `| ${when} | ${clients} | ${batchLines} | ${elapsed.toFixed(0)} | ${done.accepted} | ${Math.round(done.accepted / elapsed)} | ${percentile(done.latencies, 50).toFixed(0)} | ${percentile(done.latencies, 99).toFixed(0)} | ${perThousand(serverCpu)} | ${perThousand(pgCpu)} | ${workerCpu.toFixed(0)} | ${done.failedPosts} | ${load()} |`,
      );
      console.error(rows.at(-1));
    }),
  );
}

async function burstRun(clients: number) {
  await withCopyOfStore((url) =>
    withServer(url, async (server, worker) => {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const count = async () =>
          Number((await db.query<{ n: string }>('select count(*) as n from seller_events')).rows[0]!.n);
        const before = await count();
        const cpu0 = [cpuSeconds(server.pid), cpuSeconds(worker)];
        const when = utc();
        const started = performance.now();
        const done = await post(server, clients, (sent) => Math.min(batchLines, burst - sent));
        const postedS = (performance.now() - started) / 1000;
        const serverCpu = cpuSeconds(server.pid) - cpu0[0]!;
        const loadAfterPosting = load();
        const stored = (await count()) - before;
        // The backlog drains (at most BENCH_DRAIN_SECONDS).
        const drainStart = performance.now();
        let metrics = await metricsText(server);
        let maxWaiting = seriesValue(metrics, 'secondlook_reevaluation_waiting');
        let waiting = maxWaiting;
        while (waiting > 0 && performance.now() - drainStart < drainSeconds * 1000) {
          await new Promise((r) => setTimeout(r, 5000));
          metrics = await metricsText(server);
          waiting = seriesValue(metrics, 'secondlook_reevaluation_waiting');
          maxWaiting = Math.max(maxWaiting, waiting);
        }
        const drainS = (performance.now() - drainStart) / 1000;
        const workerCpu = cpuSeconds(worker) - cpu0[1]!;
        const counted = {
          accepted: seriesValue(metrics, 'secondlook_feed_lines_total{kind="events",outcome="accepted"}'),
          written: seriesValue(metrics, 'secondlook_feed_lines_total{kind="events",outcome="written"}'),
          rejected: seriesValue(metrics, 'secondlook_feed_lines_total{kind="events",outcome="rejected"}'),
        };
        let verify: string;
        try {
          // Its log lines (a warning without SECONDLOOK_AUDIT_KEY) share stdout: keep the verdict.
          const out = execFileSync('node', [CLI, 'audit', 'verify'], {
            env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: url },
            encoding: 'utf8',
          });
          verify = out.split('\n').find((l) => l.startsWith('audit chain')) ?? out.trim();
        } catch (error) {
          verify = `FAILED (exit ${(error as { status?: number }).status}): ${String((error as { stderr?: string }).stderr).trim()}`;
        }
        const checks = [
          ['events sent', burst, burst],
          ['accepted (sum of the reports)', done.accepted, burst],
          ['new rows in seller_events', stored, burst],
          ['secondlook_feed_lines_total accepted', counted.accepted, burst],
          ['secondlook_feed_lines_total written', counted.written, burst],
          ['secondlook_feed_lines_total rejected', counted.rejected, 0],
          ['sellers waiting after the drain', waiting, 0],
        ] as const;
        console.log(
          `\nBurst of ${burst} events, ${clients} clients × batches of ${batchLines}, started ${when} UTC, store: ${sellers} generated sellers (seed 7), scanned.\n`,
        );
        console.log('| check | measured | expected | ok |');
        console.log('| --- | ---: | ---: | --- |');
        for (const [name, got, want] of checks)
          console.log(`| ${name} | ${got} | ${want} | ${got === want ? 'yes' : '**no**'} |`);
        console.log(
          `| \`secondlook audit verify\` | ${verify} | intact | ${verify.startsWith('audit chain intact') ? 'yes' : '**no**'} |`,
        );
        console.log(
          `\nposting: ${postedS.toFixed(1)} s (${Math.round(burst / postedS)} events/s accepted), post p50 ${percentile(done.latencies, 50).toFixed(0)} ms p99 ${percentile(done.latencies, 99).toFixed(0)} ms, ${done.failedPosts} posts failed and re-sent; server CPU ${serverCpu.toFixed(1)} s (${((serverCpu * 1000) / (burst / 1000)).toFixed(1)} ms per 1,000 events); load ${loadAfterPosting} after posting`,
        );
        console.log(
          `drain: max ${maxWaiting} sellers waiting, ${waiting > 0 ? `NOT drained after ${drainS.toFixed(0)} s (${waiting} left)` : `drained ${drainS.toFixed(0)} s after the last post`}; worker CPU ${workerCpu.toFixed(0)} s; load ${load()} at the end (${utc()} UTC)`,
        );
      } finally {
        await db.end();
      }
    }),
  );
}

await ensureTemplate();
if (burst > 0) await burstRun(clientCounts.at(-1)!);
else {
  for (const clients of clientCounts) await timed(clients);
  console.log(
    `\nStore: ${sellers} generated sellers (seed 7), scanned; PostgreSQL, serve (no workers) + one worker; batches of ${batchLines} login events.\n`,
  );
  console.log(
    '| start (UTC) | clients | lines per post | s | events accepted | events/s | post p50 ms | post p99 ms | server CPU ms per 1,000 events | PostgreSQL backends CPU ms per 1,000 events (server and worker) | worker CPU s | failed posts | load avg after |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) console.log(row);
}
