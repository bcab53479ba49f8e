import { z } from 'zod';
import type { LiveVerificationPolicy } from './live-verification.policy.js';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** A published window cut into back-to-back calls; a remainder shorter than a call is dropped. */
export function cutIntoSlots(
  startsAt: Date,
  endsAt: Date,
  minutes: number,
): { startsAt: Date; endsAt: Date }[] {
  const cut: { startsAt: Date; endsAt: Date }[] = [];
  for (let at = startsAt.getTime(); at + minutes * MINUTE <= endsAt.getTime(); at += minutes * MINUTE)
    cut.push({ startsAt: new Date(at), endsAt: new Date(at + minutes * MINUTE) });
  return cut;
}

/** The instants between which a seller may book now: after the notice, before the horizon. */
export function bookableWindow(now: Date, policy: LiveVerificationPolicy): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() + policy.min_notice_hours * HOUR),
    to: new Date(now.getTime() + policy.book_ahead_days * 24 * HOUR),
  };
}

export function isBookable(startsAt: Date, now: Date, policy: LiveVerificationPolicy): boolean {
  const { from, to } = bookableWindow(now, policy);
  return startsAt >= from && startsAt <= to;
}

/** A booked call can be moved or cancelled until the notice period before it begins. */
export function isChangeable(startsAt: Date, now: Date, policy: LiveVerificationPolicy): boolean {
  return startsAt.getTime() - now.getTime() >= policy.min_notice_hours * HOUR;
}

/** The requirement's earlier appointments, as far as the limits care. */
export interface AppointmentHistory {
  rescheduled: number;
  noShows: number;
}

export function mayReschedule(history: AppointmentHistory, policy: LiveVerificationPolicy): boolean {
  return history.rescheduled < policy.reschedules_allowed;
}

/** After a missed call: book again (within the policy's rebookings) or the requirement goes past due. */
export function afterNoShow(
  history: AppointmentHistory,
  policy: LiveVerificationPolicy,
): 'rebook' | 'past_due' {
  return history.noShows > policy.rebookings_after_no_show ? 'past_due' : 'rebook';
}

export function mayBook(history: AppointmentHistory, policy: LiveVerificationPolicy): boolean {
  return history.noShows <= policy.rebookings_after_no_show;
}

/** Original documents a seller can hold up to the camera. */
const ORIGINALS = [
  'government_id',
  'passport',
  'business_license',
  'proof_of_address',
  'bank_statement',
  'other',
] as const;

export const CallOutcome = z.strictObject({
  /** `false`: the seller did not join (a no-show). The other fields are then ignored. */
  attended: z.boolean(),
  person_matches_id: z.boolean().optional(),
  originals_shown: z
    .array(z.enum(ORIGINALS))
    .max(ORIGINALS.length)
    .refine((list) => new Set(list).size === list.length, 'each document only once')
    .default([]),
  notes: z.string().max(4000).default(''),
});
export type CallOutcome = z.infer<typeof CallOutcome>;

const LIVE_ERROR_CODES = ['LIVE_PERSON_MISMATCH', 'LIVE_NO_ORIGINALS_SHOWN', 'LIVE_NO_SHOW'] as const;
export type LiveErrorCode = (typeof LIVE_ERROR_CODES)[number];

/** What the call means for the requirement: met, or errored with the codes that say why. */
export function judgeCall(outcome: CallOutcome): {
  status: 'satisfied' | 'errored';
  errors: LiveErrorCode[];
} {
  if (!outcome.attended) return { status: 'errored', errors: ['LIVE_NO_SHOW'] };
  const errors: LiveErrorCode[] = [];
  if (outcome.person_matches_id !== true) errors.push('LIVE_PERSON_MISMATCH');
  if (outcome.originals_shown.length === 0) errors.push('LIVE_NO_ORIGINALS_SHOWN');
  return errors.length ? { status: 'errored', errors } : { status: 'satisfied', errors: [] };
}
