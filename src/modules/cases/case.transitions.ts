import type { Db } from '../../adapters/db/database.js';
import { appendAuditEvent } from '../audit/index.js';
import { type CaseRow, writeCaseStatus } from './case.repository.js';
import { type ActorKind, type CaseAction, type CaseStatus, isTerminal, nextStatus } from './case.state.js';

export interface CaseActor {
  /** How the audit log names the actor (`user:…`, `system:deadlines`). */
  name: string;
  kind: ActorKind;
}

const DECISIONS: ReadonlySet<CaseStatus> = new Set(['approved', 'rejected', 'rejected_final']);

/**
 * Moves a case along the transition table, inside the caller's transaction: checks the move,
 * writes the status (refusing a stale revision) and appends the audit event, together.
 */
export async function applyCaseAction(
  tx: Db,
  auditKey: string,
  at: Date,
  current: CaseRow,
  action: CaseAction,
  actor: CaseActor,
  detail: Record<string, unknown> = {},
): Promise<CaseRow> {
  const from = current.status as CaseStatus;
  const to = nextStatus(from, action, actor.kind);
  const change = {
    status: to,
    at,
    ...(to === 'submitted' ? { submittedAt: at } : {}),
    ...(DECISIONS.has(to) ? { decidedAt: at } : {}),
    ...(isTerminal(to) ? { closedAt: at } : {}),
    ...(action === 'appeal' ? { appealCount: current.appealCount + 1 } : {}),
  };
  await writeCaseStatus(tx, current.id, current.revision, change);
  await appendAuditEvent(tx, auditKey, at, {
    actor: actor.name,
    action: 'case.transitioned',
    entityType: 'case',
    entityId: current.id,
    data: { case_action: action, from, to, ...detail },
  });
  return {
    ...current,
    status: to,
    updatedAt: at,
    revision: current.revision + 1,
    submittedAt: change.submittedAt ?? current.submittedAt,
    decidedAt: change.decidedAt ?? current.decidedAt,
    closedAt: change.closedAt ?? current.closedAt,
    appealCount: change.appealCount ?? current.appealCount,
  };
}
