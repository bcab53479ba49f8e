import type { Principal } from '../modules/access/index.js';
import { decisionEventOnCase, policyOfCase } from '../modules/cases/index.js';
import { findDecisions, markDecisionSentBack, secondReviewerRefusal } from '../modules/review/index.js';
import { AppError } from '../platform/errors.js';
import { actorKindOf, visibleCase } from './case-actions.workflow.js';
import { type DecideCaseDeps, type DecisionOutcome, takeEffect } from './decide-case.workflow.js';
import type { Deps } from './deps.js';
import { lockCase } from './review-queue.workflow.js';

/**
 * The second reviewer approves a proposed decision: someone other than its proposer (and, on an
 * appeal, other than the deciders of the rejection). Then it takes effect, in this transaction.
 */
export async function approveDecision(
  context: DecideCaseDeps,
  principal: Principal,
  caseId: string,
  decisionId: string,
  input: { revision: number; note?: string },
): Promise<DecisionOutcome> {
  await visibleCase(context, principal, caseId);
  actorKindOf(principal);
  return context.db.transaction(async (tx) => {
    const { current, proposal } = await lockProposal(tx, principal, caseId, decisionId, input.revision);
    const policy = await policyOfCase(tx, current);
    const at = context.clock.now();
    const moved = await takeEffect(context, tx, current, proposal, principal, policy, at, input.note);
    return {
      decision: {
        ...proposal,
        status: 'decided',
        reviewedBy: principal.id,
        reviewedAt: at,
        reviewNote: input.note ?? null,
        decidedAt: at,
        caseStatus: moved.status,
      },
      case: moved,
    };
  });
}

/** The second reviewer sends a proposed decision back: it never takes effect, and the holder decides again. */
export async function sendBackDecision(
  context: DecideCaseDeps,
  principal: Principal,
  caseId: string,
  decisionId: string,
  input: { revision: number; note: string },
): Promise<DecisionOutcome> {
  await visibleCase(context, principal, caseId);
  actorKindOf(principal);
  return context.db.transaction(async (tx) => {
    const { current, proposal } = await lockProposal(tx, principal, caseId, decisionId, input.revision);
    const at = context.clock.now();
    await markDecisionSentBack(tx, decisionId, { reviewedBy: principal.id, reviewNote: input.note, at });
    const changed = await decisionEventOnCase(tx, context.auditKey, at, current, {
      actor: principal.actor,
      action: 'case.decision_sent_back',
      data: { decision_id: decisionId, decision: proposal.decision, note: input.note },
    });
    return {
      decision: {
        ...proposal,
        status: 'sent_back',
        reviewedBy: principal.id,
        reviewedAt: at,
        reviewNote: input.note,
      },
      case: changed,
    };
  });
}

/** The case and its proposed decision, locked, with the second reviewer's right to act on it checked. */
async function lockProposal(
  tx: Deps['db'],
  principal: Principal,
  caseId: string,
  decisionId: string,
  revision: number,
) {
  const current = await lockCase(tx, caseId, revision);
  const decisions = await findDecisions(tx, caseId);
  const proposal = decisions.find((d) => d.id === decisionId);
  if (!proposal)
    throw new AppError('NOT_FOUND', `case ${caseId} has no decision ${decisionId}`, { where: 'decisionId' });
  if (proposal.status !== 'proposed')
    throw new AppError(
      'DECISION_NOT_PENDING',
      `decision ${decisionId} is ${proposal.status}, not waiting for approval`,
      {
        where: 'decisionId',
        status: proposal.status,
      },
    );
  const refusal = secondReviewerRefusal(principal.id, proposal, {
    appealCount: current.appealCount,
    decisions,
  });
  if (refusal)
    throw new AppError(
      'REVIEWER_EXCLUDED',
      refusal === 'proposer'
        ? 'a second reviewer approves or sends back a decision, never the one who proposed it'
        : 'an appeal is reviewed by someone who did not decide the rejection',
      { where: 'reviewer', reason: refusal },
    );
  return { current, proposal };
}
