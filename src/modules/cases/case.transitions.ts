import type { Db } from '../../adapters/db/database.js';
import { appendAuditEvent } from '../audit/index.js';
import { recordNotification } from '../notifications/index.js';
import {
  announceRestrictionChange,
  combineRestrictions,
  findSellerRestrictions,
  loadShapingCases,
} from './case.announcements.js';
import { type CaseRow, writeCaseStatus } from './case.repository.js';
import { type ActorKind, type CaseAction, type CaseStatus, isTerminal, nextStatus } from './case.state.js';

export interface CaseActor {
  /** How the audit log names the actor (`user:…`, `system:deadlines`). */
  name: string;
  kind: ActorKind;
}

/** Fields that move together with the status, in the same write. */
export interface CaseFieldChange {
  /** Required when the case enters the review queue (`submitted`, `appealed`): its SLA. */
  reviewDueAt?: Date;
  /** `null` lets the case go: nobody holds it any more. */
  assigneeId?: string | null;
  deadlineAt?: Date;
}

const DECISIONS: ReadonlySet<CaseStatus> = new Set(['approved', 'rejected', 'rejected_final']);
const ENTERS_QUEUE: ReadonlySet<CaseStatus> = new Set(['submitted', 'appealed']);

/**
 * Moves a case along the transition table, inside the caller's transaction: checks the move,
 * writes the status (refusing a stale revision), appends the audit event and records the
 * notifications (`case.transitioned`, and `seller.restrictions_changed` when the account's
 * restrictions moved), together. Every transition, present or future, is announced from here.
 */
export async function applyCaseAction(
  tx: Db,
  auditKey: string,
  at: Date,
  current: CaseRow,
  action: CaseAction,
  actor: CaseActor,
  detail: Record<string, unknown> = {},
  also: CaseFieldChange = {},
): Promise<CaseRow> {
  const from = current.status as CaseStatus;
  const to = nextStatus(from, action, actor.kind);
  // Every case in the queue has an SLA: the queue orders by it and the SLA job watches it.
  if (ENTERS_QUEUE.has(to) && !also.reviewDueAt)
    throw new Error(`case.transitions: ${action} puts the case in the review queue without an SLA`);
  const change = {
    status: to,
    at,
    ...(to === 'submitted' ? { submittedAt: at } : {}),
    ...(DECISIONS.has(to) ? { decidedAt: at } : {}),
    ...(isTerminal(to) ? { closedAt: at } : {}),
    ...(action === 'appeal' ? { appealCount: current.appealCount + 1, appealedAt: at } : {}),
    ...also,
  };
  const shaping = await loadShapingCases(tx, current.sellerId);
  const before = combineRestrictions(shaping).restrictions;
  await writeCaseStatus(tx, current.id, current.revision, change);
  await appendAuditEvent(tx, auditKey, at, {
    actor: actor.name,
    action: 'case.transitioned',
    entityType: 'case',
    entityId: current.id,
    data: { case_action: action, from, to, ...detail },
  });
  const appealCount = change.appealCount ?? current.appealCount;
  const reasonCodes = detail.reason_codes;
  await recordNotification(tx, {
    type: 'case.transitioned',
    sellerId: current.sellerId,
    caseId: current.id,
    occurredAt: at,
    data: {
      case_id: current.id,
      seller_id: current.sellerId,
      action,
      from,
      to,
      by: actor.kind,
      appeal_count: appealCount,
      ...(isStringList(reasonCodes) ? { reason_codes: reasonCodes } : {}),
    },
  });
  // The case that moves is the seller's open case, so its latest: the one whose status decides.
  const after = shaping.some((c) => c.id === current.id)
    ? combineRestrictions(shaping.map((c) => (c.id === current.id ? { ...c, status: to, appealCount } : c)))
    : await findSellerRestrictions(tx, current.sellerId);
  await announceRestrictionChange(tx, {
    sellerId: current.sellerId,
    caseId: current.id,
    cause: 'case.transitioned',
    at,
    before,
    after,
  });
  return {
    ...current,
    status: to,
    updatedAt: at,
    revision: current.revision + 1,
    submittedAt: change.submittedAt ?? current.submittedAt,
    decidedAt: change.decidedAt ?? current.decidedAt,
    closedAt: change.closedAt ?? current.closedAt,
    appealCount,
    appealedAt: change.appealedAt ?? current.appealedAt,
    reviewDueAt: also.reviewDueAt ?? current.reviewDueAt,
    deadlineAt: also.deadlineAt ?? current.deadlineAt,
    ...(also.assigneeId !== undefined
      ? { assigneeId: also.assigneeId, assignedAt: also.assigneeId === null ? null : at }
      : {}),
  };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
