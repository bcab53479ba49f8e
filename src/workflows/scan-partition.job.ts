import { hostname } from 'node:os';
import { z } from 'zod';
import { systemPrincipal } from '../modules/access/index.js';
import {
  associationFoundElsewhere,
  detectAll,
  type Finding,
  partitionOf,
  ScanInput,
} from '../modules/risk/index.js';
import {
  listSellerIds,
  readActivityOfSellers,
  readDocumentsOfSellers,
  readFeedOfSellerPages,
  readSalesOfSellers,
} from '../modules/sellers/index.js';
import { defineJob } from '../platform/jobs.js';
import { safeErrorText } from '../platform/safe-error.js';
import type { Deps } from './deps.js';
import { applyFindings, type CaseCounts } from './scan.workflow.js';

/**
 * One partition of a store scan run across `secondlook worker` processes (docs/scale.md, "The
 * store scan across worker processes"): what the coordinator computed once for the whole store
 * travels in the payload, the partition's own sellers are read by the worker.
 */
const payload = z.object({
  run: z.string().min(1),
  part: z.number().int().min(0),
  partitions: z.number().int().min(1),
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dry_run: z.boolean(),
  /** The store's first and last day with orders (absent: no sales). */
  sales_days: z.object({ earliest: z.string(), latest: z.string() }).nullable(),
  /** The latest event's time in ms (null: no event), which the detectors see as the feed's. */
  latest_event_at: z.number().nullable(),
  /** The whole market's orders per day. */
  market_orders: z.array(z.tuple([z.string(), z.number()])),
  /**
   * The account_association findings of this partition's sellers, from the index of the whole
   * store, as JSON text: the queue keeps payloads as `jsonb`, which would reorder their keys.
   */
  association: z.string(),
});
export type ScanPartitionPayload = z.infer<typeof payload>;

/** What a partition job leaves as its result: its findings, what policy did, and what it cost. */
export interface ScanPartitionResult {
  part: number;
  sellers: number;
  /** As JSON text, so that the findings' keys keep their order through the queue's `jsonb`. */
  findings: string;
  cases: CaseCounts | null;
  cost: { wallSeconds: number; cpuSeconds: number; peakRssMb: number; worker: string };
}

export const scanPartition = defineJob({
  name: 'scan.partition',
  payload,
  // A failure is reported to the coordinator after one retry (a lost worker is retried too);
  // a partition of 25,000 sellers may take long on a loaded machine before it is taken for lost.
  retryLimit: 1,
  expireInSeconds: 4 * 3600,
  // The queue keeps a failure's message for the coordinator: never a query's values.
  run: (deps: Deps, job: ScanPartitionPayload) =>
    scanPartitionOfStore(deps, job).catch((error: unknown) => {
      throw new Error(safeErrorText(error).replaceAll('\n', ' | '));
    }),
});

/**
 * Reads one partition's sellers (FNV-1a of the id, as every scan splits them) with their
 * documents, notes, whereabouts, identity checks and sales, runs every detector, and lets policy open or update their
 * cases, exactly as the single-process store scan does for them. Cases are per seller, so no two
 * partitions write the same case; run twice, the second run finds every case as it left it.
 */
async function scanPartitionOfStore(deps: Deps, job: ScanPartitionPayload): Promise<ScanPartitionResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const ids = (await listSellerIds(deps.db)).filter((id) => partitionOf(id, job.partitions) === job.part);
  const input = new ScanInput(associationFoundElsewhere(JSON.parse(job.association) as Finding[]));
  for await (const page of readFeedOfSellerPages(deps.db, ids)) {
    for (const profile of page.profiles) input.addSeller(profile);
    for (const { sellerId, kind, note } of page.notes) input.addNotes(sellerId, kind, [note]);
  }
  // Of their documents, what the detectors read; of their events, only whereabouts and identity
  // checks (the association findings came with the job): reduced in SQL.
  for await (const page of readDocumentsOfSellers(deps.db, input.sellerIds))
    for (const document of page) input.addDocument(document);
  for await (const page of readActivityOfSellers(deps.db, input.sellerIds))
    for (const event of page) input.addActivity(event);
  input.latestEventAt = job.latest_event_at ?? Number.NEGATIVE_INFINITY;
  input.marketOrders = new Map(job.market_orders);
  if (job.sales_days) {
    input.sales.widenDates(job.sales_days.earliest, job.sales_days.latest);
    await readSalesOfSellers(deps.db, input.sellerIds, (sellerId, day, orders, revenue) =>
      input.sales.addDay(input.sellers.get(sellerId)!.index, day, orders, revenue),
    );
  }
  const findings = detectAll(input, { asOf: new Date(`${job.as_of}T00:00:00Z`) });
  const cases = job.dry_run ? null : await applyFindings(deps, findings, systemPrincipal('scan'));
  const used = process.cpuUsage(cpu);
  return {
    part: job.part,
    sellers: input.sellerIds.length,
    findings: JSON.stringify(findings),
    cases,
    cost: {
      wallSeconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      worker: `${hostname()}:${process.pid}`,
    },
  };
}
