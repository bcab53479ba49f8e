import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * What a staff search finds a seller by: each name token and the order-free name key (any
 * script, pinyin for 汉字), e-mail, phone, registration, bank account and ID numbers, normalised
 * as the association index normalises them (`search.keys.ts`). Replaced with each profile.
 * `text_pattern_ops` lets a name token be found by its beginning (`zha` → `zhang`). One unique
 * B-tree on `(key text_pattern_ops, seller_id)` serves equality, the prefix search and uniqueness:
 * a primary key beside it was a third B-tree to fill on every import (docs/scale.md, ninth round).
 */
export const sellerSearchKeys = pgTable(
  'seller_search_keys',
  {
    key: text('key').notNull(),
    sellerId: text('seller_id').notNull(),
  },
  (t) => [
    uniqueIndex('seller_search_keys_key_seller_idx').on(t.key.op('text_pattern_ops'), t.sellerId),
    index('seller_search_keys_seller_idx').on(t.sellerId),
  ],
);
