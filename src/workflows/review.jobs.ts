import { z } from 'zod';
import { defineJob } from '../platform/jobs.js';

/**
 * Fires at a case's review SLA: if the case is still waiting for that round's decision, the breach
 * is recorded on its timeline (`case.sla_breached`) for the supervisors. `due_at` names the round:
 * a later submission or appeal has its own job.
 */
export const caseReviewDue = defineJob({
  name: 'case.review_due',
  payload: z.object({ case_id: z.uuid(), due_at: z.iso.datetime({ offset: true }) }),
});

/** Fires when a rejection's appeal window closes: a rejection nobody appealed becomes final. */
export const caseAppealWindowClosed = defineJob({
  name: 'case.appeal_window_closed',
  payload: z.object({ case_id: z.uuid() }),
});
