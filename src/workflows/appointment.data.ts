import { type AppointmentRow, type Language, localIso } from '../modules/appointments/index.js';
import { findRequirements } from '../modules/cases/index.js';
import { type AppointmentData, chooseLanguages } from '../modules/notifications/index.js';
import { findSeller } from '../modules/sellers/index.js';
import type { Deps } from './deps.js';

/** What a call's notices say about it: the material, the seller's language, the join link, the payload. */

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

/** The notification payload of a call (webhooks and the seller's email read it). */
export function appointmentData(
  config: Deps['config'],
  row: AppointmentRow,
  material: string,
): AppointmentData {
  return {
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
    join_url: joinUrlOf(config, row.id),
  };
}
