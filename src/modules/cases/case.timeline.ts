import type { AuditEntry } from '../audit/index.js';

export interface TimelineStep {
  at: string;
  /** What happened, in the domain's words: `case.opened`, `case.transitioned`, `case.reasons_added`… */
  event: string;
  /** Who acted, as the viewer may know it: a seller sees `you`, `support` or `system`, never staff ids. */
  by: string;
  from?: string;
  to?: string;
  case_action?: string;
  note?: string;
  triggers?: string[];
  /**
   * Document steps (`document.uploaded`, `document.checked`, `document.rechecked` after a profile
   * change): which document, for what, and how it went.
   */
  document_id?: string;
  material?: string;
  verdict?: string | null;
  failed_checks?: string[];
  /** Decisions: what was decided and the catalogue's reason codes (their texts: `GET /v1/review/reason-codes`). */
  decision?: string;
  reason_codes?: string[];
  /** Staff only: who holds the case after an assignment step, and how late an SLA breach was. */
  assignee_id?: string | null;
  review_due_at?: string;
}

/**
 * Steps of the review a seller never sees: who holds the case, a decision only proposed (it may
 * never take effect), one sent back, an SLA escalation. The seller sees decisions once they happen.
 */
export const STAFF_ONLY_EVENTS: ReadonlySet<string> = new Set([
  'case.assigned',
  'case.released',
  'case.decision_proposed',
  'case.decision_sent_back',
  'case.sla_breached',
]);

/**
 * The case's history from its audit events, told for this viewer: a seller never sees the
 * staff-only steps, nor an event marked `staff_only` (an internal note).
 */
export function buildTimeline(
  events: readonly Pick<AuditEntry, 'at' | 'action' | 'actor' | 'data'>[],
  viewer: { isSeller: boolean; actor: string },
): TimelineStep[] {
  const visible = viewer.isSeller
    ? events.filter(
        (event) =>
          !STAFF_ONLY_EVENTS.has(event.action) &&
          (event.data as { staff_only?: unknown }).staff_only !== true,
      )
    : events;
  return visible.map((event) => {
    const data = event.data as Record<string, unknown>;
    const step: TimelineStep = {
      at: event.at.toISOString(),
      event: event.action,
      by: nameActor(event.actor, viewer),
    };
    if (typeof data.from === 'string') step.from = data.from;
    if (typeof data.to === 'string') step.to = data.to;
    if (typeof data.case_action === 'string') step.case_action = data.case_action;
    if (typeof data.note === 'string' && (!viewer.isSeller || data.seller_visible === true))
      step.note = data.note;
    if (Array.isArray(data.triggers))
      step.triggers = data.triggers.filter((t): t is string => typeof t === 'string');
    if (typeof data.decision === 'string') step.decision = data.decision;
    if (Array.isArray(data.reason_codes)) step.reason_codes = data.reason_codes.map(String);
    if (!viewer.isSeller) {
      if (data.assignee_id === null || typeof data.assignee_id === 'string')
        step.assignee_id = data.assignee_id;
      if (typeof data.review_due_at === 'string') step.review_due_at = data.review_due_at;
    }
    if (typeof data.document_id === 'string') {
      step.document_id = data.document_id;
      if (typeof data.material === 'string') step.material = data.material;
      if (event.action === 'document.checked' || event.action === 'document.rechecked') {
        step.verdict = typeof data.verdict === 'string' ? data.verdict : null;
        step.failed_checks = Array.isArray(data.failed_checks) ? data.failed_checks.map(String) : [];
      }
    }
    return step;
  });
}

function nameActor(actor: string, viewer: { isSeller: boolean; actor: string }): string {
  if (!viewer.isSeller) return actor;
  if (actor === viewer.actor) return 'you';
  if (actor === 'system' || actor.startsWith('system:')) return 'system';
  return 'support';
}
