import { z } from 'zod';
import { findAppointment } from '../modules/appointments/index.js';
import { appendAuditEvent, findAuditEventsFor } from '../modules/audit/index.js';
import { recordNotification } from '../modules/notifications/index.js';
import { defineJob } from '../platform/jobs.js';
import { appointmentData, materialOf } from './appointment.data.js';
import type { Deps } from './deps.js';

/** What these use cases take from the process's dependencies. */
export type AppointmentRemindersDeps = Pick<Deps, 'auditKey' | 'clock' | 'config' | 'db' | 'queue'>;

/** Fires some hours before a booked call: a reminder email to the seller, if the call still stands. */
export const appointmentReminderDue = defineJob({
  name: 'appointment.reminder_due',
  payload: z.object({ appointment_id: z.string().uuid(), hours_before: z.number().int().positive() }),
  run: async (deps: AppointmentRemindersDeps, { appointment_id, hours_before }) => {
    await sendCallReminder(deps, appointment_id, hours_before);
  },
});

/**
 * Records the reminder (audit event and notification: the email with the invite and join link,
 * the webhook) once per call and time, however often the job runs, and only while the call is
 * booked and still ahead.
 */
export async function sendCallReminder(
  context: AppointmentRemindersDeps,
  appointmentId: string,
  hoursBefore: number,
): Promise<'recorded' | 'skipped'> {
  return context.db.transaction(async (tx) => {
    const row = await findAppointment(tx, appointmentId, { forUpdate: true });
    const at = context.clock.now();
    if (row?.status !== 'booked' || row.startsAt <= at) return 'skipped';
    const earlier = await findAuditEventsFor(tx, 'case', row.caseId);
    const isSent = earlier.some((e) => {
      const data = e.data as { appointment_id?: string; hours_before?: number };
      return (
        e.action === 'appointment.reminder' &&
        data.appointment_id === appointmentId &&
        data.hours_before === hoursBefore
      );
    });
    if (isSent) return 'skipped'; // a job run twice
    const material = await materialOf(tx, row);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: 'system:appointments',
      action: 'appointment.reminder',
      entityType: 'case',
      entityId: row.caseId,
      data: {
        appointment_id: row.id,
        material,
        starts_at: row.startsAt.toISOString(),
        hours_before: hoursBefore,
      },
    });
    await recordNotification(tx, {
      type: 'appointment.reminder',
      sellerId: row.sellerId,
      caseId: row.caseId,
      occurredAt: at,
      data: { ...appointmentData(context.config, row, material), hours_before: hoursBefore },
    });
    return 'recorded';
  });
}
