import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { newId } from '../../platform/ids.js';
import type { NotificationEnvelope, NotificationEventType, NotificationInput } from './events.js';
import { notificationEvents } from './notifications.schema.js';

export type NotificationEventRow = typeof notificationEvents.$inferSelect;

/**
 * Records a notification event in the caller's transaction: it is announced if, and only if, the
 * change that caused it commits. The dispatcher picks it up afterwards; nothing is sent from here.
 */
export async function recordNotification(tx: Db, event: NotificationInput): Promise<string> {
  const id = newId();
  await tx.insert(notificationEvents).values({
    id,
    type: event.type,
    sellerId: event.sellerId,
    caseId: event.caseId ?? null,
    data: event.data,
    occurredAt: event.occurredAt,
  });
  return id;
}

/**
 * Undispatched events, oldest first, locked for the caller's transaction. Rows another dispatcher
 * holds are skipped, so any number of worker processes can fan out side by side.
 */
export async function claimUndispatchedEvents(tx: Db, limit: number): Promise<NotificationEventRow[]> {
  return tx
    .select()
    .from(notificationEvents)
    .where(isNull(notificationEvents.dispatchedAt))
    .orderBy(asc(notificationEvents.sequence))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markEventsDispatched(tx: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(notificationEvents).set({ dispatchedAt: at }).where(inArray(notificationEvents.id, ids));
}

export async function findNotificationEvent(db: Db, id: string): Promise<NotificationEventRow | undefined> {
  const [row] = await db.select().from(notificationEvents).where(eq(notificationEvents.id, id));
  return row;
}

/** A case's events in the order they happened (tests and the back office read them). */
export async function findNotificationEventsFor(
  db: Db,
  filter: { caseId?: string; sellerId?: string; type?: NotificationEventType },
): Promise<NotificationEventRow[]> {
  const conditions = [
    ...(filter.caseId ? [eq(notificationEvents.caseId, filter.caseId)] : []),
    ...(filter.sellerId ? [eq(notificationEvents.sellerId, filter.sellerId)] : []),
    ...(filter.type ? [eq(notificationEvents.type, filter.type)] : []),
  ];
  return db
    .select()
    .from(notificationEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(notificationEvents.sequence));
}

/** The JSON an event is delivered as; the same bytes on every attempt. */
export function envelopeOf(row: NotificationEventRow): NotificationEnvelope {
  return {
    id: row.id,
    type: row.type as NotificationEventType,
    sequence: row.sequence,
    created_at: row.occurredAt.toISOString(),
    data: row.data as Record<string, unknown>,
  };
}
