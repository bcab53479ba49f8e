import type { Job } from '../platform/jobs.js';
import { caseAppealWindowClosed } from '../workflows/appeal.workflow.js';
import { appointmentReminderDue } from '../workflows/appointment-reminders.workflow.js';
import { auditVerifyDue } from '../workflows/audit-schedule.workflow.js';
import { caseDeadlineReached, caseReminderDue } from '../workflows/case-actions.workflow.js';
import { webhookDeliveryDue } from '../workflows/deliver-webhook.workflow.js';
import type { Deps } from '../workflows/deps.js';
import { documentCheckRequested } from '../workflows/documents.workflow.js';
import { sellerProfileChanged } from '../workflows/recheck-documents.workflow.js';
import { reevaluationDue, sellersChanged } from '../workflows/reevaluate.workflow.js';
import { retentionDue } from '../workflows/retention.workflow.js';
import { caseReviewDue } from '../workflows/review-oversight.workflow.js';
import { scanPartition } from '../workflows/scan-partition.job.js';
import { emailDue } from '../workflows/send-email.workflow.js';
import { staffSlaWatchDue } from '../workflows/staff-notifications.workflow.js';

/**
 * Every job kind the product knows. A job is one definition beside the workflow it runs
 * (`defineJob({ name, payload, run })`); this list only collects them: the queue creates each
 * at start and `startWorkers` subscribes the handlers.
 */
export const ALL_JOBS: readonly Job<unknown, Deps>[] = [
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
  staffSlaWatchDue,
  scanPartition,
];
