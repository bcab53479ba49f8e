import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Written statements a requirement asks for (the relationship statement). Stored immutably: a
 * corrected statement is a new version, the earlier ones stay as they were handed in.
 */
export const statements = pgTable(
  'statements',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    requirementId: uuid('requirement_id').notNull(),
    material: text('material').notNull(),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    /** The check items as they came out when handed in. */
    checks: jsonb('checks').notNull(),
    outcome: text('outcome').notNull(),
    author: text('author').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('statements_requirement_version_idx').on(t.requirementId, t.version)],
);
