import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The outbox: one row per notification event, written in the transaction of the change that
 * causes it, so an event exists exactly when its change committed. The dispatcher fans each one
 * out into webhook deliveries and emails, then sets `dispatched_at`.
 */
export const notificationEvents = pgTable(
  'notification_events',
  {
    id: uuid('id').primaryKey(),
    /** Increases with every event: receivers order by it (deliveries may arrive out of order). */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    sellerId: text('seller_id').notNull(),
    caseId: uuid('case_id'),
    data: jsonb('data').notNull(),
    occurredAt: tz('occurred_at').notNull(),
    dispatchedAt: tz('dispatched_at'),
  },
  (t) => [
    uniqueIndex('notification_events_sequence_idx').on(t.sequence),
    index('notification_events_undispatched_idx').on(t.sequence).where(sql`${t.dispatchedAt} is null`),
    index('notification_events_case_idx').on(t.caseId, t.sequence),
  ],
);

/** Where a marketplace wants events: a URL, the event types (or `*`), and the secret that signs them. */
export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey(),
  url: text('url').notNull(),
  eventTypes: jsonb('event_types').notNull(),
  /** The HMAC key: needed in clear to sign, so it is as secret as the database itself. */
  secret: text('secret').notNull(),
  description: text('description'),
  createdBy: text('created_by').notNull(),
  createdAt: tz('created_at').notNull(),
  deletedAt: tz('deleted_at'),
});

/**
 * One event for one subscription. `pending` waits for `next_attempt_at`; `sending` has a job on
 * the queue; `succeeded` and `failed` are final until a replay makes it `pending` again.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    subscriptionId: uuid('subscription_id').notNull(),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    status: text('status').notNull(),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at'),
    /** Retries run for a window from here: the first send, or the latest replay. */
    windowStartedAt: tz('window_started_at').notNull(),
    queuedAt: tz('queued_at'),
    lastAttemptAt: tz('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: tz('delivered_at'),
    replayCount: integer('replay_count').notNull().default(0),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_subscription_event_idx').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_sending_idx').on(t.queuedAt).where(sql`${t.status} = 'sending'`),
    index('webhook_deliveries_created_idx').on(t.createdAt, t.id),
  ],
);

/** Every try of a delivery, kept for the delivery log. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    deliveryId: uuid('delivery_id').notNull(),
    number: integer('number').notNull(),
    at: tz('at').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    /** The start of the receiver's answer, for debugging. */
    response: text('response'),
  },
  (t) => [uniqueIndex('webhook_attempts_delivery_number_idx').on(t.deliveryId, t.number)],
);

/**
 * An email to the seller, rendered when its event was dispatched (what was sent is what is kept).
 * `skipped` says why it was not sent (no SMTP configured, no address); `failed` after retries.
 */
export const notificationEmails = pgTable(
  'notification_emails',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id').notNull(),
    sellerId: text('seller_id').notNull(),
    caseId: uuid('case_id'),
    template: text('template').notNull(),
    languages: jsonb('languages').notNull(),
    recipient: text('recipient'),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status').notNull(),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at'),
    windowStartedAt: tz('window_started_at').notNull(),
    queuedAt: tz('queued_at'),
    lastError: text('last_error'),
    messageId: text('message_id'),
    sentAt: tz('sent_at'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('notification_emails_event_template_idx').on(t.eventId, t.template),
    index('notification_emails_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('notification_emails_sending_idx').on(t.queuedAt).where(sql`${t.status} = 'sending'`),
    index('notification_emails_case_idx').on(t.caseId, t.createdAt),
  ],
);
