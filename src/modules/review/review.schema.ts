import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A reviewer's decision on a case. One that needs four eyes is `proposed` until a second reviewer
 * approves it (`decided`, and the case moves) or sends it back (`sent_back`); one that does not is
 * `decided` at once. `void`: the case closed another way while it was proposed.
 */
export const caseDecisions = pgTable(
  'case_decisions',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    decision: text('decision').notNull(),
    status: text('status').notNull(),
    /** The reason codes with their seller-facing texts as they were when decided. */
    reasons: jsonb('reasons').notNull(),
    /** Staff only. */
    note: text('note').notNull(),
    /** `info_requested`: the materials asked for, `[{material, reason_codes}]`. */
    requirements: jsonb('requirements').notNull().default(sql`'[]'::jsonb`),
    /** `approved`: the requirements it waived, `[{material, reason_code}]`. */
    waivers: jsonb('waivers').notNull().default(sql`'[]'::jsonb`),
    /** The case's appeal count when proposed: 0 is the first instance. */
    appealRound: integer('appeal_round').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: tz('proposed_at').notNull(),
    /** The second reviewer, who approved it or sent it back. */
    reviewedBy: text('reviewed_by'),
    reviewedAt: tz('reviewed_at'),
    reviewNote: text('review_note'),
    /** When it took effect, and the status it gave the case. */
    decidedAt: tz('decided_at'),
    caseStatus: text('case_status'),
    /** The case's review SLA when it took effect: a decision after it was late. */
    reviewDueAt: tz('review_due_at'),
  },
  (t) => [
    index('case_decisions_case_idx').on(t.caseId, t.proposedAt),
    uniqueIndex('case_decisions_one_proposed_idx').on(t.caseId).where(sql`${t.status} = 'proposed'`),
    index('case_decisions_decided_idx').on(t.decidedAt),
  ],
);

/** A seller's appeal of a rejection: the plan of action (SPEC section 6). */
export const caseAppeals = pgTable(
  'case_appeals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    /** 1 for the first appeal of the case, 2 for the second… */
    number: integer('number').notNull(),
    rootCause: text('root_cause').notNull(),
    whatWasFixed: text('what_was_fixed').notNull(),
    howPrevented: text('how_prevented').notNull(),
    /** The plan's checks as they came out when it was handed in (the policy's statement rules). */
    checks: jsonb('checks').notNull().default([]),
    /** `pass` or `warn`: a failing plan is refused before it is stored. */
    outcome: text('outcome').notNull().default('pass'),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: tz('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('case_appeals_case_number_idx').on(t.caseId, t.number)],
);
