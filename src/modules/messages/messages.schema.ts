import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The thread of a case between the seller and support, and staff's internal notes on it
 * (`visibility = 'internal'`), which a seller never sees.
 */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    /** `seller` or `support`: which side of the thread wrote it. */
    side: text('side').notNull(),
    author: text('author').notNull(),
    visibility: text('visibility').notNull(),
    body: text('body').notNull(),
    /** A seller's message sent while the case waited on support: these count toward the daily limit. */
    whileWaitingOnSupport: boolean('while_waiting_on_support').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('case_messages_case_idx').on(t.caseId, t.createdAt)],
);
