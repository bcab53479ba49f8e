import { z } from 'zod';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  EMAIL_STATUSES,
  type EmailStatus,
  type NotificationEmailRow,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
  type WebhookSubscriptionRow,
} from '../../modules/notifications/index.js';

export const SubscriptionView = z.object({
  id: z.string(),
  url: z.string(),
  event_types: z.array(z.string()),
  description: z.string().nullable(),
  created_at: z.string(),
  created_by: z.string(),
  /** The first characters of the secret, to tell secrets apart; the secret itself is shown once. */
  secret_prefix: z.string(),
});

const AttemptView = z.object({
  number: z.number(),
  at: z.string(),
  status_code: z.number().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number(),
  response: z.string().nullable(),
});

export const DeliveryView = z.object({
  id: z.string(),
  subscription_id: z.string(),
  event_id: z.string(),
  event_type: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempt_count: z.number(),
  next_attempt_at: z.string().nullable(),
  last_attempt_at: z.string().nullable(),
  last_status_code: z.number().nullable(),
  last_error: z.string().nullable(),
  delivered_at: z.string().nullable(),
  replay_count: z.number(),
  created_at: z.string(),
  attempts: z.array(AttemptView),
});

export const EmailView = z.object({
  id: z.string(),
  event_id: z.string(),
  seller_id: z.string(),
  case_id: z.string().nullable(),
  template: z.string(),
  languages: z.array(z.string()),
  recipient: z.string().nullable(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(EMAIL_STATUSES),
  attempt_count: z.number(),
  next_attempt_at: z.string().nullable(),
  last_error: z.string().nullable(),
  message_id: z.string().nullable(),
  sent_at: z.string().nullable(),
  created_at: z.string(),
});

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function presentSubscription(row: WebhookSubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    event_types: row.eventTypes as string[],
    description: row.description,
    created_at: row.createdAt.toISOString(),
    created_by: row.createdBy,
    secret_prefix: `${row.secret.slice(0, 10)}…`,
  };
}

export function presentDelivery(row: WebhookDeliveryRow, attempts: WebhookAttemptRow[]) {
  return {
    id: row.id,
    subscription_id: row.subscriptionId,
    event_id: row.eventId,
    event_type: row.eventType,
    status: row.status as DeliveryStatus,
    attempt_count: row.attemptCount,
    next_attempt_at: iso(row.nextAttemptAt),
    last_attempt_at: iso(row.lastAttemptAt),
    last_status_code: row.lastStatusCode,
    last_error: row.lastError,
    delivered_at: iso(row.deliveredAt),
    replay_count: row.replayCount,
    created_at: row.createdAt.toISOString(),
    attempts: attempts
      .filter((a) => a.deliveryId === row.id)
      .map((a) => ({
        number: a.number,
        at: a.at.toISOString(),
        status_code: a.statusCode,
        error: a.error,
        duration_ms: a.durationMs,
        response: a.response,
      })),
  };
}

export function presentEmail(row: NotificationEmailRow) {
  return {
    id: row.id,
    event_id: row.eventId,
    seller_id: row.sellerId,
    case_id: row.caseId,
    template: row.template,
    languages: row.languages as string[],
    recipient: row.recipient,
    subject: row.subject,
    text: row.textBody,
    status: row.status as EmailStatus,
    attempt_count: row.attemptCount,
    next_attempt_at: iso(row.nextAttemptAt),
    last_error: row.lastError,
    message_id: row.messageId,
    sent_at: iso(row.sentAt),
    created_at: row.createdAt.toISOString(),
  };
}
