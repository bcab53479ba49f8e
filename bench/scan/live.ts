// `npm run bench:scan-live`: the live path's latency on a store loaded with a generated marketplace
// (PGlite by default, PostgreSQL with DATABASE_URL). Each job is one event in (a login from a new
// IP, written through the import workflow, not timed) and its re-evaluation: where the time goes
// (`BatchCost`: reach check, the changed sellers' reads, cluster reads, detectors, case write),
// for one seller per job and for batches of 200, with the per-worker scan state off and on
// (`SECONDLOOK_LIVE_STATE`), then a steady offered rate of events (`BENCH_RATE`, default 5,000/s,
// for `BENCH_SECONDS`) drained by one worker loop. Prints markdown with the load average.
//
//   BENCH_SELLERS=5000 npm run bench:scan-live
//   DATABASE_URL=postgres://…/live_bench BENCH_SELLERS=5000 npm run bench:scan-live

import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { openContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import type { FeedKind } from '../../src/modules/sellers/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { type BatchCost, emptyBatchCost, evaluateLive } from '../../src/workflows/reevaluate.findings.js';
import { applyFindings } from '../../src/workflows/scan.workflow.js';
import { generatedFeed } from './generated-feed.js';

const sellers = Number(process.env.BENCH_SELLERS ?? 5000);
const rate = Number(process.env.BENCH_RATE ?? 5000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** The worker drains the backlog at most this long after the offered events stop. */
const drainSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? 60);
const feed = process.env.BENCH_FEED ?? generatedFeed(sellers, 33);
const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-live-'));
process.env.SECONDLOOK_AUDIT_KEY ??= 'bench';
const context = await openContext(
  loadConfig({ ...process.env, SECONDLOOK_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  { logger: silentLogger, workers: false },
);
const by = systemPrincipal('bench');
for (const [kind, file] of [
  ['sellers', 'sellers.jsonl'],
  ['documents', 'documents.jsonl'],
  ['events', 'events.jsonl'],
  ['sales', 'sales.csv'],
] as [FeedKind, string][])
  await importFeedWorkflow(context, { kind, source: createReadStream(join(feed, file)), origin: file, by });

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const idOf = (n: number) => `S${String(1 + (n % sellers)).padStart(6, '0')}`;
let ipCounter = 0;
/** One login from a new IP per seller: an event that adds no link key. */
async function eventsIn(ids: readonly string[]) {
  const at = new Date(Date.now() - 60_000).toISOString();
  const lines = ids.map((seller_id) => {
    ipCounter += 1;
    const ip = `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
    return `${JSON.stringify({ seller_id, at, type: 'login', ip, ip_country: 'GB' })}\n`;
  });
  await importFeedWorkflow(context, { kind: 'events', source: Readable.from(lines), origin: 'bench', by });
}

interface Job {
  whole: number;
  cost: BatchCost;
  /** Garbage collection pauses that ended during the job (ms). */
  gc: number;
  /** What policy did with the job's sellers (`applyFindings`). */
  cases: Record<string, number>;
}
// Garbage collection pauses, to count them against the job they fell in (a p99 is often one).
const pauses: { end: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    pauses.push({ end: entry.startTime + entry.duration, ms: entry.duration });
}).observe({ entryTypes: ['gc'] });
const gcDuring = (from: number, to: number) =>
  pauses.filter((p) => p.end >= from && p.end <= to).reduce((sum, p) => sum + p.ms, 0);
/** One job as a worker runs it (`reevaluateSellers`), its steps timed. */
async function job(ids: string[]): Promise<Job> {
  const cost = emptyBatchCost();
  const started = performance.now();
  const { findings, entityTypes } = await evaluateLive(context, ids, 'summary', cost);
  const cases = await applyFindings(context, findings, systemPrincipal('live'), {
    source: 'live',
    cost: cost.ms,
    entityTypes,
  });
  const ended = performance.now();
  // Entries are delivered after the job: read them on the next turn.
  await new Promise((r) => setImmediate(r));
  return { whole: ended - started, cost, gc: gcDuring(started, ended), cases };
}

const percentile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
const STEPS: [string, (j: Job) => number][] = [
  ['reach check (profile changed?)', (j) => j.cost.ms.neighbourhood],
  ['changed sellers’ reads (delta read)', (j) => j.cost.ms.reads],
  ['cluster reads', (j) => j.cost.ms.neighbourReads],
  ['market’s daily orders (kept 5 min)', (j) => j.cost.ms.market],
  ['**detector step**', (j) => j.cost.ms.detect],
  ['policy reads (known, policy, open reasons)', (j) => j.cost.ms.policy],
  ['case write (transactions)', (j) => j.cost.ms.apply],
  ['**whole job**', (j) => j.whole],
  ['GC pauses in the job', (j) => j.gc],
];
function table(title: string, jobs: Job[]) {
  console.log(`\n${title} (${jobs.length} jobs, load ${load()}, ${new Date().toISOString()})\n`);
  console.log('| step | p50 ms | p95 ms | p99 ms | mean ms |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [label, pick] of STEPS) {
    const v = jobs.map(pick);
    const mean = v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    const at = (q: number) => percentile(v, q).toFixed(2);
    console.log(`| ${label} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${mean.toFixed(2)} |`);
  }
  const alone = jobs.reduce((n, j) => n + j.cost.clusters.alone, 0);
  const sellersJudged = jobs.reduce((n, j) => n + j.cost.sellers, 0);
  console.log(`\nSellers whose cluster the state knew (alone, not read): ${alone} of ${sellersJudged}.`);
  const outcomes: Record<string, number> = {};
  for (const j of jobs) for (const [k, n] of Object.entries(j.cases)) outcomes[k] = (outcomes[k] ?? 0) + n;
  console.log(`Policy's outcomes, all jobs: ${JSON.stringify(outcomes)}.`);
}

console.log(`Store: ${context.database.storage}, ${sellers} sellers (seed 33), load ${load()}`);
const single = Number(process.env.BENCH_SINGLE ?? 300);
const batchJobs = Number(process.env.BENCH_BATCHES ?? 6);
for (const state of (process.env.BENCH_STATES ?? '0,1').split(',')) {
  process.env.SECONDLOOK_LIVE_STATE = state;
  const label = state === '1' ? 'scan state on' : 'scan state off';
  // Warm: every seller measured below re-evaluated once (summaries built, caches filled).
  const singles = Array.from({ length: single }, (_, i) => idOf(i * 7919));
  for (let i = 0; i < singles.length; i += 200) await job(singles.slice(i, i + 200));
  const jobs: Job[] = [];
  for (const id of singles) {
    await eventsIn([id]);
    jobs.push(await job([id]));
  }
  table(`One event in, one seller per job, ${label}`, jobs.slice(20));
  const batches: Job[] = [];
  for (let b = 0; b < batchJobs; b++) {
    const ids = Array.from({ length: 200 }, (_, i) => idOf(b * 200 + i * 104_729));
    if (b === 0) await job(ids);
    await eventsIn(ids);
    batches.push(await job(ids));
  }
  if (batchJobs > 1) table(`200 sellers per job (one new event each), ${label}`, batches.slice(1));
}

// A steady offered rate: every 50 ms the events due are written (one import per tick), their
// sellers join the backlog; one worker loop takes up to 200 waiting sellers per job.
process.env.SECONDLOOK_LIVE_STATE = process.env.BENCH_STEADY_STATE ?? '1';
const waiting = new Map<string, number>();
const jobs: Job[] = [];
const lags: number[] = [];
let offered = 0;
let stop = false;
const started = performance.now();
const ingest = (async () => {
  for (let tick = 1; performance.now() - started < seconds * 1000; tick++) {
    const due = Math.floor((rate * (performance.now() - started)) / 1000) - offered;
    const ids = Array.from({ length: due }, (_, i) => idOf((offered + i) * 7919));
    offered += due;
    const at = performance.now();
    if (ids.length > 0) await eventsIn(ids);
    for (const id of ids) if (!waiting.has(id)) waiting.set(id, at);
    const next = started + tick * 50;
    if (next > performance.now()) await new Promise((r) => setTimeout(r, next - performance.now()));
  }
  stop = true;
})();
const worker = (async () => {
  while (!stop || (waiting.size > 0 && performance.now() - started < (seconds + drainSeconds) * 1000)) {
    const ids = [...waiting.keys()].slice(0, 200);
    if (ids.length === 0) {
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    const since = ids.map((id) => waiting.get(id)!);
    for (const id of ids) waiting.delete(id);
    jobs.push(await job(ids));
    for (const at of since) lags.push(performance.now() - at);
  }
})();
await Promise.all([ingest, worker]);
const elapsed = (performance.now() - started) / 1000;
table(
  `Steady: ${rate} events/s offered for ${seconds} s (${offered} events written in ${elapsed.toFixed(1)} s with the drain; ${lags.length} sellers re-evaluated, ${waiting.size} still waiting after ${drainSeconds} s of drain; ${(lags.length / Math.max(1, jobs.length)).toFixed(1)} sellers per job), scan state ${process.env.SECONDLOOK_LIVE_STATE === '1' ? 'on' : 'off'}`,
  jobs,
);
console.log(
  `\nevent written → its seller's findings applied: p50 ${percentile(lags, 0.5).toFixed(1)} ms, p99 ${percentile(lags, 0.99).toFixed(1)} ms`,
);
await context.close();
rmSync(dataDir, { recursive: true, force: true });
