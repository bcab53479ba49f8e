import { z } from 'zod';
import { findStaff, type Principal } from '../../modules/access/index.js';
import {
  appealWindowEnd,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseFacts,
  type CaseReasonRow,
  type CaseRow,
  type CaseStatus,
  caseFacts,
  deriveRestrictions,
  findReasons,
  type Policy,
  policyOfCase,
  REQUIREMENT_STATUSES,
  RESTRICTIONS,
  SEVERITIES,
  type Trigger,
} from '../../modules/cases/index.js';
import { findDecisions, secondReviewerRefusal } from '../../modules/review/index.js';
import {
  reasonText,
  type TriggerDefinition,
  triggerDefinition,
  triggerDefinitions,
} from '../../modules/risk/index.js';
import {
  type RequirementMaterials,
  requirementMaterialsOf,
  requirementMaterialsOfCases,
} from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';

/** One reason of a case; staff see its evidence, typed by its trigger's schema. */
const reasonViewOf = (definition: TriggerDefinition) =>
  z
    .object({
      trigger: z.literal(definition.id),
      severity: z.enum(SEVERITIES),
      summary: z.string(),
      /** The summary in each language the product speaks (Chinese told from the evidence). */
      text: z.object({ en: z.string(), zh: z.string() }),
      added_at: z.string(),
      /** Staff and integrations only: the numbers and records behind the finding. */
      score: z.number().optional(),
      evidence: definition.evidence.optional(),
      /** Evidence that does not follow the trigger's schema (a reason staff opened by hand, an older finding). */
      unchecked_evidence: z.record(z.string(), z.unknown()).optional(),
      opened_by_staff: z.boolean().optional(),
      related_seller_ids: z.array(z.string()).optional(),
    })
    .meta({ id: `CaseReason_${definition.id}` });

/** The reasons of a case as a union discriminated by trigger: one member per registered trigger. */
function caseReasonSchema() {
  const [first, ...rest] = triggerDefinitions().map(reasonViewOf);
  if (!first) throw new Error('no trigger is registered');
  return z.discriminatedUnion('trigger', [first, ...rest]);
}

const Due = z.object({
  kind: z.enum(['seller_deadline', 'review', 'appeal_window']),
  at: z.string(),
});

export const CaseView = z.object({
  id: z.string(),
  seller_id: z.string(),
  status: z.enum(CASE_STATUSES),
  severity: z.enum(SEVERITIES),
  policy_version: z.string(),
  opened_at: z.string(),
  deadline_at: z.string(),
  submitted_at: z.string().nullable(),
  decided_at: z.string().nullable(),
  closed_at: z.string().nullable(),
  appeal_count: z.number().int(),
  /** How many more times the seller may appeal, under the case's policy. */
  appeals_left: z.number().int(),
  appealed_at: z.string().nullable(),
  /** While rejected: the last moment to appeal (the same instant as `appeal_until`). */
  appeal_window_ends_at: z.string().nullable(),
  /** Staff only: who holds the case and when its review breaches the SLA. */
  assignee_id: z.string().nullable().optional(),
  /** Staff, one case: who holds it, by name (null when nobody does). */
  assignee: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  review_due_at: z.string().nullable().optional(),
  revision: z.number().int(),
  restrictions: z.array(z.enum(RESTRICTIONS)),
  /** What this caller may do now: exactly what the server would accept (a seller's submit only once every item has material). */
  allowed_actions: z.array(z.enum(CASE_ACTIONS)),
  /** The one deadline that matters now, from stored timestamps: the seller's, the review's, or the appeal window's. */
  due: Due.nullable(),
  /** While rejected and appealable: the last moment to appeal. */
  appeal_until: z.string().nullable(),
  /** Whether the seller may upload documents to the case now. */
  accepts_documents: z.boolean(),
  /** Whether a video call can be booked, moved or held now. */
  arranges_calls: z.boolean(),
  /** While awaiting documents: the materials still needed before the seller may submit. */
  missing_for_submission: z.array(z.string()),
  /** Each requirement's status and whether material answering it was handed in. */
  requirement_statuses: z.array(
    z.object({ material: z.string(), status: z.enum(REQUIREMENT_STATUSES), has_material: z.boolean() }),
  ),
  /** In review: the materials an approval would leave unmet, each needing a waiver with a reason. */
  unmet_at_approval: z.array(z.string()),
  /** Staff only: whether the caller holds the case, and may claim, release or assign it now. */
  hold: z
    .object({
      held_by_you: z.boolean(),
      can_claim: z.boolean(),
      can_release: z.boolean(),
      can_assign: z.boolean(),
    })
    .nullable(),
  /**
   * Staff only: the decision waiting for its second reviewer, and whether this caller may approve
   * or send it back (`reason` says why not: they proposed it, they decided the appealed rejection,
   * or they are not a reviewer). Null while no proposal waits, and for sellers and integrations.
   */
  pending_review: z
    .object({
      decision_id: z.string(),
      can_confirm: z.boolean(),
      reason: z.enum(['proposer', 'decided_rejection', 'not_a_reviewer']).nullable(),
    })
    .nullable(),
  /** While the case awaits documents: what the case becomes, and the restrictions, if the deadline passes. */
  if_deadline_passes: z
    .object({ status: z.literal('expired'), restrictions: z.array(z.enum(RESTRICTIONS)) })
    .nullable(),
  reasons: z.array(caseReasonSchema()),
});
export type CaseView = z.infer<typeof CaseView>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A case as the caller sees it, with its reasons and facts, under the policy that opened it. */
export async function viewCase(context: Deps, found: CaseRow, viewer: Principal): Promise<CaseView> {
  const reasons = await findReasons(context.db, [found.id]);
  const policy = await policyOfCase(context.db, found);
  const view = presentCase(found, reasons, policy, viewer, await factsOf(context, found, policy, viewer));
  if (view.assignee_id === undefined) return view;
  const [holder] = found.assigneeId ? await findStaff(context.db, { ids: [found.assigneeId] }) : [];
  return { ...view, assignee: holder ? { id: holder.id, name: holder.displayName } : null };
}

/**
 * A page of cases as each one's own page shows it (under the policy that opened it), its reasons
 * and its requirements' materials read once for the whole page, not per case.
 */
export async function viewCases(context: Deps, page: CaseRow[], viewer: Principal): Promise<CaseView[]> {
  const reasons = await findReasons(
    context.db,
    page.map((c) => c.id),
  );
  const policies = new Map<string, Policy>();
  for (const c of page)
    if (!policies.has(c.policyVersion)) policies.set(c.policyVersion, await policyOfCase(context.db, c));
  const policyOf = (c: CaseRow) => policies.get(c.policyVersion)!;
  const materials = await requirementMaterialsOfCases(
    context.db,
    page.map((c) => ({ id: c.id, policy: policyOf(c) })),
  );
  const views: CaseView[] = [];
  for (const c of page) {
    const facts = await factsOf(context, c, policyOf(c), viewer, materials.get(c.id));
    views.push(
      presentCase(
        c,
        reasons.filter((r) => r.caseId === c.id),
        policyOf(c),
        viewer,
        facts,
      ),
    );
  }
  return views;
}

/** The facts of a case for this caller (its requirements read with their material). */
async function factsOf(
  context: Deps,
  found: CaseRow,
  policy: Policy,
  viewer: Principal,
  /** Read beforehand for a whole page of cases; read here when absent. */
  requirements?: RequirementMaterials,
): Promise<CaseFacts> {
  return caseFacts({
    status: found.status as CaseStatus,
    deadlineAt: found.deadlineAt,
    reviewDueAt: found.reviewDueAt,
    decidedAt: found.decidedAt,
    appealCount: found.appealCount,
    policy,
    actor: viewer.role === 'integration' ? undefined : viewer.role,
    actorId: viewer.id,
    assigneeId: found.assigneeId,
    requirements: requirements ?? (await requirementMaterialsOf(context.db, found.id, policy)),
    pendingProposal: await pendingProposalOf(context, found, viewer),
    now: context.clock.now(),
  });
}

/** The proposal waiting for a second reviewer (only ever while in review), with the caller's four-eyes refusal. */
async function pendingProposalOf(context: Deps, found: CaseRow, viewer: Principal) {
  if (found.status !== 'in_review' || viewer.role === 'seller' || viewer.role === 'integration') return null;
  const decisions = await findDecisions(context.db, found.id);
  const proposal = decisions.find((d) => d.status === 'proposed');
  if (!proposal) return null;
  const refusal = secondReviewerRefusal(viewer.id, proposal, { appealCount: found.appealCount, decisions });
  return { id: proposal.id, refusal };
}

/** A case as this caller may see it: a seller gets the summaries, not other sellers' ids or raw evidence. */
function presentCase(
  c: CaseRow,
  reasons: CaseReasonRow[],
  policy: Policy,
  viewer: Principal,
  facts: CaseFacts,
): CaseView {
  const status = c.status as CaseStatus;
  const triggers = reasons.map((r) => r.trigger as Trigger);
  const isSeller = viewer.role === 'seller';
  return {
    id: c.id,
    seller_id: c.sellerId,
    status,
    severity: c.severity as (typeof SEVERITIES)[number],
    policy_version: c.policyVersion,
    opened_at: c.openedAt.toISOString(),
    deadline_at: c.deadlineAt.toISOString(),
    submitted_at: iso(c.submittedAt),
    decided_at: iso(c.decidedAt),
    closed_at: iso(c.closedAt),
    appeal_count: c.appealCount,
    appeals_left: Math.max(0, policy.appeal.limit_per_case - c.appealCount),
    appealed_at: iso(c.appealedAt),
    appeal_window_ends_at:
      status === 'rejected' && c.decidedAt ? appealWindowEnd(c.decidedAt, policy).toISOString() : null,
    ...(isSeller || viewer.role === 'integration'
      ? {}
      : { assignee_id: c.assigneeId, review_due_at: iso(c.reviewDueAt) }),
    revision: c.revision,
    restrictions: deriveRestrictions({ status, triggers, appealCount: c.appealCount }, policy),
    allowed_actions: facts.allowed_actions,
    due: facts.due && { kind: facts.due.kind, at: facts.due.at.toISOString() },
    appeal_until: iso(facts.appeal_until),
    accepts_documents: facts.accepts_documents,
    arranges_calls: facts.arranges_calls,
    missing_for_submission: facts.missing_for_submission,
    requirement_statuses: facts.requirements,
    unmet_at_approval: facts.unmet_at_approval,
    hold: facts.hold,
    pending_review: facts.pending_review,
    if_deadline_passes:
      status === 'awaiting_documents'
        ? {
            status: 'expired',
            restrictions: deriveRestrictions(
              { status: 'expired', triggers, appealCount: c.appealCount },
              policy,
            ),
          }
        : null,
    reasons: reasons.map((r) => ({
      trigger: r.trigger,
      severity: r.severity as (typeof SEVERITIES)[number],
      summary: r.summary,
      text: reasonText(r.trigger, r.summary, r.evidence as Record<string, unknown>),
      added_at: r.addedAt.toISOString(),
      ...(isSeller
        ? {}
        : {
            score: r.score,
            ...evidenceOf(r.trigger, r.evidence as Record<string, unknown>),
            related_seller_ids: r.relatedSellerIds as string[],
          }),
    })),
  };
}

/** Evidence typed by its trigger's schema, or kept as it is when it does not follow it. */
function evidenceOf(trigger: string, evidence: Record<string, unknown>) {
  const parsed = triggerDefinition(trigger)?.evidence.safeParse(evidence);
  if (parsed?.success) return { evidence: parsed.data as Record<string, unknown> };
  return {
    unchecked_evidence: evidence,
    ...(evidence.opened_by_staff === true ? { opened_by_staff: true } : {}),
  };
}
