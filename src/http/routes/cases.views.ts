import { z } from 'zod';
import type { Principal } from '../../modules/access/index.js';
import {
  allowedActions,
  appealWindowEnd,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseReasonRow,
  type CaseRow,
  type CaseStatus,
  deriveRestrictions,
  MATERIAL_KINDS,
  type Policy,
  REQUIREMENT_STATUSES,
  RESTRICTIONS,
  type RequirementRow,
  SEVERITIES,
  TRIGGERS,
  type Trigger,
} from '../../modules/cases/index.js';

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
  /** While rejected: the last moment to appeal. */
  appeal_window_ends_at: z.string().nullable(),
  /** Staff only: who holds the case and when its review breaches the SLA. */
  assignee_id: z.string().nullable().optional(),
  review_due_at: z.string().nullable().optional(),
  revision: z.number().int(),
  restrictions: z.array(z.enum(RESTRICTIONS)),
  /** What this caller may do next. */
  allowed_actions: z.array(z.enum(CASE_ACTIONS)),
  /** While the case awaits documents: what the case becomes, and the restrictions, if the deadline passes. */
  if_deadline_passes: z
    .object({ status: z.literal('expired'), restrictions: z.array(z.enum(RESTRICTIONS)) })
    .nullable(),
  reasons: z.array(
    z.object({
      trigger: z.enum(TRIGGERS),
      severity: z.enum(SEVERITIES),
      summary: z.string(),
      added_at: z.string(),
      /** Staff and integrations only: the numbers and records behind the finding. */
      score: z.number().optional(),
      evidence: z.record(z.string(), z.unknown()).optional(),
      related_seller_ids: z.array(z.string()).optional(),
    }),
  ),
});

export const RequirementView = z.object({
  id: z.string(),
  material: z.string(),
  title: z.object({ en: z.string(), zh: z.string() }).nullable(),
  /** `document` an uploaded file, `statement` text the seller writes, `live` a selfie or video call. */
  kind: z.enum(MATERIAL_KINDS),
  triggers: z.array(z.enum(TRIGGERS)),
  reason: z.string(),
  accepted_variants: z.array(z.string()),
  rules: z.record(z.string(), z.unknown()),
  status: z.enum(REQUIREMENT_STATUSES),
  errors: z.array(z.string()),
  due_at: z.string(),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A case as this caller may see it: a seller gets the summaries, not other sellers' ids or raw evidence. */
export function presentCase(
  c: CaseRow,
  reasons: CaseReasonRow[],
  policy: Policy,
  viewer: Principal,
): z.infer<typeof CaseView> {
  const status = c.status as CaseStatus;
  const triggers = reasons.map((r) => r.trigger as Trigger);
  const isSeller = viewer.role === 'seller';
  const actorKind = viewer.role === 'integration' ? undefined : viewer.role;
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
    allowed_actions: actorKind ? allowedActions(status, actorKind) : [],
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
      trigger: r.trigger as Trigger,
      severity: r.severity as (typeof SEVERITIES)[number],
      summary: r.summary,
      added_at: r.addedAt.toISOString(),
      ...(isSeller
        ? {}
        : {
            score: r.score,
            evidence: r.evidence as Record<string, unknown>,
            related_seller_ids: r.relatedSellerIds as string[],
          }),
    })),
  };
}

export function presentRequirement(r: RequirementRow, policy: Policy): z.infer<typeof RequirementView> {
  const material = policy.materials[r.material];
  const title = material?.title;
  return {
    id: r.id,
    material: r.material,
    title: title ? { en: title.en, zh: title.zh } : null,
    kind: material?.kind ?? 'document',
    triggers: r.triggers as Trigger[],
    reason: r.reason,
    accepted_variants: r.acceptedVariants as string[],
    rules: r.rules as Record<string, unknown>,
    status: r.status as (typeof REQUIREMENT_STATUSES)[number],
    errors: r.errors as string[],
    due_at: r.dueAt.toISOString(),
  };
}
