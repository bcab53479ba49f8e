import { sql } from 'drizzle-orm';
import { readCounters } from '../adapters/db/counters.js';
import { type Db, rowsOf } from '../adapters/db/database.js';

/** How long a worker holds a batch it claimed; past it, a crashed worker's batch is claimed again. */
const CLAIM = sql`interval '5 minutes'`;

/**
 * Puts sellers in the re-evaluation backlog, once each: a seller already waiting stays as it was
 * (its wait counts from its first event); one being re-evaluated now is marked to go once more.
 * In seller order: two batches sharing sellers lock them in the same order (never a deadlock).
 */
export async function queueReevaluation(db: Db, sellerIds: readonly string[]): Promise<void> {
  if (sellerIds.length === 0) return;
  await db.execute(sql`
    insert into pending_reevaluation (seller_id)
    select distinct s from unnest(${sql.param([...sellerIds])}::text[]) as s order by s
    on conflict (seller_id) do update set requeued = true
      where pending_reevaluation.claimed_until is not null and not pending_reevaluation.requeued`);
}

export interface ClaimedSeller {
  sellerId: string;
  queuedAt: Date;
}

/** Claims up to `limit` of the longest-waiting sellers that no other worker holds. */
export async function claimReevaluations(db: Db, limit: number): Promise<ClaimedSeller[]> {
  const rows = rowsOf<{ seller_id: string; queued_at: string | Date }>(
    await db.execute(sql`
      update pending_reevaluation set claimed_until = now() + ${CLAIM}
      where seller_id in (
        select seller_id from pending_reevaluation
        where claimed_until is null or claimed_until < now()
        order by queued_at limit ${limit}
        for update skip locked)
      returning seller_id, queued_at`),
  );
  return rows.map((r) => ({ sellerId: r.seller_id, queuedAt: new Date(r.queued_at) }));
}

/** Done: the sellers leave the backlog, except those an event re-queued meanwhile (they wait again). */
export async function finishReevaluations(db: Db, sellerIds: readonly string[]): Promise<void> {
  const ids = sql.param([...sellerIds]);
  await db.execute(
    sql`delete from pending_reevaluation where seller_id = any(${ids}::text[]) and not requeued`,
  );
  await db.execute(sql`
    update pending_reevaluation set requeued = false, claimed_until = null, queued_at = now()
    where seller_id = any(${ids}::text[])`);
}

/** Failed: the sellers wait again, first in line, for the retry. */
export async function releaseReevaluations(db: Db, sellerIds: readonly string[]): Promise<void> {
  await db.execute(sql`
    update pending_reevaluation set claimed_until = null
    where seller_id = any(${sql.param([...sellerIds])}::text[])`);
}

/**
 * The backlog now: sellers waiting (claimed or not), from the counter the database keeps, and the
 * age of the oldest wait (the first entry of the `queued_at` index): no count of the backlog.
 */
export async function reevaluationBacklog(db: Db): Promise<{ waiting: number; oldestSeconds: number }> {
  const [row] = rowsOf<{ oldest: number | null }>(
    await db.execute(sql`
      select extract(epoch from now() - min(queued_at))::float8 as oldest from pending_reevaluation`),
  );
  const waiting = (await readCounters(db, 'reevaluation:')).get('waiting') ?? 0;
  return { waiting, oldestSeconds: Number(row?.oldest ?? 0) };
}
