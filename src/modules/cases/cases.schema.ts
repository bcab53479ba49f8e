import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const policies = pgTable(
  'policies',
  {
    version: text('version').primaryKey(),
    document: jsonb('document').notNull(),
    isActive: boolean('is_active').notNull().default(false),
    createdAt: tz('created_at').notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('policies_one_active_idx').on(t.isActive).where(sql`${t.isActive}`)],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    status: text('status').notNull(),
    severity: text('severity').notNull(),
    policyVersion: text('policy_version').notNull(),
    openedAt: tz('opened_at').notNull(),
    openedBy: text('opened_by').notNull(),
    deadlineAt: tz('deadline_at').notNull(),
    submittedAt: tz('submitted_at'),
    decidedAt: tz('decided_at'),
    closedAt: tz('closed_at'),
    appealCount: integer('appeal_count').notNull().default(0),
    /** The latest appeal: with `submitted_at`, when the case last entered the review queue. */
    appealedAt: tz('appealed_at'),
    /** When review breaches its SLA: set each time the case enters the queue (submission or appeal). */
    reviewDueAt: tz('review_due_at'),
    /** The reviewer (a user id) who holds the case; only they may propose its decision. */
    assigneeId: text('assignee_id'),
    assignedAt: tz('assigned_at'),
    /** Bumped on every change: writers compare it to refuse a stale update. */
    revision: integer('revision').notNull().default(1),
    updatedAt: tz('updated_at').notNull(),
    /**
     * The review queue's sort key, stored (kept by the database from `severity`, `review_due_at`
     * and `opened_at`): severity rank (high 0, medium 1, low 2), then when review is due.
     */
    queueRank: smallint('queue_rank')
      .notNull()
      .generatedAlwaysAs(sql`(case severity when 'high' then 0 when 'medium' then 1 else 2 end)`),
    queueDueAt: tz('queue_due_at').notNull().generatedAlwaysAs(sql`coalesce(review_due_at, opened_at)`),
  },
  (t) => [
    uniqueIndex('cases_one_open_per_seller_idx')
      .on(t.sellerId)
      .where(
        sql`${t.status} in ('awaiting_documents','submitted','in_review','info_requested','rejected','appealed')`,
      ),
    index('cases_status_opened_idx').on(t.status, t.openedAt, t.id),
    index('cases_opened_idx').on(t.openedAt, t.id),
    index('cases_seller_idx').on(t.sellerId),
    index('cases_review_queue_idx').on(t.status, t.reviewDueAt, t.id),
    // The queue's order (case.queue.ts) on the stored sort key, holding only the queued cases: a
    // page is read from the index in order and stops at its limit, and counts read the queue only.
    index('cases_queue_key_idx')
      .on(t.queueRank, t.queueDueAt, t.id)
      .where(sql`status in ('submitted','in_review','appealed')`),
    index('cases_assignee_idx').on(t.assigneeId, t.status),
  ],
);

/** Why a case is open: one row per trigger, updated when a later finding of that trigger arrives. */
export const caseReasons = pgTable(
  'case_reasons',
  {
    caseId: uuid('case_id').notNull(),
    trigger: text('trigger').notNull(),
    score: doublePrecision('score').notNull(),
    severity: text('severity').notNull(),
    summary: text('summary').notNull(),
    evidence: jsonb('evidence').notNull(),
    relatedSellerIds: jsonb('related_seller_ids').notNull().default(sql`'[]'::jsonb`),
    source: text('source').notNull(),
    addedAt: tz('added_at').notNull(),
    updatedAt: tz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('case_reasons_case_trigger_idx').on(t.caseId, t.trigger),
    index('case_reasons_trigger_idx').on(t.trigger),
  ],
);

export const requirements = pgTable(
  'requirements',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    material: text('material').notNull(),
    triggers: jsonb('triggers').notNull(),
    reason: text('reason').notNull(),
    acceptedVariants: jsonb('accepted_variants').notNull(),
    rules: jsonb('rules').notNull(),
    status: text('status').notNull(),
    errors: jsonb('errors').notNull().default(sql`'[]'::jsonb`),
    dueAt: tz('due_at').notNull(),
    /** When a reviewer asked for it again: only a document uploaded since then answers it. */
    reaskedAt: tz('reasked_at'),
    createdAt: tz('created_at').notNull(),
    updatedAt: tz('updated_at').notNull(),
  },
  (t) => [uniqueIndex('requirements_case_material_idx').on(t.caseId, t.material)],
);
