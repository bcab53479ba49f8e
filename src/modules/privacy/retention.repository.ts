import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import type { DataKind } from './personal-data.map.js';
import { retentionPurges } from './privacy.schema.js';
import type { RetentionEvent } from './retention.contract.js';

const OPEN = sql`('awaiting_documents','submitted','in_review','info_requested','rejected','appealed')`;

/** When the rule's event last happened for a seller (a closed case is past its appeal window). */
function eventTime(event: RetentionEvent): SQL {
  if (event === 'seller_deactivated') return sql`(case when s.status = 'deactivated' then s.updated_at end)`;
  return sql`(select max(c.closed_at) from cases c where c.seller_id = s.seller_id)`;
}

/**
 * Sellers whose data of this kind is due: the event happened before the cutoff, no legal hold
 * and no open case or appeal suspends it, and it was not purged since that event. Keyset pages
 * (`after` the last seller of the previous batch), so a run reads the sellers once.
 */
export async function findSellersDueForPurge(
  db: Db,
  kind: DataKind,
  event: RetentionEvent,
  cutoff: Date,
  limit: number,
  after = '',
): Promise<string[]> {
  const at = eventTime(event);
  const rows = rowsOf<{ seller_id: string }>(
    await db.execute(sql`select s.seller_id from sellers s
      where s.seller_id > ${after} and ${at} < ${cutoff.toISOString()}::timestamptz
        and not exists (select 1 from legal_holds h where h.seller_id = s.seller_id and h.lifted_at is null)
        and not exists (select 1 from cases c where c.seller_id = s.seller_id and c.status in ${OPEN})
        and not exists (select 1 from retention_purges p where p.seller_id = s.seller_id and p.kind = ${kind}
          and p.purged_at >= ${at})
      order by s.seller_id limit ${limit}`),
  );
  return rows.map((r) => r.seller_id);
}

export async function recordPurges(
  db: Db,
  rows: { sellerId: string; kind: DataKind; policyVersion: string; purgedAt: Date }[],
): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(retentionPurges)
    .values(rows)
    .onConflictDoUpdate({
      target: [retentionPurges.sellerId, retentionPurges.kind],
      set: { policyVersion: sql`excluded.policy_version`, purgedAt: sql`excluded.purged_at` },
    });
}
