import { findStaff, type Principal, type StaffMember } from '../modules/access/index.js';
import {
  type CaseReasonRow,
  type CaseRow,
  caseAssigned,
  caseReleased,
  findCase,
  findReasons,
  findReviewQueue,
  isInReviewQueue,
  type QueuePosition,
  queuePositionOf,
  type ReviewQueueStatus,
  type Trigger,
} from '../modules/cases/index.js';
import {
  casesAwaitingSecondReviewer,
  type DecisionRow,
  findDecisions,
  findProposedDecisions,
  reviewerRefusal,
} from '../modules/review/index.js';
import { findSellerMarkets, type SellerMarket, sellerIdsWhere } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import { actorKindOf, visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';
import { notifyCaseAssigned } from './staff-notifications.workflow.js';

/** What this use case takes from the process's dependencies. */
export type ReviewQueueDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

const HOUR_MS = 3_600_000;
const DECIDER_ROLES = ['reviewer', 'supervisor'] as const;

export interface ReviewQueueQuery {
  statuses?: ReviewQueueStatus[];
  trigger?: Trigger;
  marketplace?: string;
  country?: string;
  /** `me`, `unassigned`, or a user id. */
  assignee?: string;
  minAgeHours?: number;
  maxAgeHours?: number;
  breached?: boolean;
  awaitingSecondReviewer?: boolean;
  after?: QueuePosition;
  limit: number;
}

/** One line of the queue: the case and what a reviewer needs to pick it. */
export interface QueueEntry {
  case: CaseRow;
  reasons: CaseReasonRow[];
  market: SellerMarket | undefined;
  assignee: StaffMember | undefined;
  /** A decision waiting for a second reviewer, and who proposed it. */
  proposal: DecisionRow | undefined;
  proposer: StaffMember | undefined;
}

/** The review queue in its order (`modules/cases/case.queue.ts`), filtered, a page at a time. */
export async function listReviewQueue(
  context: ReviewQueueDeps,
  principal: Principal,
  query: ReviewQueueQuery,
): Promise<{ entries: QueueEntry[]; next: QueuePosition | undefined }> {
  const now = context.clock.now();
  const db = context.db;
  const rows = await findReviewQueue(db, {
    ...(query.statuses?.length ? { statuses: query.statuses } : {}),
    ...(query.trigger ? { trigger: query.trigger } : {}),
    ...(query.marketplace || query.country
      ? {
          sellerIdsIn: sellerIdsWhere(db, {
            ...(query.marketplace ? { marketplace: query.marketplace } : {}),
            ...(query.country ? { country: query.country } : {}),
          }),
        }
      : {}),
    ...(query.assignee ? { assignee: assigneeFilter(query.assignee, principal) } : {}),
    ...(query.minAgeHours !== undefined
      ? { queuedNotAfter: new Date(now.getTime() - query.minAgeHours * HOUR_MS) }
      : {}),
    ...(query.maxAgeHours !== undefined
      ? { queuedNotBefore: new Date(now.getTime() - query.maxAgeHours * HOUR_MS) }
      : {}),
    ...(query.breached ? { breachedAt: now } : {}),
    ...(query.awaitingSecondReviewer ? { caseIdsIn: casesAwaitingSecondReviewer(db) } : {}),
    ...(query.after ? { after: query.after } : {}),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const ids = page.map((c) => c.id);
  const [reasons, markets, proposals] = await Promise.all([
    findReasons(db, ids),
    findSellerMarkets(db, [...new Set(page.map((c) => c.sellerId))]),
    findProposedDecisions(db, ids),
  ]);
  const people = [
    ...page.flatMap((c) => (c.assigneeId ? [c.assigneeId] : [])),
    ...proposals.map((p) => p.proposedBy),
  ];
  const staff = await findStaff(db, { ids: [...new Set(people)] });
  const last = page.at(-1);
  return {
    entries: page.map((c) => {
      const proposal = proposals.find((p) => p.caseId === c.id);
      return {
        case: c,
        reasons: reasons.filter((r) => r.caseId === c.id),
        market: markets.get(c.sellerId),
        assignee: staff.find((s) => s.id === c.assigneeId),
        proposal,
        proposer: staff.find((s) => s.id === proposal?.proposedBy),
      };
    }),
    next: rows.length > query.limit && last ? queuePositionOf(last) : undefined,
  };
}

function assigneeFilter(value: string, principal: Principal): { userId: string } | 'unassigned' {
  if (value === 'unassigned') return 'unassigned';
  if (value === 'me') return { userId: principal.id };
  return { userId: value };
}

/**
 * A reviewer takes a case from the queue. Compared and set on the case's revision: of two
 * reviewers claiming at once, one holds it and the other gets `CONFLICT`. A case that was waiting
 * (`submitted`, `appealed`) goes `in_review`. Claiming a case one already holds changes nothing.
 */
export async function claimCase(
  context: ReviewQueueDeps,
  principal: Principal,
  caseId: string,
  expectedRevision?: number,
): Promise<CaseRow> {
  await visibleCase(context, principal, caseId);
  return context.db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId, expectedRevision);
    assertWaitingForReview(current);
    if (current.assigneeId === principal.id && current.status === 'in_review') return current;
    if (current.assigneeId && current.assigneeId !== principal.id)
      throw new AppError('CONFLICT', 'another reviewer holds this case', {
        where: 'assignee',
        case_id: caseId,
        assignee_id: current.assigneeId,
      });
    await assertMayReview(tx, current, principal.id);
    return assign(context, tx, current, principal.id, principal);
  });
}

/** A supervisor gives a case to a reviewer (or to another one), with the same checks as a claim. */
export async function assignCase(
  context: ReviewQueueDeps,
  principal: Principal,
  caseId: string,
  assigneeId: string,
  expectedRevision?: number,
): Promise<CaseRow> {
  await visibleCase(context, principal, caseId);
  const [assignee] = await findStaff(context.db, { ids: [assigneeId] });
  if (!assignee || assignee.disabled || !(DECIDER_ROLES as readonly string[]).includes(assignee.role))
    throw new AppError('VALIDATION_FAILED', `${assigneeId} is not an active reviewer or supervisor`, {
      where: 'body.assignee_id',
    });
  return context.db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId, expectedRevision);
    assertWaitingForReview(current);
    if (current.assigneeId === assigneeId && current.status === 'in_review') return current;
    await assertMayReview(tx, current, assigneeId);
    return assign(context, tx, current, assigneeId, principal);
  });
}

/** The holder lets the case go back to the queue (a supervisor may release anyone's). */
export async function releaseCase(
  context: ReviewQueueDeps,
  principal: Principal,
  caseId: string,
  expectedRevision?: number,
): Promise<CaseRow> {
  await visibleCase(context, principal, caseId);
  return context.db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId, expectedRevision);
    if (current.assigneeId === null && principal.role === 'supervisor') return current;
    if (current.assigneeId !== principal.id && principal.role !== 'supervisor')
      throw new AppError(
        'NOT_ASSIGNEE',
        'only the reviewer who holds the case (or a supervisor) releases it',
        {
          where: 'assignee',
          assignee_id: current.assigneeId,
        },
      );
    const at = context.clock.now();
    return caseReleased(tx, context.auditKey, at, current, principal.actor);
  });
}

/** The case locked for this transaction, refused with `CONFLICT` if the caller saw an older revision. */
export async function lockCase(
  tx: Deps['db'],
  caseId: string,
  expectedRevision: number | undefined,
): Promise<CaseRow> {
  const current = await findCase(tx, caseId, { forUpdate: true });
  if (!current) throw new AppError('NOT_FOUND', `no case ${caseId}`, { where: 'caseId' });
  if (expectedRevision !== undefined && current.revision !== expectedRevision)
    throw new AppError('CONFLICT', 'the case changed since you loaded it; reload it and try again', {
      where: 'revision',
      expected: expectedRevision,
      current: current.revision,
    });
  return current;
}

function assertWaitingForReview(current: CaseRow) {
  if (!isInReviewQueue(current.status))
    throw new AppError('INVALID_TRANSITION', `A case that is ${current.status} is not waiting for review.`, {
      where: 'status',
      from: current.status,
    });
}

/** An appeal is never reviewed by whoever proposed or approved the rejection it appeals. */
export async function assertMayReview(tx: Deps['db'], current: CaseRow, userId: string) {
  const refusal = reviewerRefusal(userId, {
    appealCount: current.appealCount,
    decisions: await findDecisions(tx, current.id),
  });
  if (refusal)
    throw new AppError(
      'REVIEWER_EXCLUDED',
      'an appeal is reviewed by someone who did not decide the rejection',
      {
        where: 'reviewer',
        reason: refusal,
        user_id: userId,
      },
    );
}

async function assign(
  context: ReviewQueueDeps,
  tx: Deps['db'],
  current: CaseRow,
  assigneeId: string,
  by: Principal,
): Promise<CaseRow> {
  const at = context.clock.now();
  const moved = await caseAssigned(tx, context.auditKey, at, current, assigneeId, {
    name: by.actor,
    kind: actorKindOf(by),
  });
  await notifyCaseAssigned(tx, at, moved, by);
  return moved;
}
