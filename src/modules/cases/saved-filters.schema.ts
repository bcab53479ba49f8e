import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A staff member's named case-list filter (statuses, trigger, market, holder, sort): theirs alone. */
export const savedCaseFilters = pgTable(
  'saved_case_filters',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('saved_case_filters_user_idx').on(t.userId, t.createdAt)],
);
