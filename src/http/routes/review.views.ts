import { z } from 'zod';
import type { Principal, StaffMember } from '../../modules/access/index.js';
import {
  queuedAtOf,
  queuePositionOf,
  REVIEW_QUEUE_STATUSES,
  type ReviewQueueStatus,
  SEVERITIES,
  type Severity,
  TRIGGERS,
  type Trigger,
} from '../../modules/cases/index.js';
import {
  type AppealRow,
  DECISION_STATUSES,
  DECISIONS,
  type Decision,
  type DecisionReason,
  type DecisionRow,
  type DecisionStatus,
  type ReasonCodeCatalogue,
  WAIVER_REASONS,
} from '../../modules/review/index.js';
import type { QueueEntry } from '../../workflows/review-queue.workflow.js';
import { StatementCheckView } from './statement-check.view.js';

const Bilingual = z.object({ en: z.string(), zh: z.string() });

const StaffRef = z.object({ id: z.string(), display_name: z.string() });
const staffRef = (member: StaffMember | undefined, id: string) => ({
  id,
  display_name: member?.displayName ?? id,
});

export const QueueEntryView = z.object({
  case_id: z.string(),
  seller_id: z.string(),
  status: z.enum(REVIEW_QUEUE_STATUSES),
  severity: z.enum(SEVERITIES),
  triggers: z.array(z.enum(TRIGGERS)),
  marketplace: z.string().nullable(),
  country: z.string().nullable(),
  assignee: StaffRef.nullable(),
  /** When the case entered the queue: its submission or appeal. */
  queued_at: z.string(),
  review_due_at: z.string(),
  /** Seconds until the SLA; negative once breached. */
  time_left_seconds: z.number().int(),
  breached: z.boolean(),
  is_appeal: z.boolean(),
  appeal_count: z.number().int(),
  pending_decision: z
    .object({ id: z.string(), decision: z.enum(DECISIONS), proposed_by: StaffRef, proposed_at: z.string() })
    .nullable(),
  revision: z.number().int(),
});

export function presentQueueEntry(entry: QueueEntry, now: Date): z.infer<typeof QueueEntryView> {
  const c = entry.case;
  const due = queuePositionOf(c).reviewDueAt;
  const left = Math.floor((due.getTime() - now.getTime()) / 1000);
  return {
    case_id: c.id,
    seller_id: c.sellerId,
    status: c.status as ReviewQueueStatus,
    severity: c.severity as Severity,
    triggers: entry.reasons.map((r) => r.trigger as Trigger),
    marketplace: entry.market?.marketplace ?? null,
    country: entry.market?.country ?? null,
    assignee: c.assigneeId ? staffRef(entry.assignee, c.assigneeId) : null,
    queued_at: queuedAtOf(c).toISOString(),
    review_due_at: due.toISOString(),
    time_left_seconds: left,
    breached: left < 0,
    is_appeal: c.appealCount > 0,
    appeal_count: c.appealCount,
    pending_decision: entry.proposal
      ? {
          id: entry.proposal.id,
          decision: entry.proposal.decision as Decision,
          proposed_by: staffRef(entry.proposer, entry.proposal.proposedBy),
          proposed_at: entry.proposal.proposedAt.toISOString(),
        }
      : null,
    revision: c.revision,
  };
}

/**
 * A decision. Staff see everything; a seller (and the marketplace's integration) sees only
 * decisions that took effect, with the seller-facing reasons: no proposals, names or notes.
 */
export const DecisionView = z.object({
  id: z.string(),
  case_id: z.string(),
  decision: z.enum(DECISIONS),
  reasons: z.array(z.object({ code: z.string(), text: Bilingual })),
  requirements: z.array(z.object({ material: z.string(), reason_codes: z.array(z.string()).optional() })),
  waivers: z
    .array(z.object({ material: z.string(), reason_code: z.string() }))
    .describe('approvals: the requirements waived, each with its reason'),
  appeal_round: z.number().int(),
  decided_at: z.string().nullable(),
  case_status: z.string().nullable(),
  status: z.enum(DECISION_STATUSES).optional(),
  note: z.string().optional(),
  proposed_by: StaffRef.optional(),
  proposed_at: z.string().optional(),
  reviewed_by: StaffRef.nullable().optional(),
  reviewed_at: z.string().nullable().optional(),
  review_note: z.string().nullable().optional(),
});

export const isStaffViewer = (viewer: Principal) =>
  viewer.role === 'reviewer' || viewer.role === 'supervisor' || viewer.role === 'admin';

export function presentDecision(
  row: DecisionRow,
  viewer: Principal,
  staff: readonly StaffMember[] = [],
): z.infer<typeof DecisionView> {
  const requirements = row.requirements as { material: string; reason_codes?: string[] }[];
  const base = {
    id: row.id,
    case_id: row.caseId,
    decision: row.decision as Decision,
    reasons: (row.reasons as DecisionReason[]).map((r) => ({ code: r.code, text: r.text })),
    requirements,
    waivers: row.waivers as { material: string; reason_code: string }[],
    appeal_round: row.appealRound,
    decided_at: row.decidedAt?.toISOString() ?? null,
    case_status: row.caseStatus,
  };
  if (!isStaffViewer(viewer)) return base;
  const find = (id: string) => staff.find((s) => s.id === id);
  return {
    ...base,
    status: row.status as DecisionStatus,
    note: row.note,
    proposed_by: staffRef(find(row.proposedBy), row.proposedBy),
    proposed_at: row.proposedAt.toISOString(),
    reviewed_by: row.reviewedBy ? staffRef(find(row.reviewedBy), row.reviewedBy) : null,
    reviewed_at: row.reviewedAt?.toISOString() ?? null,
    review_note: row.reviewNote,
  };
}

export const AppealView = z.object({
  id: z.string(),
  case_id: z.string(),
  number: z.number().int(),
  root_cause: z.string(),
  what_was_fixed: z.string(),
  how_prevented: z.string(),
  outcome: z
    .enum(['pass', 'warn'])
    .describe('the plan checks when it was handed in: a failing plan is refused'),
  checks: z.array(StatementCheckView),
  submitted_at: z.string(),
});

export const presentAppeal = (row: AppealRow): z.infer<typeof AppealView> => ({
  id: row.id,
  case_id: row.caseId,
  number: row.number,
  root_cause: row.rootCause,
  what_was_fixed: row.whatWasFixed,
  how_prevented: row.howPrevented,
  outcome: row.outcome as 'pass' | 'warn',
  checks: row.checks as z.infer<typeof StatementCheckView>[],
  submitted_at: row.submittedAt.toISOString(),
});

export const ReasonCodesView = z.object({
  version: z.string(),
  waiver_reasons: z
    .array(z.object({ code: z.string(), label: Bilingual }))
    .describe('why an approval may waive a requirement left unmet'),
  codes: z.array(
    z.object({
      code: z.string(),
      decisions: z.array(z.enum(DECISIONS)),
      label: z.string().describe('the English label (see `title` for every language)'),
      title: Bilingual.describe(
        'the staff label in each language (the English one where the catalogue gives no other)',
      ),
      seller_text: Bilingual,
    }),
  ),
});

export const presentReasonCodes = (catalogue: ReasonCodeCatalogue): z.infer<typeof ReasonCodesView> => ({
  version: catalogue.version,
  waiver_reasons: WAIVER_REASONS.map((r) => ({ code: r.code, label: { ...r.label } })),
  codes: catalogue.codes.map((c) => ({
    code: c.code,
    decisions: c.decisions,
    label: typeof c.label === 'string' ? c.label : c.label.en,
    title: typeof c.label === 'string' ? { en: c.label, zh: c.label } : c.label,
    seller_text: c.seller_text,
  })),
});

export const WorkloadView = z.object({
  at: z.string(),
  reviewers: z.array(
    z.object({
      reviewer: StaffRef.extend({ role: z.string(), disabled: z.boolean() }),
      holding: z.number().int(),
      breached: z.number().int(),
      decided_today: z.number().int(),
      decided_late_today: z.number().int(),
      approved_today: z.number().int(),
    }),
  ),
  unassigned: z.object({ cases: z.number().int(), breached: z.number().int() }),
});
