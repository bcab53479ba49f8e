import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

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
