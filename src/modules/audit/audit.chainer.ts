import { asc, desc, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import { type AuditEntry, GENESIS_HASH, hashAuditEntry } from './audit.chain.js';
import { auditEvents } from './audit.schema.js';

/** Held by the one chainer at work (and the start-up migration); writers never take it. */
const AUDIT_CHAIN_LOCK = 7262002;

export async function lockChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
}

/**
 * Links the committed events that have no position yet, oldest `id` first: each gets the next
 * position, the previous event's hash as `prev_hash`, and its `hash`. One chainer at a time (a
 * transaction-scoped lock that writers never take); `wait: false` gives up at once when another
 * chainer holds it. An event whose transaction commits late (a lower `id` than events already
 * linked) is linked when it is seen: positions follow the order of linking, and have no gaps.
 * Answers how many events it linked.
 */
export async function chainAuditEvents(
  db: Db,
  key: string,
  options: { wait?: boolean; batch?: number } = {},
): Promise<number> {
  const batch = options.batch ?? 2000;
  let total = 0;
  for (;;) {
    const linked = await db.transaction(async (tx) => {
      if (options.wait === false) {
        const [got] = rowsOf<{ ok: boolean }>(
          await tx.execute(sql`select pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK}) as ok`),
        );
        if (!got?.ok) return 0;
      } else await lockChain(tx);
      return linkBatch(tx, key, batch);
    });
    total += linked;
    if (linked < batch) return total;
  }
}

async function linkBatch(tx: Db, key: string, batch: number): Promise<number> {
  const pending = await tx
    .select()
    .from(auditEvents)
    .where(isNull(auditEvents.position))
    .orderBy(asc(auditEvents.id))
    .limit(batch);
  if (!pending.length) return 0;
  const [head] = await tx
    .select({ position: auditEvents.position, hash: auditEvents.hash })
    .from(auditEvents)
    .where(isNotNull(auditEvents.position))
    .orderBy(desc(auditEvents.position))
    .limit(1);
  let position = head?.position ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const ids: number[] = [];
  const positions: number[] = [];
  const prevHashes: string[] = [];
  const hashes: string[] = [];
  for (const row of pending) {
    position += 1;
    const unsigned: Omit<AuditEntry, 'hash'> = { ...row, position, prevHash, legacyHash: row.legacyHash };
    const hash = hashAuditEntry(unsigned, key);
    ids.push(row.id);
    positions.push(position);
    prevHashes.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  }
  await tx.execute(sql`
    update audit_events a set position = v.position, prev_hash = v.prev_hash, hash = v.hash
    from unnest(${sql.param(ids)}::bigint[], ${sql.param(positions)}::bigint[],
      ${sql.param(prevHashes)}::text[], ${sql.param(hashes)}::text[]) as v(id, position, prev_hash, hash)
    where a.id = v.id`);
  return pending.length;
}

/** How many committed events wait for their position (a gauge for `/metrics`). */
export async function unchainedAuditEvents(db: Db): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from audit_events where position is null`),
  );
  return Number(row?.n ?? 0);
}
