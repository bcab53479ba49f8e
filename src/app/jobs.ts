import type { JobDefinition } from '../platform/jobs.js';
import { finalizeRejectionIfDue } from '../workflows/appeal.workflow.js';
import { appointmentReminderDue } from '../workflows/appointment.jobs.js';
import { sendCallReminder } from '../workflows/appointment-reminders.workflow.js';
import { auditVerifyDue, runAuditVerifyJob } from '../workflows/audit-schedule.workflow.js';
import { caseDeadlineReached, caseReminderDue } from '../workflows/case.jobs.js';
import { expireCaseIfDue, recordReminderDue } from '../workflows/case-actions.workflow.js';
import { deliverWebhook } from '../workflows/deliver-webhook.workflow.js';
import type { Deps } from '../workflows/deps.js';
import { documentCheckRequested } from '../workflows/document.jobs.js';
import { checkDocument } from '../workflows/documents.workflow.js';
import { emailDue, webhookDeliveryDue } from '../workflows/notification.jobs.js';
import { recheckSellerDocuments, sellerProfileChanged } from '../workflows/recheck-documents.workflow.js';
import {
  drainReevaluations,
  enqueueReevaluation,
  reevaluationDue,
  sellersChanged,
} from '../workflows/reevaluate.workflow.js';
import { retentionDue, runRetentionJob } from '../workflows/retention.workflow.js';
import { caseAppealWindowClosed, caseReviewDue } from '../workflows/review.jobs.js';
import { recordSlaBreach } from '../workflows/review-oversight.workflow.js';
import { sendEmail } from '../workflows/send-email.workflow.js';

/** Every job kind the product knows; the queue creates them at start. */
export const ALL_JOBS: readonly JobDefinition<never>[] = [
  caseDeadlineReached,
  caseReminderDue,
  sellersChanged,
  reevaluationDue,
  documentCheckRequested,
  webhookDeliveryDue,
  emailDue,
  caseReviewDue,
  caseAppealWindowClosed,
  retentionDue,
  sellerProfileChanged,
  appointmentReminderDue,
  auditVerifyDue,
] as JobDefinition<never>[];

/** Subscribes this process's workers to every job kind. Handlers are idempotent. */
export async function registerWorkers(context: Deps): Promise<void> {
  await context.queue.work(caseDeadlineReached, async ({ case_id }) => {
    await expireCaseIfDue(context, case_id);
  });
  await context.queue.work(sellersChanged, async ({ seller_ids }) => {
    await enqueueReevaluation(context, seller_ids);
  });
  await context.queue.work(reevaluationDue, async ({ slot }) => {
    await drainReevaluations(context, slot);
  });
  await context.queue.work(documentCheckRequested, async ({ document_id }) => {
    await checkDocument(context, document_id);
  });
  await context.queue.work(sellerProfileChanged, async ({ seller_id }) => {
    await recheckSellerDocuments(context, seller_id);
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
  await context.queue.work(caseReviewDue, async ({ case_id, due_at }) => {
    await recordSlaBreach(context, case_id, due_at);
  });
  await context.queue.work(caseAppealWindowClosed, async ({ case_id }) => {
    await finalizeRejectionIfDue(context, case_id);
  });
  await context.queue.work(appointmentReminderDue, async ({ appointment_id, hours_before }) => {
    await sendCallReminder(context, appointment_id, hours_before);
  });
  await context.queue.work(retentionDue, () => runRetentionJob(context));
  await context.queue.send(retentionDue, {}, { singletonKey: 'retention' });
  await context.queue.work(auditVerifyDue, () => runAuditVerifyJob(context));
  await context.queue.send(auditVerifyDue, {}, { singletonKey: 'audit-verify' });
}
