import type { Db } from '../../adapters/db/database.js';
import { appendAuditEvent } from '../audit/index.js';
import { recordNotification } from '../notifications/index.js';
import {
  announceRestrictionChange,
  combineRestrictions,
  findSellerRestrictions,
  readShapingCases,
  requirementNotices,
} from './case.announcements.js';
import {
  type AddedFindings,
  markCaseChanged,
  type NewCase,
  recordAddedFindings,
  recordNewCase,
  setCaseAssignee,
} from './case.record.js';
import type { CaseRow } from './case.repository.js';
import { applyCaseAction, type CaseActor } from './case.transitions.js';
import type { Severity } from './policy.contract.js';
import { findRequirements } from './requirement.repository.js';

// What happens to a case besides a move along the transition table (`applyCaseAction`), as use
// cases: the only way other layers write case rows. Each names the event, writes the rows, and
// appends its audit event (and the seller's notifications) in the caller's transaction, together.

export interface OpenedCase {
  caseId: string;
  severity: Severity;
  deadlineAt: Date;
}

/**
 * Policy opened a case on findings: the case, its reasons and requirements, the audit event
 * `case.opened`, the seller's `case.opened` notification and the restriction change it causes.
 */
export async function caseOpened(
  tx: Db,
  auditKey: string,
  input: NewCase & { note?: string },
): Promise<OpenedCase> {
  const { sellerId, policy, findings, at } = input;
  const triggers = findings.map((f) => f.trigger);
  const before = (await findSellerRestrictions(tx, sellerId, policy)).restrictions;
  const opened = await recordNewCase(tx, input);
  const { caseId, severity, deadlineAt } = opened;
  await appendAuditEvent(tx, auditKey, at, {
    actor: input.openedBy,
    action: 'case.opened',
    entityType: 'case',
    entityId: caseId,
    data: {
      seller_id: sellerId,
      triggers,
      source: input.source,
      policy_version: policy.version,
      to: 'awaiting_documents',
      ...(input.note ? { note: input.note } : {}),
    },
  });
  await recordNotification(tx, {
    type: 'case.opened',
    sellerId,
    caseId,
    occurredAt: at,
    data: {
      case_id: caseId,
      seller_id: sellerId,
      status: 'awaiting_documents',
      severity,
      triggers,
      reasons: findings.map((f) => ({ trigger: f.trigger, summary: f.summary })),
      requirements: requirementNotices(await findRequirements(tx, caseId), policy),
      deadline_at: deadlineAt.toISOString(),
      policy_version: policy.version,
      source: input.source,
    },
  });
  const after = await findSellerRestrictions(tx, sellerId, policy);
  await announceRestrictionChange(tx, { sellerId, caseId, cause: 'case.opened', at, before, after });
  return opened;
}

/**
 * New or changed findings joined an open case: its reasons, requirements, severity and deadline,
 * the audit event (`case.reasons_added`, or `case.reasons_updated` when no trigger is new), the
 * seller's `case.reasons_added` notification and the restriction change. `undefined` (and nothing
 * written) when every finding is already on the case as it is.
 */
export async function findingsAdded(
  tx: Db,
  auditKey: string,
  open: CaseRow,
  input: Omit<NewCase, 'sellerId'>,
): Promise<AddedFindings | undefined> {
  const { policy, at } = input;
  const { cases: shaping, reasons } = await readShapingCases(tx, open.sellerId, policy);
  // The open case is the seller's latest, so its reasons were just read with the others.
  const openReasons = shaping.some((c) => c.id === open.id)
    ? reasons.filter((r) => r.caseId === open.id)
    : undefined;
  const added = await recordAddedFindings(tx, open, input, openReasons);
  if (!added) return undefined;
  const { changed, newTriggers, allTriggers, deadlineAt } = added;
  const triggers = changed.map((f) => f.trigger);
  await appendAuditEvent(tx, auditKey, at, {
    actor: input.openedBy,
    action: newTriggers.length ? 'case.reasons_added' : 'case.reasons_updated',
    entityType: 'case',
    entityId: open.id,
    data: { triggers, all_triggers: allTriggers, source: input.source },
  });
  await recordNotification(tx, {
    type: 'case.reasons_added',
    sellerId: open.sellerId,
    caseId: open.id,
    occurredAt: at,
    data: {
      case_id: open.id,
      seller_id: open.sellerId,
      triggers,
      all_triggers: allTriggers,
      requirements: requirementNotices(await findRequirements(tx, open.id), policy),
      deadline_at: deadlineAt.toISOString(),
    },
  });
  await announceRestrictionChange(tx, {
    sellerId: open.sellerId,
    caseId: open.id,
    cause: 'case.reasons_added',
    at,
    before: combineRestrictions(shaping).restrictions,
    // The same cases shape the account; only the open one's triggers grew.
    after: combineRestrictions(
      shaping.map((c) => (c.id === open.id ? { ...c, triggers: added.allTriggers } : c)),
    ),
  });
  return added;
}

/**
 * A reviewer now holds the case (audit `case.assigned`): a case in review changes hands; a case
 * waiting in the queue starts its review (the `start_review` transition) with them.
 */
export async function caseAssigned(
  tx: Db,
  auditKey: string,
  at: Date,
  current: CaseRow,
  assigneeId: string,
  by: CaseActor,
): Promise<CaseRow> {
  const moved =
    current.status === 'in_review'
      ? await setCaseAssignee(tx, current, assigneeId, at)
      : await applyCaseAction(
          tx,
          auditKey,
          at,
          current,
          'start_review',
          by,
          { assignee_id: assigneeId },
          { assigneeId },
        );
  await auditAssignee(tx, auditKey, at, current, by.name, 'case.assigned', assigneeId);
  return moved;
}

/** Its holder let the case go back to the queue (audit `case.released`); the status does not move. */
export async function caseReleased(
  tx: Db,
  auditKey: string,
  at: Date,
  current: CaseRow,
  by: string,
): Promise<CaseRow> {
  const released = await setCaseAssignee(tx, current, null, at);
  await auditAssignee(tx, auditKey, at, current, by, 'case.released', null);
  return released;
}

/** The audit event of a change of hands: who holds the case now and who held it before. */
const auditAssignee = (
  tx: Db,
  auditKey: string,
  at: Date,
  current: CaseRow,
  actor: string,
  action: 'case.assigned' | 'case.released',
  assigneeId: string | null,
) =>
  appendAuditEvent(tx, auditKey, at, {
    actor,
    action,
    entityType: 'case',
    entityId: current.id,
    data: { assignee_id: assigneeId, previous_assignee_id: current.assigneeId },
  });

/**
 * A decision waits for a second reviewer (`case.decision_proposed`) or was sent back by one
 * (`case.decision_sent_back`): the case's status stays, its revision moves, so a writer holding
 * the old one has to look again. Returns the case as it now is.
 */
export async function decisionEventOnCase(
  tx: Db,
  auditKey: string,
  at: Date,
  current: CaseRow,
  event: {
    actor: string;
    action: 'case.decision_proposed' | 'case.decision_sent_back';
    data: Record<string, unknown>;
  },
): Promise<CaseRow> {
  await markCaseChanged(tx, current, at);
  await appendAuditEvent(tx, auditKey, at, {
    actor: event.actor,
    action: event.action,
    entityType: 'case',
    entityId: current.id,
    data: event.data,
  });
  return { ...current, revision: current.revision + 1, updatedAt: at };
}
