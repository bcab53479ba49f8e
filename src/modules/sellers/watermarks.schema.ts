import { date, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * How far each feed kind has arrived: the last day received, for the whole feed (`market` = '*')
 * and per marketplace (the profile's `store.marketplace`, upper-cased; '' when the profile has
 * none). Kept by ingest, read by the live path so that no detector judges days not yet received.
 */
export const feedWatermarks = pgTable(
  'feed_watermarks',
  {
    kind: text('kind').notNull(),
    market: text('market').notNull(),
    through: date('through', { mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.market] })],
);
