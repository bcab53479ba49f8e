import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../adapters/db/database.js';
import { webhookSubscriptions } from '../notifications.schema.js';

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;

export async function insertSubscription(
  db: Db,
  row: typeof webhookSubscriptions.$inferInsert,
): Promise<void> {
  await db.insert(webhookSubscriptions).values(row);
}

/** Subscriptions that still receive events, oldest first. */
export async function listActiveSubscriptions(db: Db): Promise<WebhookSubscriptionRow[]> {
  return db
    .select()
    .from(webhookSubscriptions)
    .where(isNull(webhookSubscriptions.deletedAt))
    .orderBy(asc(webhookSubscriptions.createdAt), asc(webhookSubscriptions.id));
}

export async function findSubscription(db: Db, id: string): Promise<WebhookSubscriptionRow | undefined> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row;
}

/** Stops a subscription; its deliveries stay in the log. Answers false when there was none to stop. */
export async function deleteSubscription(db: Db, id: string, at: Date): Promise<boolean> {
  const updated = await db
    .update(webhookSubscriptions)
    .set({ deletedAt: at })
    .where(and(eq(webhookSubscriptions.id, id), isNull(webhookSubscriptions.deletedAt)))
    .returning({ id: webhookSubscriptions.id });
  return updated.length > 0;
}

/** Whether a subscription wants events of this type (`*` wants every type, present and future). */
export const wantsEvent = (subscription: WebhookSubscriptionRow, type: string): boolean => {
  const types = subscription.eventTypes as string[];
  return types.includes('*') || types.includes(type);
};
