import { and, asc, between, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { type AuditEntry, GENESIS_HASH, hashAuditEntry } from './audit.chain.js';
import { commitPersonalFields, type RevealedValue, revealPersonalFields } from './audit.commitment.js';
import { auditEvents, auditPersonalValues } from './audit.schema.js';

export const AUDIT_LOCK = 7262002;

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
  const { data, values } = commitPersonalFields(JSON.parse(JSON.stringify(record.data ?? {})));
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
  await tx.insert(auditEvents).values({ ...entry, scheme: 2 });
  await savePersonalValues(tx, entry, values);
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
    const first = page[0];
    const last = page.at(-1);
    const values = first && last ? await personalValuesBetween(db, first.position, last.position) : new Map();
    for (const row of page) yield { ...row, personal: values.get(row.position) ?? [] };
    if (!last || page.length < pageSize) return;
    after = last.position;
  }
}

/**
 * An entity's events in chain order, as committed (`data` holds commitments) with the personal
 * values still kept beside them: what an offline verifier needs.
 */
export async function findCommittedAuditEventsFor(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.position));
  const values = await db
    .select()
    .from(auditPersonalValues)
    .where(and(eq(auditPersonalValues.entityType, entityType), eq(auditPersonalValues.entityId, entityId)));
  const byPosition = groupByPosition(values);
  return rows.map((row) => ({ ...row, personal: byPosition.get(row.position) ?? [] }));
}

/** An entity's events as people read them: personal values in place, `"[erased]"` where erased. */
export async function findAuditEventsFor(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<AuditEntry[]> {
  const entries = await findCommittedAuditEventsFor(db, entityType, entityId);
  return entries.map((entry) => ({ ...entry, data: revealPersonalFields(entry.data, entry.personal ?? []) }));
}

/** Erases the personal values (and salts) of these entities' events; answers how many were erased. */
export async function eraseAuditValuesOf(db: Db, entityType: string, entityIds: string[]): Promise<number> {
  if (!entityIds.length) return 0;
  const erased = await db
    .delete(auditPersonalValues)
    .where(
      and(eq(auditPersonalValues.entityType, entityType), inArray(auditPersonalValues.entityId, entityIds)),
    )
    .returning({ position: auditPersonalValues.position });
  return erased.length;
}

export async function savePersonalValues(
  tx: Db,
  entry: Pick<AuditEntry, 'position' | 'entityType' | 'entityId'>,
  values: RevealedValue[],
): Promise<void> {
  if (!values.length) return;
  await tx.insert(auditPersonalValues).values(
    values.map((v) => ({
      position: entry.position,
      path: v.path,
      entityType: entry.entityType,
      entityId: entry.entityId,
      value: v.value,
      salt: v.salt,
    })),
  );
}

async function personalValuesBetween(db: Db, from: number, to: number) {
  const rows = await db
    .select()
    .from(auditPersonalValues)
    .where(between(auditPersonalValues.position, from, to));
  return groupByPosition(rows);
}

function groupByPosition(rows: { position: number; path: string; value: unknown; salt: string }[]) {
  const byPosition = new Map<number, RevealedValue[]>();
  for (const row of rows) {
    const list = byPosition.get(row.position) ?? [];
    list.push({ path: row.path, value: row.value, salt: row.salt });
    byPosition.set(row.position, list);
  }
  return byPosition;
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
