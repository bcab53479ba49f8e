import { z } from 'zod';
import { defineJob } from '../platform/jobs.js';

/** Fires at a case's deadline: the case expires if it still waits on the seller. */
export const caseDeadlineReached = defineJob({
  name: 'case.deadline_reached',
  payload: z.object({ case_id: z.string().uuid() }),
});

/** Fires some days before the deadline: a reminder to the seller if the case still waits on them. */
export const caseReminderDue = defineJob({
  name: 'case.reminder_due',
  payload: z.object({ case_id: z.string().uuid(), days_before: z.number().int().nonnegative() }),
});
