import type { Db } from '../adapters/db/database.js';
import {
  emptySellerSummary,
  findSellerSummaries,
  foldEvents,
  type SellerSummary,
  type StoredSummary,
  saveSellerSummaries,
} from '../modules/risk/index.js';
import { type EventRecord, findEventsArrivedSince } from '../modules/sellers/index.js';

/**
 * Each seller's events as the detectors need them, reading only what arrived since the stored
 * summary was built: the summary's row, and the events written by a transaction at or after its
 * mark. Events before the horizon (every transaction before it has ended) are folded into the
 * stored summary; later ones (a transaction still open when the horizon was read, committed when
 * the events were) count now and are folded next time.
 */
export async function summariesOfSellers(
  db: Db,
  sellerIds: readonly string[],
): Promise<Map<string, SellerSummary>> {
  const stored = await findSellerSummaries(db, sellerIds);
  const { horizon, events } = await findEventsArrivedSince(
    db,
    sellerIds.map((sellerId) => ({ sellerId, through: stored.get(sellerId)?.through ?? '0' })),
  );
  const settledBefore = BigInt(horizon);
  const settled = new Map<string, EventRecord[]>();
  const open = new Map<string, EventRecord[]>();
  for (const { arrivedIn, event } of events) {
    const into = BigInt(arrivedIn) < settledBefore ? settled : open;
    const list = into.get(event.seller_id) ?? [];
    list.push(event);
    into.set(event.seller_id, list);
  }
  const summaries = new Map<string, SellerSummary>();
  const toSave: ({ sellerId: string } & StoredSummary)[] = [];
  for (const sellerId of sellerIds) {
    const known = stored.get(sellerId);
    const folded = foldEvents(known?.summary ?? emptySellerSummary(), settled.get(sellerId) ?? []);
    if (!known || (settled.has(sellerId) && BigInt(known.through) < settledBefore))
      toSave.push({ sellerId, through: horizon, summary: folded });
    const late = open.get(sellerId);
    summaries.set(sellerId, late ? foldEvents(folded, late) : folded);
  }
  await saveSellerSummaries(db, toSave);
  return summaries;
}
