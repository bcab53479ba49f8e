import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../adapters/db/database.js';
import { createAssociationIndex, type Finding, partitionOf, ScanInput } from '../modules/risk/index.js';
import {
  countDataQualityNotesByCode,
  findEventOverview,
  findSalesOverview,
  readEventIdentifierPages,
  readSellerPages,
  type SellerRecord,
} from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import type { Deps } from './deps.js';
import {
  type CaseCounts,
  countByTrigger,
  noCases,
  type ScanStoreOptions,
  type ScanSummary,
} from './scan.workflow.js';
import { type ScanPartitionPayload, type ScanPartitionResult, scanPartition } from './scan-partition.job.js';

export interface PartitionedScanOptions extends ScanStoreOptions {
  /** How many `scan.partition` jobs the sellers are split into (FNV-1a of the seller id). */
  partitions: number;
  /** How often the coordinator looks at its jobs (default 500 ms). */
  pollMs?: number;
  /** Called once when no partition has started after this long: no worker may be running. */
  onNoWorker?: { afterMs: number; call: () => void };
}

export interface PartitionedScanSummary extends ScanSummary {
  partitions: { part: number; sellers: number; cost: ScanPartitionResult['cost'] }[];
}

/** What a partition job needs of the whole store, computed once by the coordinator. */
interface StoreWide {
  sellerIds: string[];
  association: Finding[];
  latestEventAt: number;
  sales: Awaited<ReturnType<typeof findSalesOverview>>;
}

/**
 * The store scan split across `secondlook worker` processes (docs/scale.md): the coordinator
 * reads what must be global once (every profile and event identifier into the association
 * index, the market's daily orders, the feed's bounds), sends one `scan.partition` job per
 * partition with it, and waits for them. The findings and case counts are those of `scanStore`;
 * a partition that fails is named in a `SCAN_PARTITION_FAILED` error once every job has ended.
 */
export async function scanStoreByPartitions(
  context: Deps,
  options: PartitionedScanOptions,
): Promise<PartitionedScanSummary> {
  const { partitions } = options;
  if (!Number.isInteger(partitions) || partitions < 1 || partitions > 1024)
    throw new AppError('VALIDATION_FAILED', 'the scan splits into 1 to 1024 partitions', {
      where: '--partitions',
    });
  options.onStage?.('reading profiles and event identifiers');
  const wide = await readStoreWide(context.db);
  const asOf = options.asOf ?? defaultAsOf(wide);
  const run = randomUUID();
  const byPart = Array.from({ length: partitions }, () => [] as Finding[]);
  for (const finding of wide.association) byPart[partitionOf(finding.seller_id, partitions)]!.push(finding);
  const jobs: string[] = [];
  for (let part = 0; part < partitions; part++) {
    const payload: ScanPartitionPayload = {
      run,
      part,
      partitions,
      as_of: asOf.toISOString().slice(0, 10),
      dry_run: options.dryRun ?? false,
      sales_days:
        wide.sales.earliest && wide.sales.latest
          ? { earliest: wide.sales.earliest, latest: wide.sales.latest }
          : null,
      latest_event_at: Number.isFinite(wide.latestEventAt) ? wide.latestEventAt : null,
      market_orders: [...wide.sales.marketOrders],
      association: JSON.stringify(byPart[part]!),
    };
    jobs.push(await context.queue.sendForResult(scanPartition, payload));
  }
  const results = await waitForPartitions(context, jobs, options);

  const order = new Map(wide.sellerIds.map((id, i) => [id, i]));
  const findings = results
    .flatMap((result) => JSON.parse(result.findings) as Finding[])
    .sort((a, b) => order.get(a.seller_id)! - order.get(b.seller_id)!);
  for (const finding of findings) options.onFinding?.(finding);
  return {
    sellers: wide.sellerIds.length,
    asOf: asOf.toISOString().slice(0, 10),
    findings: countByTrigger(findings),
    cases: options.dryRun ? undefined : sumCases(results.map((result) => result.cases!)),
    notes: await countDataQualityNotesByCode(context.db),
    partitions: results.map(({ part, sellers, cost }) => ({ part, sellers, cost })),
  };
}

/**
 * The association index must see the whole store (same-person matching compares a profile with
 * every earlier one; an identifier held by too many accounts stops linking), in the order the
 * store scan feeds it: profiles by id, then events by key. The store holds an event once per
 * seller and `event_id` (its key), so no duplicate has to be skipped here; only known sellers'
 * events are read, as `ScanInput.addEvent` keeps only those.
 */
async function readStoreWide(db: Db): Promise<StoreWide> {
  const index = createAssociationIndex();
  const sellerIds: string[] = [];
  const known = new Set<string>();
  for await (const page of readSellerPages(db))
    for (const row of page) {
      const profile = row.profile as SellerRecord;
      if (!known.has(profile.seller_id)) sellerIds.push(profile.seller_id);
      known.add(profile.seller_id);
      index.addSeller(profile);
    }
  // Only the events that carry identifiers, only those fields (the others add nothing to the index).
  for await (const page of readEventIdentifierPages(db)) for (const event of page) index.addEvent(event);
  const latestEventAt = (await findEventOverview(db)).latestEventAt ?? Number.NEGATIVE_INFINITY;
  return { sellerIds, association: index.findings(), latestEventAt, sales: await findSalesOverview(db) };
}

/** The SPEC's default scan date, as `ScanInput.defaultAsOf` gives it for the whole store. */
function defaultAsOf(wide: StoreWide): Date {
  const input = new ScanInput();
  input.latestEventAt = wide.latestEventAt;
  if (wide.sales.earliest && wide.sales.latest)
    input.sales.widenDates(wide.sales.earliest, wide.sales.latest);
  return input.defaultAsOf();
}

async function waitForPartitions(
  context: Deps,
  jobs: readonly string[],
  options: PartitionedScanOptions,
): Promise<ScanPartitionResult[]> {
  const results = new Map<number, ScanPartitionResult>();
  const failures = new Map<number, string>();
  const started = Date.now();
  let anyStarted = false;
  let warned = false;
  while (results.size + failures.size < jobs.length) {
    for (let part = 0; part < jobs.length; part++) {
      if (results.has(part) || failures.has(part)) continue;
      const state = await context.queue.resultOf(scanPartition, jobs[part]!);
      if (state.state !== 'waiting') anyStarted = true;
      if (state.state === 'done') results.set(part, state.result as ScanPartitionResult);
      else if (state.state === 'failed') failures.set(part, state.error);
    }
    options.onStage?.(`partitions done: ${results.size} of ${jobs.length}`);
    if (!anyStarted && !warned && options.onNoWorker && Date.now() - started > options.onNoWorker.afterMs) {
      warned = true;
      options.onNoWorker.call();
    }
    if (results.size + failures.size < jobs.length) await sleep(options.pollMs ?? 500);
  }
  if (failures.size > 0)
    throw new AppError(
      'SCAN_PARTITION_FAILED',
      [...failures]
        .map(([part, error]) => `partition ${part} of ${jobs.length} (job ${jobs[part]}) failed: ${error}`)
        .join('; '),
      { where: `scan.partition ${[...failures.keys()].join(', ')}` },
    );
  return [...results.values()].sort((a, b) => a.part - b.part);
}

function sumCases(counts: readonly CaseCounts[]): CaseCounts {
  const total = noCases();
  for (const count of counts)
    for (const key of Object.keys(total) as (keyof CaseCounts)[]) total[key] += count[key];
  return total;
}
