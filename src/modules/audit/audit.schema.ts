import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only. `position` has no gaps (it is assigned under a lock), and `hash` covers the event
 * and the previous event's hash, so an altered, inserted or deleted row breaks the chain.
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
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.position),
    index('audit_events_action_at_idx').on(t.action, t.at),
  ],
);
