import { z } from 'zod';
import type { Db } from '../adapters/db/database.js';
import type { AppContext } from '../app/context.js';
import { systemPrincipal } from '../modules/access/index.js';
import { ASSOCIATION_WEIGHTS, findNeighbourhood } from '../modules/risk/index.js';
import { detectAll, SALES_HISTORY_DAYS, ScanInput } from '../modules/risk/scan/index.js';
import {
  findDataQualityNotesOf,
  findFeedOfSellers,
  findMarketDailyOrders,
  watermarksOfSellers,
} from '../modules/sellers/index.js';
import { DAY_MS } from '../platform/clock.js';
import { defineJob } from '../platform/jobs.js';
import { applyFindings, type CaseCounts } from './scan.workflow.js';

const SELLERS_PER_JOB = 200;
/** Two hops reach every account of a chain A–B–C from B; the caps bound the work per event. */
const NEIGHBOURHOOD = {
  hops: 2,
  maxPerKey: ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER,
  maxSellers: 2000,
};

/** Some sellers' feed changed through the API: run the detectors for them again. */
export const sellersChanged = defineJob({
  name: 'sellers.reevaluate',
  payload: z.object({ seller_ids: z.array(z.string().min(1)).min(1).max(SELLERS_PER_JOB) }),
});

/**
 * The live path: the same detectors as the batch scan, for the sellers whose data just changed
 * and their association neighbours, as of now, against the whole market's daily orders. Sales are
 * judged only up to the sales feed's watermark: a day not yet received is not a day without sales.
 * Policy opens or updates their cases.
 */
export async function reevaluateSellers(context: AppContext, sellerIds: string[]): Promise<CaseCounts> {
  // Their association neighbours too: a new shared device links the other account as well.
  const neighbourhood = await findNeighbourhood(context.db, sellerIds, NEIGHBOURHOOD);
  const feed = await findFeedOfSellers(context.db, neighbourhood);
  const input = new ScanInput();
  for (const seller of feed.sellers) input.addSeller(seller);
  for (const doc of feed.documents) input.addDocument(doc);
  for (const event of feed.events) input.addEvent(event);
  for (const row of feed.sales) input.addSales(row);
  for (const { sellerId, kind, note } of await findDataQualityNotesOf(context.db, neighbourhood))
    input.addNotes(sellerId, kind, [note]);
  const asOf = new Date(Math.floor(context.clock.now().getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const from = new Date(asOf.getTime() - SALES_HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  input.marketOrders = await marketOrders(context, from, asOf.toISOString().slice(0, 10));
  const salesJudgedThrough = await watermarksOfSellers(context.db, 'sales', neighbourhood);
  const findings = detectAll(input, { asOf, salesJudgedThrough });
  return applyFindings(context, findings, systemPrincipal('live'), 'live');
}

/**
 * The market's daily orders move slowly and cost a scan of every sales row: each process keeps
 * them for a few minutes rather than summing them again for every event.
 */
const MARKET_TTL_MS = 5 * 60_000;
const marketCache = new WeakMap<
  AppContext,
  { key: string; at: number; orders: Promise<Map<string, number>> }
>();

function marketOrders(context: AppContext, from: string, to: string): Promise<Map<string, number>> {
  const key = `${from}|${to}`;
  const now = Date.now();
  const cached = marketCache.get(context);
  if (cached && cached.key === key && now - cached.at < MARKET_TTL_MS) return cached.orders;
  const orders = findMarketDailyOrders(context.db, from, to);
  marketCache.set(context, { key, at: now, orders });
  orders.catch(() => marketCache.delete(context));
  return orders;
}

/** Enqueues the re-evaluation of these sellers, in jobs of a bounded size. */
export async function enqueueReevaluation(
  context: AppContext,
  sellerIds: readonly string[],
  transaction?: Db,
): Promise<void> {
  for (let i = 0; i < sellerIds.length; i += SELLERS_PER_JOB)
    await context.queue.send(
      sellersChanged,
      { seller_ids: sellerIds.slice(i, i + SELLERS_PER_JOB) },
      transaction ? { transaction } : {},
    );
}
