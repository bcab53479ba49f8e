// The live path at marketplace load (issue #22): endpoints × connections, and a sustained ingest
// with /healthz, backlog depth and lag measured during it. `BENCH_LOAD=1 npm run bench`, or
// `npx tsx bench/load/load.bench.ts` alone. Prints markdown for docs/benchmarks.md.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ensureFeed, freshDataDir, runImport, withFreshPostgres } from '../spine/import.bench.js';
import { type RunningServer, startServer } from './server.js';

const sellers = Number(process.env.BENCH_LOAD_SELLERS ?? 20_000);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const ingestSeconds = Number(process.env.BENCH_INGEST_SECONDS ?? 60);
/** How long the run waits for the backlog to drain after the ingest. */
const drainSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? 600);
const storages = (process.env.BENCH_LOAD_STORAGES ?? 'pglite,postgres').split(',');
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * A PGlite store prepared once: `BENCH_LOAD_SAVE_STORE=dir` keeps a copy of the store as
 * imported and scanned (before the server touches it); `BENCH_LOAD_PGLITE_STORE=dir` then starts
 * each run from a copy of it instead of importing and scanning again (~6 minutes).
 */
const preparedStore = process.env.BENCH_LOAD_PGLITE_STORE;
const saveStore = process.env.BENCH_LOAD_SAVE_STORE;
const withEndpoints = process.env.BENCH_LOAD_ENDPOINTS !== '0';
const ingestClients = Math.max(1, Number(process.env.BENCH_INGEST_CLIENTS ?? 1));
/**
 * PostgreSQL as deployed (`BENCH_LOAD_WORKER_PROCESS=1`): `serve` without job workers and one
 * `secondlook worker` process beside it, so the jobs' CPU is not the server's event loop.
 */
const workerProcess = process.env.BENCH_LOAD_WORKER_PROCESS === '1';
const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');
const lines: string[] = [];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function endpoints(server: RunningServer, storage: string) {
  const caseId = await someCaseId(server);
  // The review queue as a reviewer reads it (staff only, never cached: docs/live-path.md).
  const paths = [
    '/healthz',
    '/v1/cases?limit=50',
    ...(caseId ? [`/v1/cases/${caseId}`] : []),
    '/v1/review/queue?limit=50',
  ];
  for (const path of paths)
    for (const connections of [1, 10, 50]) {
      const token = path.startsWith('/v1/review') ? server.admin : server.integration;
      const result = await autocannon({
        url: `${server.url}${path}`,
        connections,
        duration: seconds,
        headers: { authorization: `Bearer ${token}` },
      });
      lines.push(
        `| ${storage} | \`GET ${path.replace(caseId ?? '-', ':id')}\` | ${connections} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} | ${load()} |`,
      );
      console.error(lines.at(-1));
    }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function metric(server: RunningServer, name: string): Promise<number> {
  const text = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${server.admin}` },
  }).then((r) => r.text());
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? Number.NaN);
}

/** An open case's id, for the case read probes. */
async function someCaseId(server: RunningServer): Promise<string | undefined> {
  const cases = await fetch(`${server.url}/v1/cases?limit=1`, {
    headers: { authorization: `Bearer ${server.integration}` },
  }).then((r) => r.json() as Promise<{ items?: { id: string }[]; data?: { id: string }[] }>);
  return (cases.items ?? cases.data ?? [])[0]?.id;
}

/** Times `path` every 100 ms while `running()` holds; failed requests count with their time. */
async function probeEvery100ms(url: string, headers: Record<string, string>, running: () => boolean) {
  const times: number[] = [];
  let failed = 0;
  while (running()) {
    const t0 = performance.now();
    const ok = await fetch(url, { headers }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.ok;
      },
      () => false,
    );
    if (!ok) failed++;
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { times, failed };
}

const stats = (values: number[]) =>
  `${percentile(values, 50).toFixed(1)} | ${percentile(values, 99).toFixed(1)} | ${Math.max(...values).toFixed(0)}`;

/**
 * Batches of 1,000 login events for random sellers, back to back, while /healthz and a case read
 * (`GET /v1/cases/:id`) are each probed every 100 ms, during the ingest and the drain.
 */
async function sustainedIngest(server: RunningServer, storage: string) {
  let accepted = 0;
  let maxWaiting = 0;
  let maxOldest = 0;
  let running = true;
  const caseId = await someCaseId(server);
  const health = probeEvery100ms(`${server.url}/healthz`, {}, () => running);
  const caseRead = caseId
    ? probeEvery100ms(
        `${server.url}/v1/cases/${caseId}`,
        { authorization: `Bearer ${server.integration}` },
        () => running,
      )
    : Promise.resolve({ times: [Number.NaN], failed: 0 });
  const scrape = (async () => {
    while (running) {
      maxWaiting = Math.max(maxWaiting, await metric(server, 'secondlook_reevaluation_waiting'));
      maxOldest = Math.max(maxOldest, await metric(server, 'secondlook_reevaluation_oldest_wait_seconds'));
      await new Promise((r) => setTimeout(r, 2000));
    }
  })();
  const started = performance.now();
  // BENCH_INGEST_CLIENTS feeds post batches side by side (an integration sending in parallel).
  await Promise.all(
    Array.from({ length: ingestClients }, async (_, client) => {
      let batch = client * 1_000_003;
      while (performance.now() - started < ingestSeconds * 1000) {
        const at = new Date(Date.now() - 3_600_000).toISOString();
        const body = Array.from({ length: 1000 }, (_, i) =>
          JSON.stringify({
            seller_id: `S${String(1 + ((batch * 7919 + i * 104_729) % sellers)).padStart(6, '0')}`,
            at,
            type: 'login',
            ip: `10.${batch % 250}.${i % 250}.1`,
            ip_country: 'GB',
          }),
        ).join('\n');
        const res = await fetch(`${server.url}/v1/feed/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${server.integration}`, 'content-type': 'application/x-ndjson' },
          body,
        });
        accepted += ((await res.json()) as { accepted?: number }).accepted ?? 0;
        batch++;
      }
    }),
  );
  const ingestS = (performance.now() - started) / 1000;
  const loadDuring = load();
  // The backlog drains: wait for it (at most BENCH_DRAIN_SECONDS, ten minutes by default).
  const drainStart = performance.now();
  let waiting = await metric(server, 'secondlook_reevaluation_waiting');
  while (waiting > 0 && performance.now() - drainStart < drainSeconds * 1000) {
    await new Promise((r) => setTimeout(r, 2000));
    waiting = await metric(server, 'secondlook_reevaluation_waiting');
  }
  running = false;
  const [healthTimes, caseTimes] = await Promise.all([health, caseRead, scrape]);
  const drainS = (performance.now() - drainStart) / 1000;
  lines.push(
    `| ${storage} | ${ingestS.toFixed(0)} | ${Math.round(accepted / ingestS)} | ${stats(healthTimes.times)} | ${stats(caseTimes.times)} | ${caseTimes.failed} | ${maxWaiting} | ${maxOldest.toFixed(1)} | ${waiting > 0 ? `not drained (${waiting} left)` : drainS.toFixed(0)} | ${loadDuring} |`,
  );
  console.error(lines.at(-1));
}

const feed = ensureFeed(sellers, 7);
const endpointRows: string[] = [];
const ingestRows: string[] = [];
for (const storage of storages) {
  const measure = async (env: NodeJS.ProcessEnv, imported = false) => {
    if (!imported) {
      runImport(feed.dir, storage as 'pglite' | 'postgres', env);
      // The store as a marketplace has it: scanned, its cases open.
      execFileSync('node', [CLI, 'scan'], {
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (saveStore && env.SECONDLOOK_DATA_DIR)
        cpSync(env.SECONDLOOK_DATA_DIR, saveStore, { recursive: true });
    }
    const separate = workerProcess && storage === 'postgres';
    const server = await startServer(separate ? { ...env, SECONDLOOK_WORKERS: 'false' } : env);
    const worker = separate
      ? spawn('node', [CLI, 'worker'], {
          env: { ...process.env, LOG_LEVEL: 'warn', ...env },
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : undefined;
    const label = separate ? 'postgres, serve + worker' : storage;
    try {
      lines.length = 0;
      if (withEndpoints) await endpoints(server, label);
      endpointRows.push(...lines);
      lines.length = 0;
      await sustainedIngest(server, label);
      ingestRows.push(...lines);
    } finally {
      worker?.kill('SIGTERM');
      await server.stop();
    }
  };
  if (storage === 'pglite') {
    const dir = freshDataDir('load');
    if (preparedStore && existsSync(preparedStore)) {
      cpSync(preparedStore, dir, { recursive: true });
      console.error(`working on a copy of ${preparedStore}: ${dir}`);
    }
    await measure({ SECONDLOOK_DATA_DIR: dir }, Boolean(preparedStore && existsSync(preparedStore)));
    console.error(`PGlite store left in ${dir} (copy it before the next run to reuse it)`);
  } else await withFreshPostgres(pgUrl, (url) => measure({ DATABASE_URL: url }));
}
console.log(
  `Store: ${sellers} generated sellers (seed 7), scanned. Endpoints ${seconds} s each; ingest ${ingestSeconds} s from ${ingestClients} client(s).\n`,
);
console.log('| storage | request | connections | req/s | p50 ms | p99 ms | non-2xx | load avg |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of endpointRows) console.log(row);
console.log(
  '\n| storage | ingest s | events/s accepted | /healthz p50 ms | p99 ms | max ms | case read p50 ms | p99 ms | max ms | case reads failed | max waiting | max oldest wait s | drain s | load avg |',
);
console.log(
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
);
for (const row of ingestRows) console.log(row);
