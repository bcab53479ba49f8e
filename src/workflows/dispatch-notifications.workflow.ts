import {
  claimDueDeliveries,
  claimDueEmails,
  claimUndispatchedEvents,
  insertDeliveries,
  insertEmail,
  listActiveSubscriptions,
  markDeliveriesSending,
  markEmailsSending,
  markEventsDispatched,
  wantsEvent,
} from '../modules/notifications/index.js';
import { newId } from '../platform/ids.js';
import { webhookDeliveryDue } from './deliver-webhook.workflow.js';
import type { Deps } from './deps.js';
import { draftEmailFor } from './notification-emails.js';
import { emailDue } from './send-email.workflow.js';
import { queueStaffEmails } from './staff-notifications.workflow.js';

/** What this use case takes from the process's dependencies. */
export type DispatchNotificationsDeps = Pick<
  Deps,
  'clock' | 'config' | 'database' | 'db' | 'logger' | 'mailer' | 'queue'
>;

/**
 * Rows per transaction. PGlite has one connection and a transaction holds it whole: 100 events
 * fanned out (each with its email drafted) held it 0.7–2.4 s after a scan, and 10 still up to
 * 1.7 s under load (about six statements per event: the case, the seller, deliveries, the email;
 * docs/benchmarks.md). On PGlite a transaction takes two events; requests go in between.
 */
const batchOf = (context: Pick<Deps, 'database'>) => (context.database.storage === 'pglite' ? 2 : 100);
/** A delivery whose job has said nothing for this long lost its process: it is queued again. */
const STALE_AFTER_MS = 30 * 60_000;

/**
 * The dispatcher's pass: turns outbox events into webhook deliveries (one per subscription that
 * wants the type) and seller emails, staff notices into their emails, then hands every delivery and email whose time has come to the
 * job queue. Each step is one transaction over rows locked with SKIP LOCKED, so any number of worker
 * processes may run it at once, and a crash between steps loses nothing (the rows say what is left).
 */
export async function dispatchNotifications(
  context: DispatchNotificationsDeps,
): Promise<{ events: number; queued: number }> {
  const batch = batchOf(context);
  let events = 0;
  for (let n = batch; n === batch; events += n) n = await fanOutEvents(context, batch);
  for (let n = batch; n === batch; events += n) n = await queueStaffEmails(context, batch);
  let queued = 0;
  for (let n = batch; n === batch; queued += n) n = await queueDueDeliveries(context, batch);
  for (let n = batch; n === batch; queued += n) n = await queueDueEmails(context, batch);
  return { events, queued };
}

async function fanOutEvents(context: DispatchNotificationsDeps, batch: number): Promise<number> {
  return context.db.transaction(async (tx) => {
    const events = await claimUndispatchedEvents(tx, batch);
    if (events.length === 0) return 0;
    const now = context.clock.now();
    const subscriptions = await listActiveSubscriptions(tx);
    for (const event of events) {
      await insertDeliveries(
        tx,
        subscriptions
          .filter((s) => wantsEvent(s, event.type))
          .map((s) => ({
            id: newId(),
            subscriptionId: s.id,
            eventId: event.id,
            eventType: event.type,
            status: 'pending',
            nextAttemptAt: now,
            windowStartedAt: now,
            createdAt: now,
          })),
      );
      const draft = await draftEmailFor(context, tx, event);
      if (!draft) continue;
      const skipped = !context.mailer
        ? 'SMTP_URL is not set: email is off in this deployment'
        : !draft.recipient
          ? 'the seller profile has no usable contact.email'
          : undefined;
      await insertEmail(tx, {
        id: newId(),
        eventId: event.id,
        sellerId: event.sellerId,
        caseId: event.caseId,
        template: draft.template,
        languages: draft.languages,
        recipient: draft.recipient ?? null,
        subject: draft.rendered.subject,
        textBody: draft.rendered.text,
        htmlBody: draft.rendered.html,
        status: skipped ? 'skipped' : 'pending',
        lastError: skipped ?? null,
        nextAttemptAt: skipped ? null : now,
        windowStartedAt: now,
        createdAt: now,
      });
    }
    await markEventsDispatched(
      tx,
      events.map((e) => e.id),
      now,
    );
    return events.length;
  });
}

async function queueDueDeliveries(context: DispatchNotificationsDeps, batch: number): Promise<number> {
  return context.db.transaction(async (tx) => {
    const now = context.clock.now();
    const due = await claimDueDeliveries(tx, now, new Date(now.getTime() - STALE_AFTER_MS), batch);
    await markDeliveriesSending(
      tx,
      due.map((d) => d.id),
      now,
    );
    for (const delivery of due)
      await context.queue.send(webhookDeliveryDue, { delivery_id: delivery.id }, { transaction: tx });
    return due.length;
  });
}

async function queueDueEmails(context: DispatchNotificationsDeps, batch: number): Promise<number> {
  return context.db.transaction(async (tx) => {
    const now = context.clock.now();
    const due = await claimDueEmails(tx, now, new Date(now.getTime() - STALE_AFTER_MS), batch);
    await markEmailsSending(
      tx,
      due.map((e) => e.id),
      now,
    );
    for (const email of due) await context.queue.send(emailDue, { email_id: email.id }, { transaction: tx });
    return due.length;
  });
}

export interface NotificationRelay {
  stop(): Promise<void>;
}

/**
 * Runs `dispatchNotifications` every `SECONDLOOK_NOTIFY_POLL_MS` in this process (the server in
 * embedded mode, every `secondlook worker` on PostgreSQL). A pass that fails is logged and the next
 * one tries again: the outbox keeps everything until it is dispatched.
 */
export function startNotificationRelay(context: DispatchNotificationsDeps): NotificationRelay {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    try {
      await dispatchNotifications(context);
    } catch (error) {
      context.logger.warn({ err: error }, 'notification dispatch failed; the next pass retries');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, context.config.notifications.pollMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
