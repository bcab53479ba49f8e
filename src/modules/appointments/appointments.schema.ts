import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One window a reviewer publishes (a date, from–to, in their own time zone), cut into slots. */
export const availability = pgTable('appointment_availability', {
  id: uuid('id').primaryKey(),
  reviewerId: text('reviewer_id').notNull(),
  timeZone: text('time_zone').notNull(),
  languages: jsonb('languages').notNull(),
  startsAt: tz('starts_at').notNull(),
  endsAt: tz('ends_at').notNull(),
  withdrawnAt: tz('withdrawn_at'),
  createdAt: tz('created_at').notNull(),
});

export const slots = pgTable(
  'appointment_slots',
  {
    id: uuid('id').primaryKey(),
    availabilityId: uuid('availability_id').notNull(),
    reviewerId: text('reviewer_id').notNull(),
    languages: jsonb('languages').notNull(),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    withdrawnAt: tz('withdrawn_at'),
  },
  (t) => [
    // A reviewer holds one call at a time, even across overlapping windows.
    uniqueIndex('appointment_slots_reviewer_start_idx').on(t.reviewerId, t.startsAt),
    index('appointment_slots_start_idx').on(t.startsAt),
  ],
);

/**
 * A seller's booking of a slot. `booked` is the live one; moving it leaves the old row
 * `rescheduled` and books a new one. The partial unique indexes are the rule "no double booking":
 * two sellers racing for one slot, the database lets exactly one insert through.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    requirementId: uuid('requirement_id').notNull(),
    sellerId: text('seller_id').notNull(),
    slotId: uuid('slot_id').notNull(),
    reviewerId: text('reviewer_id').notNull(),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    /** booked | rescheduled | cancelled | completed | no_show */
    status: text('status').notNull(),
    sellerTimeZone: text('seller_time_zone').notNull(),
    language: text('language').notNull(),
    /** The reviewer's record of the call: person matches, originals shown, notes. */
    outcome: jsonb('outcome'),
    bookedBy: text('booked_by').notNull(),
    createdAt: tz('created_at').notNull(),
    updatedAt: tz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('appointments_slot_taken_idx')
      .on(t.slotId)
      .where(sql`${t.status} in ('booked','completed','no_show')`),
    uniqueIndex('appointments_one_booked_per_requirement_idx')
      .on(t.requirementId)
      .where(sql`${t.status} = 'booked'`),
    index('appointments_case_idx').on(t.caseId),
  ],
);
