import { z } from 'zod';
import { DATA_KINDS } from './personal-data.map.js';

/**
 * The `retention` section of the versioned policy: per kind of data, after which event and for
 * how many days it is kept. A legal hold or an open case (or appeal) always suspends it: a seller
 * with either is skipped until both are gone.
 */
const RETENTION_EVENTS = ['case_closed', 'appeal_window_ended', 'seller_deactivated'] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

const Days = z
  .int('days is a whole number of days')
  .min(1, 'days is at least 1: a negative or zero period would purge what a review still needs')
  .max(3650, 'days is at most 3650 (ten years): a longer period is no retention rule');

export const RetentionRule = z.strictObject({ after: z.enum(RETENTION_EVENTS), days: Days });
export type RetentionRule = z.infer<typeof RetentionRule>;

export const Retention = z.strictObject({
  /** How often the purge job runs. */
  run_every_hours: z.int().min(1).max(168).default(24),
  kinds: z.partialRecord(z.enum(DATA_KINDS), RetentionRule),
});
export type Retention = z.infer<typeof Retention>;

/** The moment before which the event must have happened for the rule to purge now. */
export function retentionCutoff(rule: RetentionRule, now: Date): Date {
  return new Date(now.getTime() - rule.days * 86_400_000);
}
