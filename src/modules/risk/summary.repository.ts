import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import type { SellerSummary } from './scan/seller.summary.js';

export interface StoredSummary {
  /** Every event written by a transaction before this one is folded in. */
  through: string;
  summary: SellerSummary;
}

export async function findSellerSummaries(
  db: Db,
  sellerIds: readonly string[],
): Promise<Map<string, StoredSummary>> {
  if (sellerIds.length === 0) return new Map();
  const rows = rowsOf<{ seller_id: string; through: string; summary: SellerSummary }>(
    await db.execute(sql`
      select seller_id, through::text as through, summary from seller_summaries
      where seller_id = any(${sql.param([...sellerIds])}::text[])`),
  );
  return new Map(rows.map((r) => [r.seller_id, { through: r.through, summary: r.summary }]));
}

/**
 * Stores these summaries. Two workers may fold the same seller at once (a neighbour of both
 * batches): each summary holds exactly the events before its mark, so the later mark wins.
 */
export async function saveSellerSummaries(
  db: Db,
  rows: readonly ({ sellerId: string } & StoredSummary)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into seller_summaries (seller_id, through, summary)
    select s, t::xid8, j::jsonb
    from unnest(${sql.param(rows.map((r) => r.sellerId))}::text[],
                ${sql.param(rows.map((r) => r.through))}::text[],
                ${sql.param(rows.map((r) => JSON.stringify(r.summary)))}::text[]) as v(s, t, j)
    on conflict (seller_id) do update
      set through = excluded.through, summary = excluded.summary, updated_at = now()
      where seller_summaries.through < excluded.through`);
}
