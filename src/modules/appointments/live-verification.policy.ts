import { z } from 'zod';

/**
 * The policy's `live_verification` section: how video verification appointments are offered.
 * Absent from a policy document, the defaults below apply (older policies stay valid).
 */
export const LiveVerificationPolicy = z.strictObject({
  /** Length of one call; availability is cut into slots of this length. */
  slot_minutes: z.int().min(10).max(120),
  /** How far ahead a seller may book. */
  book_ahead_days: z.int().min(1).max(90),
  /** A slot closer than this cannot be booked, moved or cancelled any more. */
  min_notice_hours: z.int().min(0).max(168),
  /** How many times the seller may move a booked call. */
  reschedules_allowed: z.int().min(0).max(10),
  /** After a missed call the seller may book this many more; one more miss makes the requirement `past_due`. */
  rebookings_after_no_show: z.int().min(0).max(3),
  /** Reminder emails before a booked call, in hours before it begins; a time already past at booking is skipped. */
  reminder_hours_before: z
    .array(z.int().min(1).max(168))
    .max(4)
    .refine((list) => new Set(list).size === list.length, 'each time once')
    .default([24, 1]),
});
export type LiveVerificationPolicy = z.infer<typeof LiveVerificationPolicy>;

export const DEFAULT_LIVE_VERIFICATION: LiveVerificationPolicy = {
  slot_minutes: 30,
  book_ahead_days: 21,
  min_notice_hours: 12,
  reschedules_allowed: 2,
  rebookings_after_no_show: 1,
  reminder_hours_before: [24, 1],
};

/** The section as the policy contract holds it: optional in the document, defaulted when read. */
export const LiveVerificationSection = LiveVerificationPolicy.default(DEFAULT_LIVE_VERIFICATION);
