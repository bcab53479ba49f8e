import { z } from 'zod';
import type { Principal } from '../../modules/access/index.js';
import {
  type AppointmentRow,
  type AvailabilityRow,
  CallOutcome,
  LANGUAGES,
  localIso,
} from '../../modules/appointments/index.js';

const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date such as 2026-12-08');
const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:30');
export const TimeZoneName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'an IANA time zone');
export const LanguageCode = z.enum(LANGUAGES);

export const PublishAvailabilityRequest = z.strictObject({
  reviewer_id: z.string().min(1).max(100).optional(),
  date: Day,
  from: WallTime,
  to: WallTime,
  time_zone: TimeZoneName,
  languages: z
    .array(LanguageCode)
    .min(1)
    .max(LANGUAGES.length)
    .refine((list) => new Set(list).size === list.length, 'each language once'),
});

export const AvailabilityView = z.object({
  id: z.string(),
  reviewer_id: z.string(),
  time_zone: z.string(),
  languages: z.array(z.string()),
  starts_at: z.string(),
  ends_at: z.string(),
  starts_at_local: z.string(),
  ends_at_local: z.string(),
});

export function presentAvailability(w: AvailabilityRow): z.infer<typeof AvailabilityView> {
  return {
    id: w.id,
    reviewer_id: w.reviewerId,
    time_zone: w.timeZone,
    languages: w.languages as string[],
    starts_at: w.startsAt.toISOString(),
    ends_at: w.endsAt.toISOString(),
    starts_at_local: localIso(w.startsAt, w.timeZone),
    ends_at_local: localIso(w.endsAt, w.timeZone),
  };
}

export const FreeSlotView = z.object({
  id: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  starts_at_local: z.string(),
  ends_at_local: z.string(),
  languages: z.array(z.string()),
});

export const BookRequest = z.strictObject({
  slot_id: z.uuid(),
  time_zone: TimeZoneName.optional(),
  language: LanguageCode.optional(),
});
export const RescheduleRequest = z.strictObject({ slot_id: z.uuid() });
export const CancelRequest = z.strictObject({ reason: z.string().max(500).optional() });
export { CallOutcome };

export const AppointmentView = z.object({
  id: z.string(),
  case_id: z.string(),
  requirement_id: z.string(),
  status: z.enum(['booked', 'rescheduled', 'cancelled', 'completed', 'no_show']),
  starts_at: z.string(),
  ends_at: z.string(),
  starts_at_local: z.string(),
  ends_at_local: z.string(),
  seller_time_zone: z.string(),
  language: z.string(),
  join_url: z.string().nullable(),
  /** Staff only: who holds the call and what they recorded. */
  reviewer_id: z.string().optional(),
  outcome: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

/** What recording a call's outcome answers: the call, and what it made of the requirement. */
export const OutcomeView = z.object({
  appointment: AppointmentView,
  requirement_status: z.string(),
  errors: z.array(z.string()),
});

export function presentAppointment(
  row: AppointmentRow,
  viewer: Principal,
  joinUrl: string | null,
): AppointmentView {
  const staff = viewer.role !== 'seller';
  return {
    id: row.id,
    case_id: row.caseId,
    requirement_id: row.requirementId,
    status: row.status as AppointmentView['status'],
    starts_at: row.startsAt.toISOString(),
    ends_at: row.endsAt.toISOString(),
    starts_at_local: localIso(row.startsAt, row.sellerTimeZone),
    ends_at_local: localIso(row.endsAt, row.sellerTimeZone),
    seller_time_zone: row.sellerTimeZone,
    language: row.language,
    join_url: row.status === 'booked' ? joinUrl : null,
    ...(staff
      ? { reviewer_id: row.reviewerId, outcome: (row.outcome as Record<string, unknown> | null) ?? null }
      : {}),
  };
}
