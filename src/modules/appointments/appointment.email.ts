import { createEvent } from 'ics';
import { escapeHtml, type Language, type RenderedEmail } from '../notifications/index.js';

/** What a seller's appointment email says: from the `appointment.*` notification event. */
export interface AppointmentNotice {
  type: string;
  appointment_id: string;
  case_id: string;
  starts_at: string;
  ends_at: string;
  starts_at_local: string;
  seller_time_zone: string;
  join_url: string | null;
  requirement_status?: string;
  hours_before?: number;
}

const WORDS = {
  en: {
    'appointment.booked': 'Your video verification call is booked',
    'appointment.rescheduled': 'Your video verification call has moved',
    'appointment.cancelled': 'Your video verification call is cancelled',
    'appointment.outcome_recorded': 'The result of your video verification call',
    'appointment.reminder': 'Reminder: your video verification call is coming up',
    when: 'When',
    join: 'Join the call',
    noLink: 'The link to join will be sent by your marketplace.',
    bring:
      'Have the original documents at hand (government ID, business licence) and be alone in a quiet place.',
    result: 'Requirement status',
    invite: 'The attached invite (.ics) adds the call to your calendar.',
  },
  zh: {
    'appointment.booked': '您的视频验证通话已预约',
    'appointment.rescheduled': '您的视频验证通话已改期',
    'appointment.cancelled': '您的视频验证通话已取消',
    'appointment.outcome_recorded': '您的视频验证通话结果',
    'appointment.reminder': '提醒：您的视频验证通话即将开始',
    when: '时间',
    join: '加入通话',
    noLink: '加入通话的链接将由平台另行发送。',
    bring: '请准备好证件原件（政府签发的身份证件、营业执照），并在安静的地方单独参加。',
    result: '要求状态',
    invite: '附件中的邀请（.ics）可将通话加入您的日历。',
  },
} as const;

type Kind = keyof (typeof WORDS)['en'] & `appointment.${string}`;

/** Subject and bodies in the seller's languages (first language first), as the other emails. */
export function composeAppointmentEmail(notice: AppointmentNotice, languages: Language[]): RenderedEmail {
  const kind = notice.type as Kind;
  const blocks = languages.map((language) => {
    const w = WORDS[language];
    const lines = [
      w[kind] ?? w['appointment.booked'],
      `${w.when}: ${notice.starts_at_local.replace('T', ' ').slice(0, 16)} (${notice.seller_time_zone})`,
    ];
    if (notice.type === 'appointment.outcome_recorded')
      lines.push(`${w.result}: ${notice.requirement_status ?? ''}`);
    else if (notice.type !== 'appointment.cancelled')
      lines.push(notice.join_url ? `${w.join}: ${notice.join_url}` : w.noLink, w.bring, w.invite);
    return lines;
  });
  const subject = languages.map((l) => WORDS[l][kind] ?? WORDS[l]['appointment.booked']).join(' / ');
  return {
    subject: `${subject} (${notice.case_id.slice(0, 8)})`,
    text: blocks.map((lines) => lines.join('\n')).join('\n\n---\n\n'),
    html: blocks
      .map((lines) => `<div>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`)
      .join('<hr>'),
  };
}

const parts = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

/**
 * The calendar invite (RFC 5545) for a booked or moved call; a cancellation sends the same UID
 * with `METHOD:CANCEL` so calendars remove it. Times are UTC: every calendar shows them in its zone.
 */
export function appointmentInvite(notice: AppointmentNotice, title: string): string | undefined {
  if (notice.type === 'appointment.outcome_recorded') return undefined;
  const cancelled = notice.type === 'appointment.cancelled';
  const { error, value } = createEvent({
    uid: `${notice.appointment_id}@secondlook`,
    title,
    start: parts(notice.starts_at),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: parts(notice.ends_at),
    endInputType: 'utc',
    endOutputType: 'utc',
    method: cancelled ? 'CANCEL' : 'REQUEST',
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(notice.join_url ? { url: notice.join_url, location: notice.join_url } : {}),
    description: notice.join_url ?? '',
    productId: 'secondlook/appointments',
  });
  if (error || !value) return undefined;
  return value;
}
