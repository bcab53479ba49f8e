import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { type AuditEntry, GENESIS_HASH, hashAuditEntry } from './audit.chain.js';
import { auditEvents } from './audit.schema.js';

const AUDIT_LOCK = 7262002;

export interface AuditRecord {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/**
 * Appends one event. Call it inside the transaction that makes the change it records, so the
 * change and its audit event commit together or not at all. Appends are serialised by a
 * transaction-scoped lock: positions have no gaps and each hash chains to the one before.
 */
export async function appendAuditEvent(
  tx: Db,
  key: string,
  at: Date,
  record: AuditRecord,
): Promise<AuditEntry> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx
    .select({ position: auditEvents.position, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.position))
    .limit(1);
  // jsonb normalises what it stores; hash exactly what a later read will give back.
  const data = JSON.parse(JSON.stringify(record.data ?? {})) as unknown;
  const unsigned = {
    position: (last?.position ?? 0) + 1,
    at,
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    data,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntry = { ...unsigned, hash: hashAuditEntry(unsigned, key) };
  await tx.insert(auditEvents).values(entry);
  return entry;
}

/** The whole chain in position order, read in pages so memory stays flat however long it is. */
export async function* readAuditChain(db: Db, pageSize = 1000): AsyncGenerator<AuditEntry> {
  let after = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.position, after))
      .orderBy(asc(auditEvents.position))
      .limit(pageSize);
    for (const row of page) yield row;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.position;
  }
}

export async function findAuditEventsFor(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.position));
}

/** When events of this action happened since a time, optionally only those whose `data.from` is given. */
export async function findEventTimesSince(
  db: Db,
  action: string,
  since: Date,
  options: { from?: string } = {},
): Promise<Date[]> {
  const rows = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, action),
        gt(auditEvents.at, since),
        ...(options.from ? [sql`${auditEvents.data}->>'from' = ${options.from}`] : []),
      ),
    )
    .orderBy(asc(auditEvents.at));
  return rows.map((row) => row.at);
}
