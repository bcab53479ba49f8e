import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  appealWindowEnd,
  applyCaseAction,
  type CaseRow,
  type CaseStatus,
  checkApprovalWaivers,
  decisionEventOnCase,
  hasAppealLeft,
  needsSecondReviewer,
  nextStatus,
  type Policy,
  policyOfCase,
  satisfyVerifiedRequirements,
  type Waiver,
  waiveRequirement,
} from '../modules/cases/index.js';
import { findCaseDocuments, isCheckStale } from '../modules/documents/index.js';
import {
  caseActionFor,
  type Decision,
  type DecisionReason,
  type DecisionRow,
  findDecisions,
  insertDecision,
  loadReasonCodes,
  markDecisionDecided,
  resolveReasons,
  WAIVER_REASON_CODES,
} from '../modules/review/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { actorKindOf, requirementMaterialsOf, visibleCase } from './case-actions.workflow.js';
import { type AskedMaterial, askAgain, checkAskedShape, type DecisionInput } from './decision-asking.js';

export type { DecisionInput };

import { caseAppealWindowClosed } from './appeal.workflow.js';
import type { Deps } from './deps.js';
import { scheduleDeadline } from './open-case.workflow.js';
import { assertMayReview, lockCase } from './review-queue.workflow.js';

/** What this use case takes from the process's dependencies. */
export type DecideCaseDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

/** What a decision call did: the decision, and the case as it now stands. */
export interface DecisionOutcome {
  decision: DecisionRow;
  case: CaseRow;
}

/**
 * The case's holder decides. A decision that needs four eyes (a rejection, or any decision on an
 * appeal: the transition table says which) is stored `proposed` and the case stays in review;
 * any other takes effect at once. Either way, one transaction: the decision row, the status, the
 * requirements, the audit events and the follow-up jobs commit together or not at all.
 */
export async function decideCase(
  context: DecideCaseDeps,
  principal: Principal,
  caseId: string,
  input: DecisionInput,
): Promise<DecisionOutcome> {
  await visibleCase(context, principal, caseId);
  const kind = actorKindOf(principal);
  const catalogue = await loadReasonCodes();
  const reasons = resolveReasons(catalogue, input.decision, input.reasonCodes, 'body.reason_codes');
  const asked = checkAskedShape(input, catalogue);
  return context.db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId, input.revision);
    const policy = await policyOfCase(tx, current);
    const action = caseActionFor(input.decision, hasAppealLeft(current.appealCount, policy));
    nextStatus(current.status as CaseStatus, action, kind);
    if (current.assigneeId !== principal.id)
      throw new AppError('NOT_ASSIGNEE', 'only the reviewer who holds the case decides it; claim it first', {
        where: 'assignee',
        assignee_id: current.assigneeId,
      });
    const decisions = await findDecisions(tx, caseId);
    const pending = decisions.find((d) => d.status === 'proposed');
    if (pending)
      throw new AppError('DECISION_PENDING', 'a decision on this case is waiting for a second reviewer', {
        where: 'case',
        decision_id: pending.id,
      });
    await assertMayReview(tx, current, principal.id);
    const waivers = input.waivers ?? [];
    if (waivers.length > 0 && input.decision !== 'approved')
      throw new AppError('VALIDATION_FAILED', 'only an approval waives requirements', {
        where: 'body.waivers',
      });
    if (input.decision === 'approved')
      checkApprovalWaivers(await requirementMaterialsOf(tx, caseId, policy), waivers, WAIVER_REASON_CODES);
    for (const [i, ask] of asked.entries())
      if (!policy.materials[ask.material])
        throw new AppError('VALIDATION_FAILED', `${ask.material} is not a material of the policy`, {
          where: `body.requirements.${i}.material`,
          materials: Object.keys(policy.materials),
        });
    const stale = input.decision === 'info_requested' ? [] : await staleDocumentsOf(tx, current);
    if (stale.length > 0 && !input.confirmStaleChecks)
      throw new AppError(
        'CHECKS_STALE',
        "the seller's profile changed after these documents were checked; wait for the checks to run again, or confirm deciding on them",
        { where: 'body.confirm_stale_checks', document_ids: stale },
      );
    const at = context.clock.now();
    const decision: DecisionRow = {
      id: newId(),
      caseId,
      decision: input.decision,
      status: 'proposed',
      reasons,
      note: input.note,
      requirements: asked,
      waivers,
      appealRound: current.appealCount,
      proposedBy: principal.id,
      proposedAt: at,
      reviewedBy: null,
      reviewedAt: null,
      reviewNote: null,
      decidedAt: null,
      caseStatus: null,
      reviewDueAt: null,
    };
    await insertDecision(tx, decision);
    if (stale.length > 0)
      await appendAuditEvent(tx, context.auditKey, at, {
        actor: principal.actor,
        action: 'case.stale_checks_confirmed',
        entityType: 'case',
        entityId: caseId,
        data: { decision_id: decision.id, decision: input.decision, document_ids: stale },
      });
    const isAppeal = current.appealCount > 0;
    if (!needsSecondReviewer(current.status as CaseStatus, action, { isAppeal })) {
      const moved = await takeEffect(context, tx, current, decision, principal, policy, at);
      return {
        decision: { ...decision, status: 'decided', decidedAt: at, caseStatus: moved.status },
        case: moved,
      };
    }
    const changed = await decisionEventOnCase(tx, context.auditKey, at, current, {
      actor: principal.actor,
      action: 'case.decision_proposed',
      data: {
        decision_id: decision.id,
        decision: input.decision,
        reason_codes: input.reasonCodes,
        note: input.note,
        appeal_round: current.appealCount,
      },
    });
    return { decision, case: changed };
  });
}

/**
 * A decision takes effect: the transition of the table, and what goes with it. Approval satisfies
 * what was waiting for verification; a rejection opens the appeal window (or is final with no appeal
 * left) and lets the case go; an info request asks for the materials again with a new deadline and
 * hands the case back to the seller, keeping its holder for when it returns.
 */
export async function takeEffect(
  context: DecideCaseDeps,
  tx: Deps['db'],
  current: CaseRow,
  decision: DecisionRow,
  by: Principal,
  policy: Policy,
  at: Date,
  approvalNote?: string,
): Promise<CaseRow> {
  const action = caseActionFor(decision.decision as Decision, hasAppealLeft(current.appealCount, policy));
  const actor = { name: by.actor, kind: actorKindOf(by) };
  const reasons = decision.reasons as DecisionReason[];
  const detail = {
    decision_id: decision.id,
    decision: decision.decision,
    reason_codes: reasons.map((r) => r.code),
    note: decision.note,
    proposed_by: decision.proposedBy,
    ...(decision.proposedBy !== by.id ? { approved_by: by.id } : {}),
  };
  let moved: CaseRow;
  if (action === 'approve') {
    const waivers = decision.waivers as Waiver[];
    const materials = await requirementMaterialsOf(tx, current.id, policy);
    // A proposal is approved as it was proposed: the requirements must still be met or waived.
    checkApprovalWaivers(materials, waivers, WAIVER_REASON_CODES);
    moved = await applyCaseAction(tx, context.auditKey, at, current, action, actor, detail);
    await satisfyVerifiedRequirements(tx, current.id, at);
    for (const waiver of waivers) {
      const requirement = materials.find((r) => r.material === waiver.material);
      if (!requirement) continue;
      await waiveRequirement(tx, requirement.id, at);
      await appendAuditEvent(tx, context.auditKey, at, {
        actor: decision.proposedBy === by.id ? by.actor : `user:${decision.proposedBy}`,
        action: 'requirement.waived',
        entityType: 'case',
        entityId: current.id,
        data: { material: waiver.material, reason_code: waiver.reason_code, decision_id: decision.id },
      });
    }
  } else if (action === 'reject' || action === 'reject_final') {
    moved = await applyCaseAction(tx, context.auditKey, at, current, action, actor, detail, {
      assigneeId: null,
    });
    if (action === 'reject')
      await context.queue.send(
        caseAppealWindowClosed,
        { case_id: current.id },
        { startAfter: appealWindowEnd(at, policy), transaction: tx },
      );
  } else {
    const deadlineAt = await askAgain(tx, current, decision, policy, at);
    const asked = await applyCaseAction(tx, context.auditKey, at, current, 'request_info', actor, detail);
    moved = await applyCaseAction(
      tx,
      context.auditKey,
      at,
      asked,
      'return_to_seller',
      { name: 'system:review', kind: 'system' },
      {
        decision_id: decision.id,
        requirements: (decision.requirements as AskedMaterial[]).map((r) => r.material),
      },
      { deadlineAt },
    );
    await scheduleDeadline(context, tx, policy, current.id, deadlineAt, at);
  }
  await markDecisionDecided(tx, decision.id, {
    reviewedBy: decision.proposedBy === by.id ? null : by.id,
    reviewNote: approvalNote ?? null,
    at,
    caseStatus: moved.status,
    reviewDueAt: current.reviewDueAt,
  });
  return moved;
}

/**
 * The newest checked document of each requirement whose checks ran against an older profile than
 * the seller's current one: what a decision would be taken on without knowing it.
 */
async function staleDocumentsOf(tx: Deps['db'], current: CaseRow): Promise<string[]> {
  const seller = await findSeller(tx, current.sellerId);
  if (!seller) return [];
  const newest = new Map<string, { id: string; version: number | null }>();
  for (const document of await findCaseDocuments(tx, current.id))
    if (document.status === 'checked')
      newest.set(document.requirementId, { id: document.id, version: document.checkedProfileVersion });
  return [...newest.values()].filter((d) => isCheckStale(d.version, seller.profileVersion)).map((d) => d.id);
}
