import { z } from 'zod';
import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  envelopeOf,
  findDelivery,
  findNotificationEvent,
  findSubscription,
  insertAttempt,
  nextAttemptAt,
  SIGNATURE_HEADER,
  signWebhook,
  standardWebhookHeaders,
  updateDelivery,
  type WebhookDeliveryRow,
  type WebhookResult,
} from '../modules/notifications/index.js';
import { AppError } from '../platform/errors.js';
import { defineJob } from '../platform/jobs.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type DeliverWebhookDeps = Pick<Deps, 'auditKey' | 'clock' | 'config' | 'db' | 'webhooks'>;

/**
 * One try of one webhook delivery. The handler records the try and schedules the next itself
 * (backoff with jitter for 24 hours), so the queue's own retries only cover a crash or a database
 * outage. Several run at once per process: a slow receiver holds one of them, for its timeout at most.
 */
export const webhookDeliveryDue = defineJob({
  name: 'webhook.deliver',
  payload: z.object({ delivery_id: z.uuid() }),
  retryLimit: 5,
  concurrency: 4,
  run: (deps: DeliverWebhookDeps, { delivery_id }) => deliverWebhook(deps, delivery_id),
});

/**
 * One try of a delivery (the `webhook.deliver` job): POST the event, signed, with a timeout; record
 * the try; then `succeeded` on a 2xx, or the next try on the backoff schedule, or `failed` once the
 * 24-hour window is over (or at once when retrying cannot help, such as a refused address).
 * Idempotent: a delivery that is not `sending` is left alone.
 */
async function deliverWebhook(context: DeliverWebhookDeps, deliveryId: string): Promise<void> {
  const delivery = await findDelivery(context.db, deliveryId);
  if (delivery?.status !== 'sending') return;
  const subscription = await findSubscription(context.db, delivery.subscriptionId);
  const event = await findNotificationEvent(context.db, delivery.eventId);
  if (!subscription || subscription.deletedAt || !event) {
    await updateDelivery(context.db, deliveryId, {
      status: 'failed',
      nextAttemptAt: null,
      lastError: 'the subscription was deleted',
    });
    return;
  }
  const body = JSON.stringify(envelopeOf(event));
  const attemptedAt = context.clock.now();
  const timestamp = Math.floor(attemptedAt.getTime() / 1000);
  const result = await context.webhooks.post({
    url: subscription.url,
    body,
    timeoutMs: context.config.notifications.webhookTimeoutMs,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'SecondLook-Webhooks/1.0',
      ...standardWebhookHeaders(subscription.secret, event.id, body, attemptedAt),
      // The header before Standard Webhooks, kept for one deprecation window (docs/notifications.md).
      [SIGNATURE_HEADER.toLowerCase()]: signWebhook(subscription.secret, body, timestamp),
      'second-look-event-id': event.id,
      'second-look-event-type': event.type,
      'second-look-delivery-id': delivery.id,
      'second-look-attempt': String(delivery.attemptCount + 1),
    },
  });
  await recordAttempt(context, deliveryId, attemptedAt, result);
}

const isSuccess = (result: WebhookResult) =>
  result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;

async function recordAttempt(
  context: DeliverWebhookDeps,
  deliveryId: string,
  attemptedAt: Date,
  result: WebhookResult,
) {
  await context.db.transaction(async (tx) => {
    const current = await findDelivery(tx, deliveryId, { forUpdate: true });
    if (current?.status !== 'sending') return;
    const number = current.attemptCount + 1;
    const error =
      result.error ?? (isSuccess(result) ? null : `the receiver answered ${result.statusCode ?? 'nothing'}`);
    await insertAttempt(tx, {
      deliveryId,
      number,
      at: attemptedAt,
      statusCode: result.statusCode ?? null,
      error,
      durationMs: result.durationMs,
      response: result.response?.slice(0, 1024) ?? null,
    });
    const now = context.clock.now();
    const common = {
      attemptCount: number,
      lastAttemptAt: attemptedAt,
      lastStatusCode: result.statusCode ?? null,
      lastError: error,
      queuedAt: null,
    };
    if (isSuccess(result)) {
      await updateDelivery(tx, deliveryId, {
        ...common,
        status: 'succeeded',
        nextAttemptAt: null,
        deliveredAt: now,
      });
      return;
    }
    const next = result.permanent ? undefined : nextAttemptAt(number, current.windowStartedAt, now);
    await updateDelivery(tx, deliveryId, {
      ...common,
      status: next ? 'pending' : 'failed',
      nextAttemptAt: next ?? null,
    });
  });
}

/**
 * Sends a delivery again (a receiver that was fixed, a lost event): it becomes `pending` now, with a
 * fresh 24-hour retry window; its earlier tries stay in the log. A delivery waiting for its next try
 * is simply brought forward. One that is being sent right now answers CONFLICT.
 */
export async function replayDelivery(
  context: DeliverWebhookDeps,
  principal: Principal,
  deliveryId: string,
): Promise<WebhookDeliveryRow> {
  return context.db.transaction(async (tx) => {
    const current = await findDelivery(tx, deliveryId, { forUpdate: true });
    if (!current) throw new AppError('NOT_FOUND', `no delivery ${deliveryId}`, { where: 'deliveryId' });
    if (current.status === 'sending')
      throw new AppError('CONFLICT', 'this delivery is being sent right now; look again in a moment', {
        where: 'deliveryId',
        status: current.status,
      });
    const subscription = await findSubscription(tx, current.subscriptionId);
    if (!subscription || subscription.deletedAt)
      throw new AppError('CONFLICT', 'the subscription of this delivery was deleted', {
        where: 'deliveryId',
        subscription_id: current.subscriptionId,
      });
    const now = context.clock.now();
    const change = {
      status: 'pending',
      nextAttemptAt: now,
      windowStartedAt: current.status === 'pending' ? current.windowStartedAt : now,
      replayCount: current.replayCount + 1,
    };
    await updateDelivery(tx, deliveryId, change);
    await appendAuditEvent(tx, context.auditKey, now, {
      actor: principal.actor,
      action: 'webhook.delivery_replayed',
      entityType: 'webhook_delivery',
      entityId: deliveryId,
      data: { subscription_id: current.subscriptionId, event_id: current.eventId, from: current.status },
    });
    return { ...current, ...change };
  });
}
