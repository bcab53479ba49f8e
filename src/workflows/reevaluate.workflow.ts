import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { Db } from '../adapters/db/database.js';
import { systemPrincipal } from '../modules/access/index.js';
import {
  ASSOCIATION_WEIGHTS,
  addSummaryTo,
  detectAll,
  type Finding,
  findNeighbourhood,
  SALES_HISTORY_DAYS,
  ScanInput,
} from '../modules/risk/index.js';
import {
  findDataQualityNotesOf,
  findFeedOfSellers,
  findMarketDailyOrders,
  watermarksOfSellers,
} from '../modules/sellers/index.js';
import { DAY_MS } from '../platform/clock.js';
import { defineJob } from '../platform/jobs.js';
import { reevaluationDone, reevaluationFailed } from '../platform/metrics.js';
import type { Deps } from './deps.js';
import { marketDailyOrdersBySlices } from './reevaluate.market.js';
import {
  claimReevaluations,
  finishReevaluations,
  queueReevaluation,
  releaseReevaluations,
} from './reevaluation.backlog.js';
import { applyFindings, type CaseCounts } from './scan.workflow.js';
import { summariesOfSellers } from './seller-summaries.js';

const SELLERS_PER_JOB = 200;
/**
 * On PGlite every statement runs in the server's own thread and holds it until it ends: the reads
 * of a batch's neighbourhood go `PGLITE_READ_SLICE` sellers per statement there, so that no
 * statement keeps requests waiting for long (docs/live-path.md). Batches stay at 200: the
 * neighbourhood (capped at 2,000 sellers) costs about the same from 25 sellers as from 200, so
 * smaller batches drained the backlog several times slower for no shorter statement.
 */
const PGLITE_READ_SLICE = 100;
/** Workers draining the backlog at once: one per core (they wait on the database half the time). */
export const REEVALUATION_WORKERS = Math.max(2, availableParallelism());
/** Events for one seller within this wait are re-evaluated once. */
const DEBOUNCE_MS = 1000;
/** Batches one job drains before handing over to a fresh job (a job never runs for hours). */
const BATCHES_PER_JOB = 25;
/** Two hops reach every account of a chain A–B–C from B; the caps bound the work per event. */
const NEIGHBOURHOOD = {
  hops: 2,
  maxPerKey: ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER,
  maxSellers: 2000,
};

/** Earlier releases queued sellers in the job itself: such jobs still drain into the backlog. */
export const sellersChanged = defineJob({
  name: 'sellers.reevaluate',
  payload: z.object({ seller_ids: z.array(z.string().min(1)).min(1).max(SELLERS_PER_JOB) }),
  run: (deps: Deps, { seller_ids }) => enqueueReevaluation(deps, seller_ids),
});

/**
 * Sellers wait in the backlog (`pending_reevaluation`): one wake-up per worker slot, coalesced
 * (policy `short`: a slot with a job already waiting takes no other), drains it.
 */
export const reevaluationDue = defineJob({
  name: 'sellers.reevaluation-due',
  payload: z.object({ slot: z.number().int().min(0) }),
  policy: 'short',
  concurrency: REEVALUATION_WORKERS,
  run: (deps: Deps, { slot }) => drainReevaluations(deps, slot),
});

/**
 * The live path: the same detectors as the batch scan, for the sellers whose data just changed
 * and their association neighbours, as of now, against the whole market's daily orders. Sales are
 * judged only up to the sales feed's watermark: a day not yet received is not a day without sales.
 * Policy opens or updates their cases.
 */
export async function reevaluateSellers(context: Deps, sellerIds: string[]): Promise<CaseCounts> {
  const findings = await liveFindings(context, sellerIds);
  return applyFindings(context, findings, systemPrincipal('live'), 'live');
}

/**
 * What the live path finds for these sellers and their neighbours. Their events come from each
 * seller's summary and the events since (`summary`), or from the whole history (`history`: what
 * the summary must always agree with).
 */
export async function liveFindings(
  context: Deps,
  sellerIds: string[],
  events: 'summary' | 'history' = 'summary',
): Promise<Finding[]> {
  // Their association neighbours too: a new shared device links the other account as well.
  const neighbourhood = await findNeighbourhood(context.db, sellerIds, NEIGHBOURHOOD);
  const fromHistory = events === 'history';
  const input = new ScanInput();
  const salesJudgedThrough = new Map<string, string>();
  for (const slice of slices(neighbourhood, readSlice(context))) {
    const feed = await findFeedOfSellers(context.db, slice, { events: fromHistory });
    for (const seller of feed.sellers) input.addSeller(seller);
    for (const doc of feed.documents) input.addDocument(doc);
    if (fromHistory) for (const event of feed.events) input.addEvent(event);
    else
      for (const [sellerId, summary] of await summariesOfSellers(context.db, slice))
        addSummaryTo(input, sellerId, summary);
    for (const row of feed.sales) input.addSales(row);
    for (const { sellerId, kind, note } of await findDataQualityNotesOf(context.db, slice))
      input.addNotes(sellerId, kind, [note]);
    for (const [sellerId, through] of await watermarksOfSellers(context.db, 'sales', slice))
      salesJudgedThrough.set(sellerId, through);
  }
  const asOf = new Date(Math.floor(context.clock.now().getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const from = new Date(asOf.getTime() - SALES_HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  input.marketOrders = await marketOrders(context, from, asOf.toISOString().slice(0, 10));
  return detectAll(input, { asOf, salesJudgedThrough });
}

/** `SECONDLOOK_PGLITE_SLICES=0` reads as on PostgreSQL (to compare, docs/benchmarks.md). */
const onPglite = (context: Pick<Deps, 'database'>) =>
  context.database.storage === 'pglite' && process.env.SECONDLOOK_PGLITE_SLICES !== '0';
/** Sellers per read statement: all at once on PostgreSQL, slices on PGlite. */
const readSlice = (context: Pick<Deps, 'database'>) =>
  onPglite(context) ? PGLITE_READ_SLICE : Number.POSITIVE_INFINITY;

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  if (items.length <= size) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The market's daily orders move slowly and cost a scan of every sales row: each process keeps
 * them for a few minutes rather than summing them again for every event.
 */
const MARKET_TTL_MS = 5 * 60_000;
const marketCache = new WeakMap<Deps, { key: string; at: number; orders: Promise<Map<string, number>> }>();

function marketOrders(context: Deps, from: string, to: string): Promise<Map<string, number>> {
  const key = `${from}|${to}`;
  const now = Date.now();
  const cached = marketCache.get(context);
  if (cached && cached.key === key && now - cached.at < MARKET_TTL_MS) return cached.orders;
  const orders = onPglite(context)
    ? marketDailyOrdersBySlices(context.db, from, to)
    : findMarketDailyOrders(context.db, from, to);
  marketCache.set(context, { key, at: now, orders });
  orders.catch(() => marketCache.delete(context));
  return orders;
}

/**
 * Queues these sellers for re-evaluation, each once however often it is asked, and wakes the
 * workers after a short debounce. In `transaction`, the sellers wait only if it commits.
 */
export async function enqueueReevaluation(
  context: Deps,
  sellerIds: readonly string[],
  transaction?: Db,
): Promise<void> {
  if (sellerIds.length === 0) return;
  await queueReevaluation(transaction ?? context.db, sellerIds);
  const startAfter = new Date(Date.now() + DEBOUNCE_MS);
  for (let slot = 0; slot < REEVALUATION_WORKERS; slot++)
    await context.queue.send(
      reevaluationDue,
      { slot },
      { singletonKey: `slot-${slot}`, startAfter, ...(transaction ? { transaction } : {}) },
    );
}

/**
 * One worker's turn: claims the longest-waiting sellers in batches and re-evaluates them until
 * the backlog is empty or its share is done (then a fresh job takes over). A batch that fails
 * goes back to wait, and the job fails so that the queue retries it: no seller is lost.
 */
export async function drainReevaluations(context: Deps, slot: number): Promise<void> {
  for (let batch = 0; batch < BATCHES_PER_JOB; batch++) {
    const claimed = await claimReevaluations(context.db, SELLERS_PER_JOB);
    if (claimed.length === 0) return;
    const ids = claimed.map((c) => c.sellerId);
    try {
      await reevaluateSellers(context, ids);
    } catch (error) {
      reevaluationFailed();
      await releaseReevaluations(context.db, ids);
      throw error;
    }
    await finishReevaluations(context.db, ids);
    reevaluationDone(claimed.map((c) => c.queuedAt));
  }
  await context.queue.send(reevaluationDue, { slot }, { singletonKey: `slot-${slot}` });
}
