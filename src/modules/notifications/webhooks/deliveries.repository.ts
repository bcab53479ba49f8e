import { and, asc, desc, eq, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../adapters/db/database.js';
import { webhookAttempts, webhookDeliveries } from '../notifications.schema.js';

export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;

export const DELIVERY_STATUSES = ['pending', 'sending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One delivery per (subscription, event): fanning out the same event again adds nothing. */
export async function insertDeliveries(
  db: Db,
  rows: (typeof webhookDeliveries.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(webhookDeliveries).values(rows).onConflictDoNothing();
}

export async function findDelivery(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<WebhookDeliveryRow | undefined> {
  const query = db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * Deliveries to hand to the queue now: `pending` ones whose time has come, and `sending` ones whose
 * job went quiet for longer than `staleBefore` allows (its process died). Locked, others skipped.
 */
export async function claimDueDeliveries(
  tx: Db,
  now: Date,
  staleBefore: Date,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  return tx
    .select()
    .from(webhookDeliveries)
    .where(
      or(
        and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)),
        and(eq(webhookDeliveries.status, 'sending'), lt(webhookDeliveries.queuedAt, staleBefore)),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function updateDelivery(
  db: Db,
  id: string,
  change: Partial<typeof webhookDeliveries.$inferInsert>,
): Promise<void> {
  await db.update(webhookDeliveries).set(change).where(eq(webhookDeliveries.id, id));
}

export async function markDeliveriesSending(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(webhookDeliveries)
    .set({ status: 'sending', queuedAt: at })
    .where(inArray(webhookDeliveries.id, ids));
}

/** Records a try; a retried job recording the same try again changes nothing. */
export async function insertAttempt(db: Db, row: WebhookAttemptRow): Promise<boolean> {
  const inserted = await db
    .insert(webhookAttempts)
    .values(row)
    .onConflictDoNothing()
    .returning({ number: webhookAttempts.number });
  return inserted.length > 0;
}

export async function findAttempts(db: Db, deliveryIds: string[]): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveryIds))
    .orderBy(asc(webhookAttempts.deliveryId), asc(webhookAttempts.number));
}

export interface DeliveryFilter {
  subscriptionId?: string;
  statuses?: DeliveryStatus[];
  eventId?: string;
  /** Keyset cursor: the (created_at, id) of the last delivery of the previous page. */
  after?: { at: Date; id: string };
  limit: number;
}

/** The delivery log, newest first. */
export async function listDeliveries(db: Db, filter: DeliveryFilter): Promise<WebhookDeliveryRow[]> {
  const conditions: SQL[] = [];
  if (filter.subscriptionId) conditions.push(eq(webhookDeliveries.subscriptionId, filter.subscriptionId));
  if (filter.statuses?.length) conditions.push(inArray(webhookDeliveries.status, filter.statuses));
  if (filter.eventId) conditions.push(eq(webhookDeliveries.eventId, filter.eventId));
  if (filter.after)
    conditions.push(
      or(
        lt(webhookDeliveries.createdAt, filter.after.at),
        and(eq(webhookDeliveries.createdAt, filter.after.at), lt(webhookDeliveries.id, filter.after.id)),
      )!,
    );
  return db
    .select()
    .from(webhookDeliveries)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filter.limit);
}
