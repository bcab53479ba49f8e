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
  findFeedOfSellers,
  findMarketDailyOrders,
  type SalesRecord,
  watermarksOfSellers,
} from '../modules/sellers/index.js';
import { DAY_MS } from '../platform/clock.js';
import type { Deps } from './deps.js';
import { addLiveStateTo, holdClusterReads, liveStateOn } from './live-state.js';
import { profilesChanged, readClusters } from './reevaluate.cluster.js';
import { marketDailyOrdersBySlices } from './reevaluate.market.js';
import { addNotesOf, onPglite, readForAssociation, readSlice, slices } from './reevaluate.reads.js';
import { summariesOfSellers } from './seller-summaries.js';

/** Two hops reach every account of a chain A–B–C from B; the caps bound the work per event. */
const NEIGHBOURHOOD = {
  hops: 2,
  maxPerKey: ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER,
  maxSellers: 2000,
};

/** What one batch cost, step by step (logged at debug level; `bench/load/reevaluate-batch.bench.ts` reads it). */
export interface BatchCost {
  sellers: number;
  /** Batches that read only their clusters (`cluster`) or the two-hop neighbourhood. */
  reach: { cluster: number; neighbourhood: number };
  neighbourhood: number;
  /** Changed sellers whose cluster the scan state knew (alone in it, nothing changed): not read. */
  clusters: { alone: number };
  /** Rows read for the detectors: profiles, documents, sales days. */
  rows: { profiles: number; documents: number; sales: number };
  /** `reads`: the changed sellers'; `neighbourReads`: their neighbours'; `market`: the market's daily orders. */
  ms: {
    neighbourhood: number;
    reads: number;
    neighbourReads: number;
    market: number;
    detect: number;
    /** The reads before the case write: sellers known, the policy, the open cases' reasons. */
    policy: number;
    apply: number;
  };
}

export const emptyBatchCost = (): BatchCost => ({
  sellers: 0,
  reach: { cluster: 0, neighbourhood: 0 },
  neighbourhood: 0,
  clusters: { alone: 0 },
  rows: { profiles: 0, documents: 0, sales: 0 },
  ms: { neighbourhood: 0, reads: 0, neighbourReads: 0, market: 0, detect: 0, policy: 0, apply: 0 },
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
 * Which neighbours a batch reads: `cluster`, the association clusters of its sellers only (when no
 * profile of the batch changed since it was created: no link can have been dropped);
 * `neighbourhood`, every seller within two shared keys; `auto` chooses.
 */
export type LiveReach = 'auto' | 'cluster' | 'neighbourhood';

/**
 * What the live path finds for these sellers and their neighbours: every trigger for the sellers
 * whose data changed; for their association neighbours only `account_association`, the one
 * trigger a change to another seller can move (a shared identifier links both accounts). So a
 * neighbour is read only for what the association index reads (its profile and identifiers) and
 * the data-quality notes a finding cites, never its sales, documents or whereabouts. Events come
 * from each seller's summary and the events since (`summary`), or from the whole history
 * (`history`: what the summary must always agree with). The neighbours are the two-hop
 * neighbourhood, or only the members of the sellers' clusters (`reach`, `readClusters`).
 */
export async function liveFindings(...args: Parameters<typeof evaluateLive>): Promise<Finding[]> {
  return (await evaluateLive(...args)).findings;
}

/**
 * `liveFindings`, with the entity type of every seller whose profile it read (the sellers in the
 * store among these and their neighbours): what policy needs of them, so the case write reads
 * nothing of the sellers again.
 */
export async function evaluateLive(
  context: Deps,
  sellerIds: string[],
  events: 'summary' | 'history' = 'summary',
  cost: BatchCost = emptyBatchCost(),
  reach: LiveReach = 'auto',
): Promise<{ findings: Finding[]; entityTypes: Map<string, 'business' | 'individual'> }> {
  const took = stepTimer(cost);
  const fromHistory = events === 'history';
  const input = new ScanInput();
  // From this worker's scan state (one delta read), or every part read from the store.
  const held = !fromHistory && liveStateOn() ? await addLiveStateTo(context, input, sellerIds) : undefined;
  if (held) {
    for (const step of ['profiles', 'documents', 'sales'] as const) cost.rows[step] += held.rows[step];
    took('reads');
  }
  const clusterOnly =
    reach === 'cluster' ||
    (reach === 'auto' && !(held ? held.profilesChanged : await profilesChanged(context, sellerIds)));
  const neighbourhood = clusterOnly
    ? sellerIds
    : await findNeighbourhood(context.db, sellerIds, NEIGHBOURHOOD);
  const changed = new Set(sellerIds);
  cost.sellers += sellerIds.length;
  cost.reach[clusterOnly ? 'cluster' : 'neighbourhood'] += 1;
  took('neighbourhood');
  const sales: SalesRecord[] = held?.sales ?? [];
  const salesJudgedThrough = held?.salesJudgedThrough ?? new Map<string, string>();
  for (const slice of held ? [] : slices(sellerIds, readSlice(context))) {
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
  let neighbours: string[];
  if (clusterOnly) {
    const alone = held?.alone ?? new Set<string>();
    const clusters = await readClusters(context, input, sellerIds, fromHistory, alone);
    if (held) {
      const read = sellerIds.filter((id) => !alone.has(id));
      const isAlone = (id: string) => clusters.complete && input.association.clusterOf(id).length <= 1;
      holdClusterReads(context.db, held.links, read, isAlone);
    }
    cost.clusters.alone += alone.size;
    neighbours = clusters.members;
    cost.rows.profiles += clusters.profiles;
    cost.neighbourhood += sellerIds.length + clusters.profiles;
  } else {
    neighbours = neighbourhood.filter((id) => !changed.has(id));
    cost.rows.profiles += await readForAssociation(
      context,
      input,
      neighbours,
      { profiles: true, links: true },
      fromHistory,
    );
    cost.neighbourhood += neighbourhood.length;
  }
  took('neighbourReads');
  const asOf = new Date(Math.floor(context.clock.now().getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const from = new Date(asOf.getTime() - SALES_HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  input.marketOrders = await marketOrders(context, from, asOf.toISOString().slice(0, 10));
  took('market');
  const findings = detectLive(input, sellerIds, neighbours, sales, { asOf, salesJudgedThrough });
  took('detect');
  const entityTypes = new Map<string, 'business' | 'individual'>();
  for (const [sellerId, { record }] of input.sellers) entityTypes.set(sellerId, record.entity_type);
  return { findings, entityTypes };
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
