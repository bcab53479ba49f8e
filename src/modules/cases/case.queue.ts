import { and, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { readCounters } from '../../adapters/db/counters.js';
import type { Db } from '../../adapters/db/database.js';
import type { CaseRow } from './case.repository.js';
import type { CaseStatus } from './case.state.js';
import { caseReasons, cases } from './cases.schema.js';
import type { Severity, Trigger } from './policy.contract.js';

/**
 * The review queue: cases waiting for a reviewer's decision, and the order they are worked in.
 * This file is the one place that order is defined; the queue listing and anything that needs a
 * case's place in line (the seller's ETA) read it from here.
 */
export const REVIEW_QUEUE_STATUSES = [
  'submitted',
  'in_review',
  'appealed',
] as const satisfies readonly CaseStatus[];
export type ReviewQueueStatus = (typeof REVIEW_QUEUE_STATUSES)[number];

const queueSet: ReadonlySet<string> = new Set(REVIEW_QUEUE_STATUSES);
export const isInReviewQueue = (status: string): status is ReviewQueueStatus => queueSet.has(status);

/** High before medium before low. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** Where a case stands in the queue: the keys of the order, and the keyset cursor of a page. */
export interface QueuePosition {
  severity: Severity;
  /** The SLA: `submitted_at` (or `appealed_at`) plus the policy's `review.sla_hours`. */
  reviewDueAt: Date;
  id: string;
}

/**
 * The queue order: severity (high, medium, low), then the SLA (least time left first, so a breached
 * case comes before one still in time), then the case id so that the order is total and stable.
 */
export function compareQueuePositions(a: QueuePosition, b: QueuePosition): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.reviewDueAt.getTime() - b.reviewDueAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A case's place in the order. A case from before SLAs were recorded counts as due when it opened. */
export const queuePositionOf = (row: CaseRow): QueuePosition => ({
  severity: row.severity as Severity,
  reviewDueAt: row.reviewDueAt ?? row.openedAt,
  id: row.id,
});

/** When the case last entered the queue: its submission or its appeal, whichever is later. */
export function queuedAtOf(row: CaseRow): Date {
  const times = [row.submittedAt, row.appealedAt].filter((t): t is Date => t !== null);
  return new Date(Math.max(...times.map((t) => t.getTime()), row.openedAt.getTime()));
}

// The same order in SQL, on the stored sort key (`queue_rank`, `queue_due_at`, kept by the
// database; `cases_queue_key_idx` holds it for the queued cases): the page query and the cursor
// compare these three columns.
const rankSql = sql`${cases.queueRank}`;
const dueSql = sql`${cases.queueDueAt}`;
const queuedAtSql = sql`greatest(${cases.submittedAt}, ${cases.appealedAt}, ${cases.openedAt})`;
const positionSql = sql`(${rankSql}, ${dueSql}, ${cases.id})`;
const positionParam = (p: QueuePosition) =>
  sql`(${SEVERITY_RANK[p.severity]}::int, ${p.reviewDueAt.toISOString()}::timestamptz, ${p.id}::uuid)`;

export interface ReviewQueueFilter {
  statuses?: readonly ReviewQueueStatus[];
  trigger?: Trigger;
  /** A subquery of seller ids (the sellers module answers marketplace and country). */
  sellerIdsIn?: SQL;
  /** A subquery of case ids (e.g. those with a decision waiting for a second reviewer). */
  caseIdsIn?: SQL;
  assignee?: { userId: string } | 'unassigned';
  /** Waiting at least since / at most since: the queue's age filter. */
  queuedNotAfter?: Date;
  queuedNotBefore?: Date;
  /** Only cases whose SLA has passed at this instant. */
  breachedAt?: Date;
  after?: QueuePosition;
  limit: number;
}

/** One page of the queue, in queue order. */
export async function findReviewQueue(db: Db, filter: ReviewQueueFilter): Promise<CaseRow[]> {
  const conditions: SQL[] = [inArray(cases.status, [...(filter.statuses ?? REVIEW_QUEUE_STATUSES)])];
  if (filter.trigger)
    conditions.push(
      sql`exists (select 1 from ${caseReasons} where ${caseReasons.caseId} = ${cases.id} and ${caseReasons.trigger} = ${filter.trigger})`,
    );
  if (filter.sellerIdsIn) conditions.push(sql`${cases.sellerId} in (${filter.sellerIdsIn})`);
  if (filter.caseIdsIn) conditions.push(sql`${cases.id} in (${filter.caseIdsIn})`);
  if (filter.assignee === 'unassigned') conditions.push(isNull(cases.assigneeId));
  else if (filter.assignee) conditions.push(eq(cases.assigneeId, filter.assignee.userId));
  if (filter.queuedNotAfter)
    conditions.push(sql`${queuedAtSql} <= ${filter.queuedNotAfter.toISOString()}::timestamptz`);
  if (filter.queuedNotBefore)
    conditions.push(sql`${queuedAtSql} >= ${filter.queuedNotBefore.toISOString()}::timestamptz`);
  if (filter.breachedAt) conditions.push(sql`${dueSql} < ${filter.breachedAt.toISOString()}::timestamptz`);
  if (filter.after) conditions.push(sql`${positionSql} > ${positionParam(filter.after)}`);
  return db
    .select()
    .from(cases)
    .where(and(...conditions))
    .orderBy(rankSql, dueSql, cases.id)
    .limit(filter.limit);
}

/** How many cases in the queue come before `position` (0: it is next). */
export async function countCasesAhead(db: Db, position: QueuePosition): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        inArray(cases.status, [...REVIEW_QUEUE_STATUSES]),
        sql`${positionSql} < ${positionParam(position)}`,
      ),
    );
  return row?.count ?? 0;
}

export interface QueueLoad {
  /** `null`: the cases nobody holds. */
  assigneeId: string | null;
  cases: number;
  breached: number;
}

/** The queue per holder: how many cases each reviewer holds and how many of those are past their SLA. */
export async function countQueueByAssignee(db: Db, at: Date): Promise<QueueLoad[]> {
  return db
    .select({
      assigneeId: cases.assigneeId,
      cases: sql<number>`count(*)::int`,
      breached: sql<number>`(count(*) filter (where ${dueSql} < ${at.toISOString()}::timestamptz))::int`,
    })
    .from(cases)
    .where(inArray(cases.status, [...REVIEW_QUEUE_STATUSES]))
    .groupBy(cases.assigneeId);
}

/** Cases in the review queue whose review SLA falls in `[from, until)`: the ones about to breach. */
export async function findCasesNearingReviewSla(db: Db, from: Date, until: Date): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(
      and(
        inArray(cases.status, [...REVIEW_QUEUE_STATUSES]),
        sql`${cases.reviewDueAt} >= ${from.toISOString()}::timestamptz`,
        lt(cases.reviewDueAt, until),
      ),
    )
    .orderBy(cases.reviewDueAt, cases.id);
}

/** Cases per status, from the counters the database keeps in each change's transaction. */
export const countCasesByStatus = (db: Db) => readCounters(db, 'cases:');
