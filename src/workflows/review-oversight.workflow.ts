import { z } from 'zod';
import { findStaff, type StaffMember } from '../modules/access/index.js';
import { appendAuditEvent, findAuditEventsFor } from '../modules/audit/index.js';
import { countQueueByAssignee, findCase, isInReviewQueue } from '../modules/cases/index.js';
import { countDecisionsByReviewer } from '../modules/review/index.js';
import { DAY_MS } from '../platform/clock.js';
import { defineJob } from '../platform/jobs.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type ReviewOversightDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'logger'>;

/**
 * Fires at a case's review SLA: if the case is still waiting for that round's decision, the breach
 * is recorded on its timeline (`case.sla_breached`) for the supervisors. `due_at` names the round:
 * a later submission or appeal has its own job.
 */
export const caseReviewDue = defineJob({
  name: 'case.review_due',
  payload: z.object({ case_id: z.uuid(), due_at: z.iso.datetime({ offset: true }) }),
  run: async (deps: ReviewOversightDeps, { case_id, due_at }) => {
    await recordSlaBreach(deps, case_id, due_at);
  },
});

/** What supervisors watch: each reviewer's load, and the review SLA. */

const DECIDER_ROLES = ['reviewer', 'supervisor'] as const;

export interface ReviewerLoad {
  reviewer: StaffMember;
  /** Cases in the queue they hold, and how many of those are past their SLA now. */
  holding: number;
  breached: number;
  /** Since midnight UTC: decisions they made (or proposed) that took effect, those later than the SLA, and others' they approved. */
  decidedToday: number;
  decidedLateToday: number;
  approvedToday: number;
}

/** The supervisors' view: each reviewer's load today, and what nobody holds. */
export async function reviewWorkload(context: ReviewOversightDeps) {
  const now = context.clock.now();
  const midnight = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const [loads, decided, reviewers] = await Promise.all([
    countQueueByAssignee(context.db, now),
    countDecisionsByReviewer(context.db, midnight, new Date(midnight.getTime() + DAY_MS)),
    findStaff(context.db, { roles: DECIDER_ROLES }),
  ]);
  const known = new Set(reviewers.map((r) => r.id));
  // Someone disabled since may still hold cases: they are listed so the cases can be reassigned.
  const others = [...loads.map((l) => l.assigneeId), ...decided.map((d) => d.userId)].filter(
    (id): id is string => id !== null && !known.has(id),
  );
  const all = [...reviewers, ...(await findStaff(context.db, { ids: [...new Set(others)] }))];
  const unassigned = loads.find((l) => l.assigneeId === null);
  return {
    at: now,
    reviewers: all.map(
      (reviewer): ReviewerLoad => ({
        reviewer,
        holding: loads.find((l) => l.assigneeId === reviewer.id)?.cases ?? 0,
        breached: loads.find((l) => l.assigneeId === reviewer.id)?.breached ?? 0,
        decidedToday: decided.find((d) => d.userId === reviewer.id)?.decided ?? 0,
        decidedLateToday: decided.find((d) => d.userId === reviewer.id)?.late ?? 0,
        approvedToday: decided.find((d) => d.userId === reviewer.id)?.approved ?? 0,
      }),
    ),
    unassigned: { cases: unassigned?.cases ?? 0, breached: unassigned?.breached ?? 0 },
  };
}

/**
 * The SLA job: when a case is still waiting for the decision of the round `dueAt` belongs to, the
 * breach is escalated as `case.sla_breached` on its timeline (staff only), once. Idempotent: a
 * decided case, a later round or an already recorded breach change nothing.
 */
export async function recordSlaBreach(
  context: ReviewOversightDeps,
  caseId: string,
  dueAt: string,
): Promise<'breached' | 'not_due' | 'moved_on' | 'recorded'> {
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, caseId, { forUpdate: true });
    const at = context.clock.now();
    if (!current || !isInReviewQueue(current.status) || current.reviewDueAt?.toISOString() !== dueAt)
      return 'moved_on';
    if (at.getTime() < current.reviewDueAt.getTime()) return 'not_due';
    const events = await findAuditEventsFor(tx, 'case', caseId);
    const isRecorded = events.some(
      (e) =>
        e.action === 'case.sla_breached' && (e.data as { review_due_at?: string }).review_due_at === dueAt,
    );
    if (isRecorded) return 'recorded';
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: 'system:sla',
      action: 'case.sla_breached',
      entityType: 'case',
      entityId: caseId,
      data: {
        review_due_at: dueAt,
        status: current.status,
        severity: current.severity,
        assignee_id: current.assigneeId,
      },
    });
    context.logger.warn({ case_id: caseId, review_due_at: dueAt }, 'review SLA breached');
    return 'breached';
  });
}
