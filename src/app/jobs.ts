import type { JobDefinition } from '../platform/jobs.js';
import { caseDeadlineReached, caseReminderDue } from '../workflows/case.jobs.js';
import { expireCaseIfDue, recordReminderDue } from '../workflows/case-actions.workflow.js';
import { deliverWebhook } from '../workflows/deliver-webhook.workflow.js';
import { documentCheckRequested } from '../workflows/document.jobs.js';
import { checkDocument } from '../workflows/documents.workflow.js';
import { emailDue, webhookDeliveryDue } from '../workflows/notification.jobs.js';
import { reevaluateSellers, sellersChanged } from '../workflows/reevaluate.workflow.js';
import { sendEmail } from '../workflows/send-email.workflow.js';
import type { AppContext } from './context.js';

/** Every job kind the product knows; the queue creates them at start. */
export const ALL_JOBS: readonly JobDefinition<never>[] = [
  caseDeadlineReached,
  caseReminderDue,
  sellersChanged,
  documentCheckRequested,
  webhookDeliveryDue,
  emailDue,
] as JobDefinition<never>[];

/** Subscribes this process's workers to every job kind. Handlers are idempotent. */
export async function registerWorkers(context: AppContext): Promise<void> {
  await context.queue.work(caseDeadlineReached, async ({ case_id }) => {
    await expireCaseIfDue(context, case_id);
  });
  await context.queue.work(sellersChanged, async ({ seller_ids }) => {
    await reevaluateSellers(context, seller_ids);
  });
  await context.queue.work(documentCheckRequested, async ({ document_id }) => {
    await checkDocument(context, document_id);
  });
  await context.queue.work(caseReminderDue, async ({ case_id, days_before }) => {
    await recordReminderDue(context, case_id, days_before);
  });
  await context.queue.work(webhookDeliveryDue, async ({ delivery_id }) => {
    await deliverWebhook(context, delivery_id);
  });
  await context.queue.work(emailDue, async ({ email_id }) => {
    await sendEmail(context, email_id);
  });
}
