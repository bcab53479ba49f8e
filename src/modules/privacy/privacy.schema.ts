import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A legal hold keeps a seller's data past erasure requests and retention until staff lift it.
 * The reason is staff's words about a legal matter, not the seller's data.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    reason: text('reason').notNull(),
    placedBy: text('placed_by').notNull(),
    placedAt: tz('placed_at').notNull(),
    liftedBy: text('lifted_by'),
    liftedAt: tz('lifted_at'),
    liftReason: text('lift_reason'),
  },
  (t) => [index('legal_holds_seller_idx').on(t.sellerId)],
);

/** One row per erased seller: a second request answers this report instead of erasing again. */
export const sellerErasures = pgTable('seller_erasures', {
  sellerId: text('seller_id').primaryKey(),
  requestedBy: text('requested_by').notNull(),
  requestedAt: tz('requested_at').notNull(),
  completedAt: tz('completed_at'),
  report: jsonb('report').notNull(),
});

/** The last purge of a kind of a seller's data: a purge runs again only after a later event. */
export const retentionPurges = pgTable(
  'retention_purges',
  {
    sellerId: text('seller_id').notNull(),
    kind: text('kind').notNull(),
    policyVersion: text('policy_version').notNull(),
    purgedAt: tz('purged_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.kind] })],
);
