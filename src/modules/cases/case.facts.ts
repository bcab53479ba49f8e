import { isInReviewQueue } from './case.queue.js';
import { type ActorKind, allowedActions, type CaseAction, type CaseStatus } from './case.state.js';
import { appealRefusal, appealWindowEnd, hasAppealLeft } from './deadlines.js';
import type { Policy } from './policy.contract.js';
import { missingForSubmission, type RequirementMaterial, unmetAtApproval } from './requirement.materials.js';
import type { RequirementStatus } from './requirements.js';

/** Statuses in which the seller may hand in documents: before submitting, and for an appeal. */
export const DOCUMENT_ACCEPTING_STATUSES = [
  'awaiting_documents',
  'rejected',
  'appealed',
] as const satisfies readonly CaseStatus[];

/** Statuses in which a video call can be booked, moved or held: open and not decided. */
export const CALL_ARRANGING_STATUSES = [
  'awaiting_documents',
  'submitted',
  'in_review',
  'info_requested',
] as const satisfies readonly CaseStatus[];

export interface CaseFactsInput {
  status: CaseStatus;
  deadlineAt: Date;
  reviewDueAt: Date | null;
  decidedAt: Date | null;
  appealCount: number;
  policy: Policy;
  /** The caller, as an actor on the case; undefined for an integration, which never moves a case. */
  actor: ActorKind | undefined;
  /** The caller's user id, to tell whether they hold the case. */
  actorId?: string | undefined;
  /** The reviewer who holds the case, if any. */
  assigneeId: string | null;
  requirements: readonly RequirementMaterial[];
  /**
   * The decision waiting for its second reviewer, if any, with why this caller may not be that
   * reviewer (the review module's four-eyes rule: `secondReviewerRefusal`); undefined when they may.
   */
  pendingProposal?: { id: string; refusal: SecondReviewRefusal | undefined } | null | undefined;
  now: Date;
}

/** Why a caller may not approve or send back a pending proposal (the four-eyes rule, SPEC section 6). */
type SecondReviewRefusal = 'proposer' | 'decided_rejection';

/**
 * The pending proposal as this caller may review it: `reason` says why not (they proposed it,
 * they decided the rejection now appealed, or they are not a reviewer), null when they may.
 */
interface PendingReview {
  decision_id: string;
  can_confirm: boolean;
  reason: SecondReviewRefusal | 'not_a_reviewer' | null;
}

/** What is due next: the seller's deadline, the review's SLA, or the end of the appeal window. */
export interface CaseDue {
  kind: 'seller_deadline' | 'review' | 'appeal_window';
  at: Date;
}

/**
 * What the case allows and expects now, computed once here and sent with the case view, so no
 * client keeps its own copy of the state machine. `allowed_actions` are the actions the server
 * accepts from this caller now: the transition table, narrowed by the rules the workflows enforce.
 */
export interface CaseFacts {
  allowed_actions: CaseAction[];
  due: CaseDue | null;
  appeal_until: Date | null;
  accepts_documents: boolean;
  /** Whether a video call can be booked, moved or held on the case now. */
  arranges_calls: boolean;
  /** Materials the seller must still hand in before `submit` is allowed. */
  missing_for_submission: string[];
  requirements: { material: string; status: RequirementStatus; has_material: boolean }[];
  /** Materials an approval would leave unmet: each needs a waiver, with a reason, to approve. */
  unmet_at_approval: string[];
  /** Who holds the case and what this caller may do about it; null for callers who never review. */
  hold: CaseHold | null;
  /** The proposal waiting for a second reviewer and whether this caller may be it; null for callers who never review. */
  pending_review: PendingReview | null;
}

/** The review hold as the caller may work it: the rules `claimCase`, `releaseCase` and `assignCase` enforce. */
interface CaseHold {
  held_by_you: boolean;
  can_claim: boolean;
  can_release: boolean;
  can_assign: boolean;
}

const DECIDERS: readonly ActorKind[] = ['reviewer', 'supervisor'];

function holdOf(input: CaseFactsInput): CaseHold | null {
  const { actor, actorId, assigneeId, status } = input;
  if (actor === undefined || actor === 'seller' || actor === 'system') return null;
  const isDecider = DECIDERS.includes(actor);
  const heldByYou = assigneeId !== null && assigneeId === actorId;
  const inQueue = isInReviewQueue(status);
  return {
    held_by_you: heldByYou,
    // A claim on a case the caller already reviews is a no-op; one held by another is refused.
    can_claim:
      isDecider && inQueue && !(heldByYou && status === 'in_review') && (assigneeId === null || heldByYou),
    can_release: isDecider && assigneeId !== null && (heldByYou || actor === 'supervisor'),
    can_assign: actor === 'supervisor' && inQueue,
  };
}

function pendingReviewOf(input: CaseFactsInput): PendingReview | null {
  const { actor, pendingProposal } = input;
  if (!pendingProposal || actor === undefined || actor === 'seller' || actor === 'system') return null;
  const reason = DECIDERS.includes(actor) ? (pendingProposal.refusal ?? null) : 'not_a_reviewer';
  return { decision_id: pendingProposal.id, can_confirm: reason === null, reason };
}

export function caseFacts(input: CaseFactsInput): CaseFacts {
  const { status, policy } = input;
  const missing = missingForSubmission(input.requirements);
  const appealUntil =
    status === 'rejected' && input.decidedAt ? appealWindowEnd(input.decidedAt, policy) : null;
  const canAppeal =
    appealRefusal({ decidedAt: input.decidedAt, appealCount: input.appealCount }, policy, input.now) ===
    undefined;
  // A rejection is final when no appeal is left: the decision offers one of the two, never both.
  const rejection: CaseAction = hasAppealLeft(input.appealCount, policy) ? 'reject' : 'reject_final';
  const allowed = (input.actor ? allowedActions(status, input.actor) : []).filter((action) => {
    if (action === 'submit') return missing.length === 0;
    if (action === 'appeal') return canAppeal;
    if (action === 'reject' || action === 'reject_final') return action === rejection;
    return true;
  });
  return {
    allowed_actions: allowed,
    due: dueOf(input, canAppeal ? appealUntil : null),
    appeal_until: appealUntil,
    accepts_documents: (DOCUMENT_ACCEPTING_STATUSES as readonly CaseStatus[]).includes(status),
    arranges_calls: (CALL_ARRANGING_STATUSES as readonly CaseStatus[]).includes(status),
    missing_for_submission: status === 'awaiting_documents' ? missing : [],
    requirements: input.requirements.map((r) => ({
      material: r.material,
      status: r.status,
      has_material: r.hasMaterial,
    })),
    unmet_at_approval: status === 'in_review' ? unmetAtApproval(input.requirements) : [],
    hold: holdOf(input),
    pending_review: pendingReviewOf(input),
  };
}

/** One deadline at a time, from stored timestamps: never re-derived from the policy in force now. */
function dueOf(input: CaseFactsInput, appealUntil: Date | null): CaseDue | null {
  switch (input.status) {
    case 'awaiting_documents':
      return { kind: 'seller_deadline', at: input.deadlineAt };
    case 'submitted':
    case 'in_review':
    case 'appealed':
      return input.reviewDueAt ? { kind: 'review', at: input.reviewDueAt } : null;
    case 'rejected':
      return appealUntil ? { kind: 'appeal_window', at: appealUntil } : null;
    default:
      return null;
  }
}
