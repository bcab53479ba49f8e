import type { Principal } from '../modules/access/index.js';
import {
  type AppointmentNotice,
  type AppointmentRow,
  appointmentInvite,
  findAppointment,
  localIso,
} from '../modules/appointments/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { findCase, policyOfCase } from '../modules/cases/index.js';
import {
  type AppointmentData,
  findNotificationEvent,
  type NotificationEmailRow,
  recordNotification,
} from '../modules/notifications/index.js';
import { AppError } from '../platform/errors.js';
import { appointmentData, joinUrlOf } from './appointment.data.js';
import { appointmentReminderDue } from './appointment-reminders.workflow.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

type Tx = Deps['db'];
const HOUR = 3_600_000;

/**
 * One audit event (the timeline reads it) and one notification event (webhooks, the email); a
 * booked or moved call also gets its reminders scheduled.
 */
export async function announce(
  tx: Tx,
  context: Pick<Deps, 'auditKey' | 'config' | 'queue'>,
  principal: Principal,
  at: Date,
  type:
    | 'appointment.booked'
    | 'appointment.rescheduled'
    | 'appointment.cancelled'
    | 'appointment.outcome_recorded',
  row: AppointmentRow,
  material: string,
  replaces?: string,
  result?: { status: string; errors: string[] },
): Promise<void> {
  const data: AppointmentData = {
    ...appointmentData(context.config, row, material),
    ...(replaces ? { replaces } : {}),
    ...(result ? { requirement_status: result.status, errors: result.errors } : {}),
  };
  await appendAuditEvent(tx, context.auditKey, at, {
    actor: principal.actor,
    action: type,
    entityType: 'case',
    entityId: row.caseId,
    data: {
      appointment_id: row.id,
      material,
      starts_at: data.starts_at,
      ...(replaces ? { replaces } : {}),
      ...(result ? { requirement_status: result.status, errors: result.errors } : {}),
    },
  });
  await recordNotification(tx, { type, sellerId: row.sellerId, caseId: row.caseId, occurredAt: at, data });
  if (type === 'appointment.booked' || type === 'appointment.rescheduled')
    await scheduleCallReminders(tx, context, row, at);
}

/** The `.ics` invite an appointment email carries, rebuilt from its event when the email is sent. */
export async function appointmentAttachments(
  db: Tx,
  email: NotificationEmailRow,
): Promise<{ attachments?: { filename: string; contentType: string; content: string }[] }> {
  if (email.template !== 'appointment') return {};
  const event = await findNotificationEvent(db, email.eventId);
  if (!event) return {};
  const notice = { ...(event.data as AppointmentNotice), type: event.type };
  const title =
    (email.languages as string[])[0] === 'zh' ? 'Second Look 视频验证' : 'Second Look video verification';
  const invite = appointmentInvite(notice, title);
  if (!invite) return {};
  const method = notice.type === 'appointment.cancelled' ? 'CANCEL' : 'REQUEST';
  return {
    attachments: [
      {
        filename: 'invite.ics',
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: invite,
      },
    ],
  };
}

/** The `.ics` of one of the case's calls, for whoever may see the case (the seller's download). */
export async function appointmentCalendar(
  context: Pick<Deps, 'auditKey' | 'clock' | 'config' | 'db' | 'queue'>,
  principal: Principal,
  appointmentId: string,
): Promise<{ ics: string; status: string }> {
  const row = await findAppointment(context.db, appointmentId);
  if (!row) throw new AppError('NOT_FOUND', `no appointment ${appointmentId}`, { where: 'appointmentId' });
  await visibleCase(context, principal, row.caseId);
  const notice: AppointmentNotice = {
    type: row.status === 'cancelled' ? 'appointment.cancelled' : 'appointment.booked',
    appointment_id: row.id,
    case_id: row.caseId,
    starts_at: row.startsAt.toISOString(),
    ends_at: row.endsAt.toISOString(),
    starts_at_local: localIso(row.startsAt, row.sellerTimeZone),
    seller_time_zone: row.sellerTimeZone,
    join_url: joinUrlOf(context.config, row.id),
  };
  const title = row.language === 'zh' ? 'Second Look 视频验证' : 'Second Look video verification';
  const ics = appointmentInvite(notice, title);
  if (!ics) throw new Error(`the invite of appointment ${row.id} could not be built`);
  return { ics, status: row.status };
}

/**
 * Schedules the policy's reminders for a call just booked or moved (in the booking's transaction),
 * skipping times already past. A moved or cancelled call's reminders find it no longer booked.
 */
async function scheduleCallReminders(
  tx: Tx,
  context: Pick<Deps, 'queue'>,
  row: AppointmentRow,
  now: Date,
): Promise<void> {
  const current = await findCase(tx, row.caseId);
  if (!current) return;
  const policy = await policyOfCase(tx, current);
  for (const hours of policy.live_verification.reminder_hours_before) {
    const at = new Date(row.startsAt.getTime() - hours * HOUR);
    if (at <= now) continue;
    await context.queue.send(
      appointmentReminderDue,
      { appointment_id: row.id, hours_before: hours },
      { startAfter: at, transaction: tx },
    );
  }
}
