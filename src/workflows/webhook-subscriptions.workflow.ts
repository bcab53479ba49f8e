import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  checkWebhookUrl,
  deleteSubscription,
  findSubscription,
  insertSubscription,
  isNotificationEventType,
  NOTIFICATION_EVENT_TYPES,
  type WebhookSubscriptionRow,
} from '../modules/notifications/index.js';
import { newSecret } from '../platform/crypto.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type WebhookSubscriptionsDeps = Pick<Deps, 'auditKey' | 'clock' | 'config' | 'db'>;

export interface CreateSubscriptionInput {
  url: string;
  /** Event types, or `*` for every type (including ones added later). */
  eventTypes: string[];
  description?: string;
}

/**
 * A marketplace subscribes a URL to event types. The URL must be http(s) (https in production) and,
 * unless the deployment allows private addresses, not point inside the network. The signing secret
 * is generated here and answered once: only its prefix is shown afterwards.
 */
export async function createWebhookSubscription(
  context: WebhookSubscriptionsDeps,
  principal: Principal,
  input: CreateSubscriptionInput,
): Promise<WebhookSubscriptionRow> {
  const checked = checkWebhookUrl(input.url, context.config.notifications.webhookAllowPrivate);
  if (!checked.ok)
    throw new AppError('VALIDATION_FAILED', `the webhook URL is refused: ${checked.reason}`, {
      where: 'body.url',
    });
  const unknown = input.eventTypes.filter((t) => t !== '*' && !isNotificationEventType(t));
  if (unknown.length > 0)
    throw new AppError('VALIDATION_FAILED', `unknown event types: ${unknown.join(', ')}`, {
      where: 'body.event_types',
      known: [...NOTIFICATION_EVENT_TYPES, '*'],
    });
  const now = context.clock.now();
  const row: WebhookSubscriptionRow = {
    id: newId(),
    url: checked.url.toString(),
    eventTypes: [...new Set(input.eventTypes)],
    secret: newSecret('whsec', 32, 'base64'),
    description: input.description ?? null,
    createdBy: principal.actor,
    createdAt: now,
    deletedAt: null,
  };
  await context.db.transaction(async (tx) => {
    await insertSubscription(tx, row);
    await appendAuditEvent(tx, context.auditKey, now, {
      actor: principal.actor,
      action: 'webhook.subscription_created',
      entityType: 'webhook_subscription',
      entityId: row.id,
      data: { url: row.url, event_types: row.eventTypes },
    });
  });
  return row;
}

/** Stops a subscription: no new deliveries; pending ones fail with the reason. Its log stays. */
export async function deleteWebhookSubscription(
  context: WebhookSubscriptionsDeps,
  principal: Principal,
  subscriptionId: string,
): Promise<void> {
  await context.db.transaction(async (tx) => {
    const now = context.clock.now();
    const found = await findSubscription(tx, subscriptionId);
    if (!found || !(await deleteSubscription(tx, subscriptionId, now)))
      throw new AppError('NOT_FOUND', `no subscription ${subscriptionId}`, { where: 'subscriptionId' });
    await appendAuditEvent(tx, context.auditKey, now, {
      actor: principal.actor,
      action: 'webhook.subscription_deleted',
      entityType: 'webhook_subscription',
      entityId: subscriptionId,
      data: { url: found.url },
    });
  });
}
