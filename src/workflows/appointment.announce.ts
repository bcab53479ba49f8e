import type { Principal } from '../modules/access/index.js';
import {
  type AppointmentNotice,
  type AppointmentRow,
  appointmentInvite,
  type Language,
  localIso,
} from '../modules/appointments/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { findRequirements } from '../modules/cases/index.js';
import {
  type AppointmentData,
  chooseLanguages,
  findNotificationEvent,
  type NotificationEmailRow,
  recordNotification,
} from '../modules/notifications/index.js';
import { findSeller } from '../modules/sellers/index.js';
import type { Deps } from './deps.js';

type Tx = Deps['db'];

export async function materialOf(tx: Tx, row: AppointmentRow): Promise<string> {
  return (await findRequirements(tx, row.caseId)).find((r) => r.id === row.requirementId)?.material ?? '';
}

export async function sellerLanguage(db: Tx, sellerId: string): Promise<Language> {
  const profile = ((await findSeller(db, sellerId))?.profile ?? {}) as Parameters<typeof chooseLanguages>[0];
  return chooseLanguages(profile)[0] ?? 'en';
}

export function joinUrlOf(config: Deps['config'], appointmentId: string): string | null {
  const template = config.notifications.videoUrlTemplate;
  return template ? template.replaceAll('{appointment_id}', encodeURIComponent(appointmentId)) : null;
}

/** One audit event (the timeline reads it) and one notification event (webhooks, the email). */
export async function announce(
  tx: Tx,
  context: Pick<Deps, 'auditKey' | 'config'>,
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
    case_id: row.caseId,
    seller_id: row.sellerId,
    appointment_id: row.id,
    material,
    status: row.status,
    starts_at: row.startsAt.toISOString(),
    ends_at: row.endsAt.toISOString(),
    starts_at_local: localIso(row.startsAt, row.sellerTimeZone),
    seller_time_zone: row.sellerTimeZone,
    language: row.language,
    join_url: joinUrlOf(context.config, row.id),
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
