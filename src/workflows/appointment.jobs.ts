import { z } from 'zod';
import { defineJob } from '../platform/jobs.js';

/** Fires some hours before a booked call: a reminder email to the seller, if the call still stands. */
export const appointmentReminderDue = defineJob({
  name: 'appointment.reminder_due',
  payload: z.object({ appointment_id: z.string().uuid(), hours_before: z.number().int().positive() }),
});
