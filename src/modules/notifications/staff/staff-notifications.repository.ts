import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../adapters/db/database.js';
import { newId } from '../../../platform/ids.js';
import { staffNotifications } from './staff-notifications.schema.js';

export const STAFF_NOTIFICATION_KINDS = ['sla_near_breach', 'appeal_filed', 'case_assigned'] as const;
export type StaffNotificationKind = (typeof STAFF_NOTIFICATION_KINDS)[number];
export type StaffNotificationRow = typeof staffNotifications.$inferSelect;

export interface StaffNotice {
  userId: string;
  kind: StaffNotificationKind;
  caseId: string;
  /** What makes this notice one of a kind: the same key again adds nothing. */
  dedupeKey: string;
}

/** Records notices in the caller's transaction; a key already recorded is skipped. Answers how many are new. */
export async function recordStaffNotifications(tx: Db, at: Date, notices: StaffNotice[]): Promise<number> {
  if (notices.length === 0) return 0;
  const inserted = await tx
    .insert(staffNotifications)
    .values(notices.map((n) => ({ id: newId(), ...n, createdAt: at })))
    .onConflictDoNothing()
    .returning({ id: staffNotifications.id });
  return inserted.length;
}

/** One user's notices, unread first, then newest first; `offset` pages. */
export async function listStaffNotifications(
  db: Db,
  userId: string,
  page: { limit: number; offset: number },
): Promise<{ items: StaffNotificationRow[]; unread: number; total: number }> {
  const items = await db
    .select()
    .from(staffNotifications)
    .where(eq(staffNotifications.userId, userId))
    .orderBy(
      sql`${staffNotifications.readAt} is not null`,
      desc(staffNotifications.createdAt),
      desc(staffNotifications.id),
    )
    .limit(page.limit)
    .offset(page.offset);
  const [counts] = await db
    .select({
      total: count(),
      unread: sql<number>`count(*) filter (where ${staffNotifications.readAt} is null)`.mapWith(Number),
    })
    .from(staffNotifications)
    .where(eq(staffNotifications.userId, userId));
  return { items, unread: counts?.unread ?? 0, total: counts?.total ?? 0 };
}

/** Marks a user's notices read (the given ids, or all); answers how many changed. */
export async function markStaffNotificationsRead(
  db: Db,
  userId: string,
  ids: string[] | 'all',
  at: Date,
): Promise<number> {
  if (ids !== 'all' && ids.length === 0) return 0;
  const changed = await db
    .update(staffNotifications)
    .set({ readAt: at })
    .where(
      and(
        eq(staffNotifications.userId, userId),
        isNull(staffNotifications.readAt),
        ids === 'all' ? undefined : inArray(staffNotifications.id, ids),
      ),
    )
    .returning({ id: staffNotifications.id });
  return changed.length;
}

/** Notices whose email is not in the outbox yet, oldest first, locked (SKIP LOCKED) for the caller. */
export async function claimUnemailedStaffNotifications(
  tx: Db,
  limit: number,
): Promise<StaffNotificationRow[]> {
  return tx
    .select()
    .from(staffNotifications)
    .where(isNull(staffNotifications.emailedAt))
    .orderBy(asc(staffNotifications.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markStaffNotificationsEmailed(tx: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(staffNotifications).set({ emailedAt: at }).where(inArray(staffNotifications.id, ids));
}
