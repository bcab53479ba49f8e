import { sql } from 'drizzle-orm';
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
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Append-only. A writer inserts an event with its `id` (from an identity: no lock, gaps where a
 * transaction rolled back) and its `seal` (the keyed hash of its content); `position`,
 * `prev_hash` and `hash` are null until the chainer (`audit.chainer.ts`) links it after commit.
 * `position` has no gaps (one chainer at a time assigns it), and `hash` covers the event and the
 * previous event's hash, so an altered, inserted or deleted row breaks the chain.
 * `scheme` 1 is an event written before personal fields were committed (values inline); the
 * start-up migration rewrites those as scheme 2 and keeps their old hash in `legacy_hash`.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    position: bigint('position', { mode: 'number' }),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    data: jsonb('data').notNull(),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /** HMAC of the content at write time (scheme 3): alteration shows even before the event is chained. */
    seal: text('seal'),
    scheme: integer('scheme').notNull().default(1),
    legacyHash: text('legacy_hash'),
  },
  (t) => [
    uniqueIndex('audit_events_position_idx').on(t.position),
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.id),
    /** The chainer's work list: committed events without a position yet. */
    index('audit_events_unchained_idx').on(t.id).where(sql`${t.position} is null`),
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
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    path: text('path').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    value: jsonb('value').notNull(),
    salt: text('salt').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.path] }),
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
