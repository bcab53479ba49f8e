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
  /** Document steps (`document.uploaded`, `document.checked`): which document, for what, and how it went. */
  document_id?: string;
  material?: string;
  verdict?: string | null;
  failed_checks?: string[];
}

/** The case's history from its audit events, told for this viewer (a seller never sees staff-only steps). */
export function buildTimeline(
  events: readonly AuditEntry[],
  viewer: { isSeller: boolean; actor: string },
): TimelineStep[] {
  const shown = viewer.isSeller
    ? events.filter((event) => (event.data as { staff_only?: unknown }).staff_only !== true)
    : events;
  return shown.map((event) => {
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
    if (typeof data.document_id === 'string') {
      step.document_id = data.document_id;
      if (typeof data.material === 'string') step.material = data.material;
      if (event.action === 'document.checked') {
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
