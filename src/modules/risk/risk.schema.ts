import { customType, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Which sellers hold which link key (association/link-keys.ts): the live path finds a changed
 * seller's neighbours here instead of rescanning every account.
 */
export const sellerLinkKeys = pgTable(
  'seller_link_keys',
  {
    key: text('key').notNull(),
    sellerId: text('seller_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.sellerId] }), index('seller_link_keys_seller_idx').on(t.sellerId)],
);

/**
 * Each seller's events as the detectors need them (scan/seller.summary.ts), folded from every
 * event written by a transaction before `through`: the live path reads this row and the events
 * with `arrived_in >= through` only. Deleted with the seller's personal data (it holds
 * identifiers); the next re-evaluation builds it again from the events.
 */
export const sellerSummaries = pgTable('seller_summaries', {
  sellerId: text('seller_id').primaryKey(),
  through: xid8('through').notNull(),
  summary: jsonb('summary').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
