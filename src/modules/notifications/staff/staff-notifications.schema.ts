import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A notice to one staff member (the back office's bell, and one email): an SLA about to breach, an
 * appeal filed, a case assigned to them. Written in the transaction of its event; `dedupe_key` is
 * unique, so a job that runs again (or an event replayed) never notifies twice. `emailed_at` is set
 * when the dispatcher has put its email in the outbox.
 */
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id').notNull(),
    kind: text('kind').notNull(),
    caseId: uuid('case_id').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: tz('created_at').notNull(),
    readAt: tz('read_at'),
    emailedAt: tz('emailed_at'),
  },
  (t) => [
    uniqueIndex('staff_notifications_dedupe_idx').on(t.dedupeKey),
    index('staff_notifications_user_idx').on(t.userId, t.createdAt, t.id),
    index('staff_notifications_unemailed_idx').on(t.createdAt).where(sql`${t.emailedAt} is null`),
  ],
);
