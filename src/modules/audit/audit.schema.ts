import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Append-only. `position` has no gaps (it is assigned under a lock), and `hash` covers the event
 * and the previous event's hash, so an altered, inserted or deleted row breaks the chain.
 * `scheme` 1 is an event written before personal fields were committed (values inline); the
 * start-up migration rewrites those as scheme 2 and keeps their old hash in `legacy_hash`.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    position: bigint('position', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    data: jsonb('data').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    scheme: integer('scheme').notNull().default(1),
    legacyHash: text('legacy_hash'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.position),
    index('audit_events_action_at_idx').on(t.action, t.at),
  ],
);

/**
 * The personal values behind an event's commitments, with their salts. Not part of the chain:
 * erasure deletes a seller's rows here and the chain still verifies.
 */
export const auditPersonalValues = pgTable(
  'audit_personal_values',
  {
    position: bigint('position', { mode: 'number' }).notNull(),
    path: text('path').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    value: jsonb('value').notNull(),
    salt: text('salt').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.position, t.path] }),
    index('audit_personal_values_entity_idx').on(t.entityType, t.entityId),
  ],
);

/**
 * The result of each scheduled verification of the chain: the signed checkpoint of the head it
 * reached and the first problem, if any. The latest ok one is the next run's anchor (it catches
 * events cut from the end); a new problem is announced once by webhook.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: text('id').primaryKey(),
    /** Store order: runs within one millisecond still have a latest. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true, mode: 'date' }).notNull(),
    ok: boolean('ok').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    signature: text('signature').notNull(),
    /** `{kind, position, message}` of the first problem; null when the chain verified. */
    problem: jsonb('problem'),
  },
  (t) => [index('audit_checkpoints_checked_idx').on(t.checkedAt)],
);
