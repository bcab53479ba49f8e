import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import { type AuditEntry, sealAuditEntry } from './audit.chain.js';
import { commitPersonalFields, type RevealedValue, revealPersonalFields } from './audit.commitment.js';
import { auditEvents, auditPersonalValues } from './audit.schema.js';

export interface AuditRecord {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/**
 * Appends one event. Call it inside the transaction that makes the change it records, so the
 * change and its audit event commit together or not at all. It takes no lock: the event gets an
 * `id` from an identity and a `seal` (the keyed hash of its content); the chainer
 * (`chainAuditEvents`) gives it its position and links it into the chain after commit.
 */
export async function appendAuditEvent(
  tx: Db,
  key: string,
  at: Date,
  record: AuditRecord,
): Promise<{ id: number }> {
  // jsonb normalises what it stores; hash exactly what a later read will give back.
  const { data, values } = commitPersonalFields(JSON.parse(JSON.stringify(record.data ?? {})));
  const content = {
    at,
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    data,
  };
  // One statement for the event and its personal values: a round trip less per audited write
  // (the writer's CPU per statement is what bounds audited writes/s: docs/live-path.md).
  const [row] = rowsOf<{ id: string | number }>(
    await tx.execute(sql`
      with event as (
        insert into audit_events (at, actor, action, entity_type, entity_id, data, seal, scheme)
        values (${at.toISOString()}::timestamptz, ${record.actor}, ${record.action}, ${record.entityType},
                ${record.entityId}, ${JSON.stringify(data)}::jsonb, ${sealAuditEntry(content, key)}, 3)
        returning id),
      personal as (
        insert into audit_personal_values (event_id, path, entity_type, entity_id, value, salt)
        select event.id, v.path, ${record.entityType}, ${record.entityId}, v.value::jsonb, v.salt
        from event, unnest(${sql.param(values.map((v) => v.path))}::text[],
                           ${sql.param(values.map((v) => JSON.stringify(v.value)))}::text[],
                           ${sql.param(values.map((v) => v.salt))}::text[]) as v(path, value, salt)
        returning 1)
      select id from event`),
  );
  if (!row) throw new Error('the audit event was not written');
  return { id: Number(row.id) };
}

/** An event as stored: `position`, `prev_hash` and `hash` are null until the chainer has linked it. */
export type StoredAuditEvent = Omit<AuditEntry, 'position' | 'prevHash' | 'hash'> & {
  id: number;
  position: number | null;
  prevHash: string | null;
  hash: string | null;
};

/**
 * The chain (the events linked so far) in position order, read in pages so memory stays flat
 * however long it is. Events not yet linked are not part of it: call `chainAuditEvents` first.
 */
export async function* readAuditChain(db: Db, pageSize = 1000): AsyncGenerator<AuditEntry> {
  let after = 0;
  for (;;) {
    const page = (await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.position, after))
      .orderBy(asc(auditEvents.position))
      .limit(pageSize)) as (StoredAuditEvent & AuditEntry)[];
    const last = page.at(-1);
    const values = await personalValuesOf(
      db,
      page.map((row) => row.id),
    );
    for (const row of page) yield { ...row, personal: values.get(row.id) ?? [] };
    if (!last || page.length < pageSize) return;
    after = last.position;
  }
}

/**
 * An entity's events in the order they were written, as committed (`data` holds commitments) with
 * the personal values still kept beside them: what an offline verifier needs (once chained).
 */
export async function findCommittedAuditEventsFor(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<StoredAuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.id));
  const values = await db
    .select()
    .from(auditPersonalValues)
    .where(and(eq(auditPersonalValues.entityType, entityType), eq(auditPersonalValues.entityId, entityId)));
  const byEvent = groupByEvent(values);
  return rows.map((row) => ({ ...row, personal: byEvent.get(row.id) ?? [] }));
}

/** An entity's events as people read them: personal values in place, `"[erased]"` where erased. */
export async function findAuditEventsFor(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<StoredAuditEvent[]> {
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
    .returning({ eventId: auditPersonalValues.eventId });
  return erased.length;
}

export async function savePersonalValues(
  tx: Db,
  eventId: number,
  entity: { entityType: string; entityId: string },
  values: RevealedValue[],
): Promise<void> {
  if (!values.length) return;
  await tx.insert(auditPersonalValues).values(
    values.map((v) => ({
      eventId,
      path: v.path,
      entityType: entity.entityType,
      entityId: entity.entityId,
      value: v.value,
      salt: v.salt,
    })),
  );
}

async function personalValuesOf(db: Db, eventIds: number[]) {
  if (!eventIds.length) return new Map<number, RevealedValue[]>();
  const rows = await db
    .select()
    .from(auditPersonalValues)
    .where(sql`${auditPersonalValues.eventId} = any(${sql.param(eventIds)}::bigint[])`);
  return groupByEvent(rows);
}

function groupByEvent(rows: { eventId: number; path: string; value: unknown; salt: string }[]) {
  const byEvent = new Map<number, RevealedValue[]>();
  for (const row of rows) {
    const list = byEvent.get(row.eventId) ?? [];
    list.push({ path: row.path, value: row.value, salt: row.salt });
    byEvent.set(row.eventId, list);
  }
  return byEvent;
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
