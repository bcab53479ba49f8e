import {
  ASSOCIATION_WEIGHTS,
  addSummaryLinksTo,
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
  type SalesRecord,
  watermarksOfSellers,
} from '../modules/sellers/index.js';
import { DAY_MS } from '../platform/clock.js';
import type { Deps } from './deps.js';
import { marketDailyOrdersBySlices } from './reevaluate.market.js';
import { summariesOfSellers } from './seller-summaries.js';

/**
 * On PGlite every statement runs in the server's own thread and holds it until it ends: the reads
 * of a batch's neighbourhood go `PGLITE_READ_SLICE` sellers per statement there, so that no
 * statement keeps requests waiting for long (docs/live-path.md). Batches stay at 200: the
 * neighbourhood (capped at 2,000 sellers) costs about the same from 25 sellers as from 200, so
 * smaller batches drained the backlog several times slower for no shorter statement.
 */
const PGLITE_READ_SLICE = 100;
/** Two hops reach every account of a chain A–B–C from B; the caps bound the work per event. */
const NEIGHBOURHOOD = {
  hops: 2,
  maxPerKey: ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER,
  maxSellers: 2000,
};

/** What one batch cost, step by step (logged at debug level; `bench/load/reevaluate-batch.bench.ts` reads it). */
export interface BatchCost {
  sellers: number;
  neighbourhood: number;
  /** Rows read for the detectors: profiles, documents, sales days. */
  rows: { profiles: number; documents: number; sales: number };
  /** `reads`: the changed sellers' (and the market's orders); `neighbourReads`: their neighbours'. */
  ms: { neighbourhood: number; reads: number; neighbourReads: number; detect: number; apply: number };
}

export const emptyBatchCost = (): BatchCost => ({
  sellers: 0,
  neighbourhood: 0,
  rows: { profiles: 0, documents: 0, sales: 0 },
  ms: { neighbourhood: 0, reads: 0, neighbourReads: 0, detect: 0, apply: 0 },
});

/** Milliseconds since the last call, added to `cost.ms[step]`. */
function stepTimer(cost: BatchCost) {
  let last = performance.now();
  return (step: keyof BatchCost['ms']) => {
    const now = performance.now();
    cost.ms[step] += now - last;
    last = now;
  };
}

/**
 * What the live path finds for these sellers and their neighbours: every trigger for the sellers
 * whose data changed; for their association neighbours only `account_association`, the one
 * trigger a change to another seller can move (a shared identifier links both accounts). So a
 * neighbour is read only for what the association index reads (its profile and identifiers) and
 * the data-quality notes a finding cites, never its sales, documents or whereabouts. Events come
 * from each seller's summary and the events since (`summary`), or from the whole history
 * (`history`: what the summary must always agree with).
 */
export async function liveFindings(
  context: Deps,
  sellerIds: string[],
  events: 'summary' | 'history' = 'summary',
  cost: BatchCost = emptyBatchCost(),
): Promise<Finding[]> {
  const took = stepTimer(cost);
  const neighbourhood = await findNeighbourhood(context.db, sellerIds, NEIGHBOURHOOD);
  const changed = new Set(sellerIds);
  const neighbours = neighbourhood.filter((id) => !changed.has(id));
  cost.sellers += sellerIds.length;
  cost.neighbourhood += neighbourhood.length;
  took('neighbourhood');
  const fromHistory = events === 'history';
  const input = new ScanInput();
  const sales: SalesRecord[] = [];
  const salesJudgedThrough = new Map<string, string>();
  for (const slice of slices(sellerIds, readSlice(context))) {
    const feed = await findFeedOfSellers(context.db, slice, { events: fromHistory });
    cost.rows.profiles += feed.sellers.length;
    cost.rows.documents += feed.documents.length;
    cost.rows.sales += feed.sales.length;
    for (const seller of feed.sellers) input.addSeller(seller);
    for (const doc of feed.documents) input.addDocument(doc);
    if (fromHistory) for (const event of feed.events) input.addEvent(event);
    else
      for (const [sellerId, summary] of await summariesOfSellers(context.db, slice))
        addSummaryTo(input, sellerId, summary);
    sales.push(...feed.sales);
    await addNotesOf(context, input, slice);
    for (const [sellerId, through] of await watermarksOfSellers(context.db, 'sales', slice))
      salesJudgedThrough.set(sellerId, through);
  }
  took('reads');
  for (const slice of slices(neighbours, readSlice(context))) {
    const feed = await findFeedOfSellers(context.db, slice, {
      events: fromHistory,
      sales: false,
      documents: false,
    });
    cost.rows.profiles += feed.sellers.length;
    for (const seller of feed.sellers) input.addSeller(seller);
    if (fromHistory) for (const event of feed.events) input.addEvent(event);
    else
      for (const [sellerId, summary] of await summariesOfSellers(context.db, slice))
        addSummaryLinksTo(input, sellerId, summary);
    await addNotesOf(context, input, slice);
  }
  took('neighbourReads');
  const asOf = new Date(Math.floor(context.clock.now().getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const from = new Date(asOf.getTime() - SALES_HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  input.marketOrders = await marketOrders(context, from, asOf.toISOString().slice(0, 10));
  took('reads');
  const findings = detectLive(input, sellerIds, neighbours, sales, { asOf, salesJudgedThrough });
  took('detect');
  return findings;
}

async function addNotesOf(context: Deps, input: ScanInput, sellerIds: string[]) {
  for (const { sellerId, kind, note } of await findDataQualityNotesOf(context.db, sellerIds))
    input.addNotes(sellerId, kind, [note]);
}

/**
 * Every detector on the changed sellers (with their sales), and on the neighbours only those that
 * need no feed but the profiles (`account_association`): their documents, events and sales were
 * not read, so a detector needing them stays silent, as for a feed file that is absent. Both parts
 * share the association index of the whole neighbourhood.
 */
function detectLive(
  input: ScanInput,
  changed: readonly string[],
  neighbours: readonly string[],
  sales: readonly SalesRecord[],
  options: Parameters<typeof detectAll>[1],
): Finding[] {
  const inStore = (ids: readonly string[]) => ids.filter((id) => input.sellers.has(id));
  const judged = ScanInput.partOf(input, inStore(changed), input.association);
  for (const row of sales) judged.addSales(row);
  // The sales panel starts on the market's first day of sales in the window, as in the batch
  // scan, whichever sellers the batch holds: before it unknown, after it a day without sales.
  const firstDay = [...(input.marketOrders?.keys() ?? [])].reduce<string | undefined>(
    (min, day) => (min === undefined || day < min ? day : min),
    undefined,
  );
  if (firstDay) judged.sales.widenDates(firstDay, firstDay);
  const near = ScanInput.partOf(
    input,
    inStore(neighbours),
    input.association,
    new Set(['documents', 'events', 'sales'] as const),
  );
  return [...detectAll(judged, options), ...detectAll(near, { asOf: options.asOf })];
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
