import type { CaseAction } from '../cases/index.js';
import type { Decision } from './reason-codes.js';

/** Who took part in a decision: enough to tell who may review what next. */
export interface DecisionParticipants {
  decision: string;
  status: string;
  proposedBy: string;
  reviewedBy: string | null;
}

/**
 * The people who may not review a case's appeal: everyone who proposed or approved one of its
 * rejections (SPEC section 6: "reviewed by someone other than the first decider"). A second appeal
 * excludes the deciders of both rejections.
 */
export function deciderOfRejection(decisions: readonly DecisionParticipants[]): Set<string> {
  const excluded = new Set<string>();
  for (const d of decisions)
    if (d.decision === 'rejected' && d.status === 'decided') {
      excluded.add(d.proposedBy);
      if (d.reviewedBy) excluded.add(d.reviewedBy);
    }
  return excluded;
}

export type ReviewerRefusal = 'decided_rejection' | 'proposer';

/** Why `userId` may not hold, propose or approve on this case now; undefined when they may. */
export function reviewerRefusal(
  userId: string,
  context: { appealCount: number; decisions: readonly DecisionParticipants[] },
): ReviewerRefusal | undefined {
  if (context.appealCount > 0 && deciderOfRejection(context.decisions).has(userId))
    return 'decided_rejection';
  return undefined;
}

/** Why `userId` may not be the second reviewer of `proposal`; undefined when they may. */
export function secondReviewerRefusal(
  userId: string,
  proposal: DecisionParticipants,
  context: { appealCount: number; decisions: readonly DecisionParticipants[] },
): ReviewerRefusal | undefined {
  if (proposal.proposedBy === userId) return 'proposer';
  return reviewerRefusal(userId, context);
}

/** The transition a decision makes: a rejection with no appeal left is final at once. */
export function caseActionFor(decision: Decision, hasAppealLeft: boolean): CaseAction {
  switch (decision) {
    case 'approved':
      return 'approve';
    case 'info_requested':
      return 'request_info';
    case 'rejected':
      return hasAppealLeft ? 'reject' : 'reject_final';
  }
}
