import { and, asc, desc, eq, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../adapters/db/database.js';
import { notificationEmails } from '../notifications.schema.js';

export type NotificationEmailRow = typeof notificationEmails.$inferSelect;

export const EMAIL_STATUSES = ['pending', 'sending', 'sent', 'skipped', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** One email per (event, template): fanning out the same event again adds nothing. */
export async function insertEmail(db: Db, row: typeof notificationEmails.$inferInsert): Promise<void> {
  await db.insert(notificationEmails).values(row).onConflictDoNothing();
}

export async function findEmail(db: Db, id: string): Promise<NotificationEmailRow | undefined> {
  const [row] = await db.select().from(notificationEmails).where(eq(notificationEmails.id, id));
  return row;
}

export async function findEmailForUpdate(db: Db, id: string): Promise<NotificationEmailRow | undefined> {
  const [row] = await db.select().from(notificationEmails).where(eq(notificationEmails.id, id)).for('update');
  return row;
}

/** Emails to hand to the queue now (see `claimDueDeliveries`: the same rules). */
export async function claimDueEmails(
  tx: Db,
  now: Date,
  staleBefore: Date,
  limit: number,
): Promise<NotificationEmailRow[]> {
  return tx
    .select()
    .from(notificationEmails)
    .where(
      or(
        and(eq(notificationEmails.status, 'pending'), lte(notificationEmails.nextAttemptAt, now)),
        and(eq(notificationEmails.status, 'sending'), lt(notificationEmails.queuedAt, staleBefore)),
      ),
    )
    .orderBy(asc(notificationEmails.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markEmailsSending(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notificationEmails)
    .set({ status: 'sending', queuedAt: at })
    .where(inArray(notificationEmails.id, ids));
}

export async function updateEmail(
  db: Db,
  id: string,
  change: Partial<typeof notificationEmails.$inferInsert>,
): Promise<void> {
  await db.update(notificationEmails).set(change).where(eq(notificationEmails.id, id));
}

export interface EmailFilter {
  caseId?: string;
  sellerId?: string;
  statuses?: EmailStatus[];
  after?: { at: Date; id: string };
  limit: number;
}

/** The email log, newest first. */
export async function listEmails(db: Db, filter: EmailFilter): Promise<NotificationEmailRow[]> {
  const conditions: SQL[] = [];
  if (filter.caseId) conditions.push(eq(notificationEmails.caseId, filter.caseId));
  if (filter.sellerId) conditions.push(eq(notificationEmails.sellerId, filter.sellerId));
  if (filter.statuses?.length) conditions.push(inArray(notificationEmails.status, filter.statuses));
  if (filter.after)
    conditions.push(
      or(
        lt(notificationEmails.createdAt, filter.after.at),
        and(eq(notificationEmails.createdAt, filter.after.at), lt(notificationEmails.id, filter.after.id)),
      )!,
    );
  return db
    .select()
    .from(notificationEmails)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(notificationEmails.createdAt), desc(notificationEmails.id))
    .limit(filter.limit);
}
