// What one re-evaluation batch of the live path costs, step by step (issue #22): on a store already
// imported (`DATABASE_URL`, e.g. the 20k-seller store of bench/load), batches of 200 sellers each
// get one login event (a new IP: no identifier that links), then `reevaluateSellers` runs on them
// as a worker would. A first pass builds the sellers' summaries (not measured). Prints markdown.
//
//   DATABASE_URL=postgres://…/h_x BENCH_BATCHES=10 npx tsx bench/load/reevaluate-batch.bench.ts

import { loadavg } from 'node:os';
import { Readable } from 'node:stream';
import pino from 'pino';
import { openContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import type { BatchCost } from '../../src/workflows/reevaluate.findings.js';
import { reevaluateSellers } from '../../src/workflows/reevaluate.workflow.js';

const sellers = Number(process.env.BENCH_LOAD_SELLERS ?? 20_000);
const batches = Number(process.env.BENCH_BATCHES ?? 10);
const offset = Number(process.env.BENCH_BATCH_OFFSET ?? 0);
const costs: BatchCost[] = [];
const outcomes: Record<string, number> = {};
const logger = pino(
  { level: 'debug' },
  {
    write(line: string) {
      const entry = JSON.parse(line) as { msg?: string; cost?: BatchCost; cases?: Record<string, number> };
      if (entry.msg !== 'reevaluation batch' || !entry.cost) return;
      costs.push(entry.cost);
      for (const [outcome, n] of Object.entries(entry.cases ?? {}))
        outcomes[outcome] = (outcomes[outcome] ?? 0) + n;
    },
  },
);
process.env.SECONDLOOK_AUDIT_KEY ??= 'bench';
const context = await openContext(loadConfig({ ...process.env, LOG_LEVEL: 'debug' }), {
  logger,
  workers: false,
});
const batchOf = (b: number) =>
  Array.from(
    { length: 200 },
    (_, i) => `S${String(1 + (((b + offset) * 7919 + i * 104_729) % sellers)).padStart(6, '0')}`,
  );
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// `BENCH_WARM=0` skips the first pass: the process starts cold (on batches whose summaries an
// earlier run built, e.g. the same `BENCH_BATCH_OFFSET` again).
if (process.env.BENCH_WARM !== '0')
  for (let b = 0; b < batches; b++) await reevaluateSellers(context, batchOf(b));
costs.length = 0;
for (const outcome of Object.keys(outcomes)) delete outcomes[outcome];
const loadBefore = load();
const cpu0 = process.cpuUsage();
const wall: number[] = [];
for (let b = 0; b < batches; b++) {
  const ids = batchOf(b);
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const lines = ids.map(
    (seller_id, i) =>
      `${JSON.stringify({ seller_id, at, type: 'login', ip: `10.9.${b % 250}.${i % 250}`, ip_country: 'GB' })}\n`,
  );
  await importFeedWorkflow(context, {
    kind: 'events',
    source: Readable.from(lines),
    origin: 'bench',
    by: systemPrincipal('bench'),
  });
  const started = performance.now();
  await reevaluateSellers(context, ids);
  wall.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpu0);
await context.close();

const mean = (pick: (c: BatchCost) => number) => costs.reduce((sum, c) => sum + pick(c), 0) / costs.length;
const total = wall.reduce((a, b) => a + b, 0);
console.log(
  [
    `| batches | reach (cluster/two-hop) | sellers/batch | neighbourhood | profiles | documents | sales rows | neighbourhood ms | reads ms | neighbours' reads ms | detect ms | apply ms | batch ms | node CPU ms/batch | re-evaluations/s | load |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    `| ${costs.length} | ${costs.filter((c) => c.reach?.cluster).length}/${costs.filter((c) => c.reach?.neighbourhood).length} | ${mean((c) => c.sellers).toFixed(0)} | ${mean((c) => c.neighbourhood).toFixed(0)} | ${mean((c) => c.rows.profiles).toFixed(0)} | ${mean((c) => c.rows.documents).toFixed(0)} | ${mean((c) => c.rows.sales).toFixed(0)} | ${mean((c) => c.ms.neighbourhood).toFixed(0)} | ${mean((c) => c.ms.reads).toFixed(0)} | ${mean((c) => c.ms.neighbourReads ?? 0).toFixed(0)} | ${mean((c) => c.ms.detect).toFixed(0)} | ${mean((c) => (c.ms.policy ?? 0) + c.ms.apply).toFixed(0)} | ${(total / wall.length).toFixed(0)} | ${((cpu.user + cpu.system) / 1000 / wall.length).toFixed(0)} | ${((batches * 200) / (total / 1000)).toFixed(0)} | ${loadBefore} → ${load()} |`,
    '',
    `Outcomes of policy per batch: ${Object.entries(outcomes)
      .map(([outcome, n]) => `${outcome} ${(n / costs.length).toFixed(1)}`)
      .join(', ')}`,
  ].join('\n'),
);
