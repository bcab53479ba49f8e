import { z } from 'zod';
import type { Principal } from '../modules/access/index.js';
import { canSeeSeller } from '../modules/access/index.js';
import { appendAuditEvent, findAuditEventsFor } from '../modules/audit/index.js';
import {
  type ActorKind,
  applyCaseAction,
  type CaseAction,
  type CaseFieldChange,
  type CaseRow,
  findCase,
  findRequirements,
  findRequirementsOfCases,
  markRequirementsPastDue,
  materialHandedIn,
  missingForSubmission,
  type Policy,
  policyOfCase,
  type RequirementMaterial,
  type RequirementStatus,
  requirementNotices,
  reviewDueAt,
} from '../modules/cases/index.js';
import { findDocumentsOfCases, findSelfiesOfCases } from '../modules/documents/index.js';
import { recordNotification } from '../modules/notifications/index.js';
import { voidProposedDecisions } from '../modules/review/index.js';
import { findStatementsOfCases } from '../modules/statements/index.js';
import { AppError } from '../platform/errors.js';
import { defineJob } from '../platform/jobs.js';
import type { Deps } from './deps.js';
import { caseReviewDue } from './review-oversight.workflow.js';

/** What this use case takes from the process's dependencies. */
export type CaseActionsDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

/** Fires at a case's deadline: the case expires if it still waits on the seller. */
export const caseDeadlineReached = defineJob({
  name: 'case.deadline_reached',
  payload: z.object({ case_id: z.string().uuid() }),
  run: async (deps: CaseActionsDeps, { case_id }) => {
    await expireCaseIfDue(deps, case_id);
  },
});

/** Fires some days before the deadline: a reminder to the seller if the case still waits on them. */
export const caseReminderDue = defineJob({
  name: 'case.reminder_due',
  payload: z.object({ case_id: z.string().uuid(), days_before: z.number().int().nonnegative() }),
  run: async (deps: CaseActionsDeps, { case_id, days_before }) => {
    await recordReminderDue(deps, case_id, days_before);
  },
});

/** The kind of actor a principal is on a case; integrations watch cases but never move them. */
export function actorKindOf(principal: Principal): ActorKind {
  if (principal.role === 'integration')
    throw new AppError('FORBIDDEN', 'integrations read cases; people and the system move them', {
      where: 'Authorization',
    });
  return principal.role;
}

/** A case the principal may see; any other answers 404, whether or not it exists. */
export async function visibleCase(
  context: CaseActionsDeps,
  principal: Principal,
  caseId: string,
): Promise<CaseRow> {
  const found = await findCase(context.db, caseId);
  if (!found || !canSeeSeller(principal, found.sellerId))
    throw new AppError('NOT_FOUND', `no case ${caseId}`, { where: 'caseId' });
  return found;
}

/**
 * The seller hands the case in: every requirement answered by a document or a statement must have
 * one (their checks may still be running, or may have failed: the reviewer sees those), and what
 * was handed in goes to verification. A live verification is done with the reviewer, later. The case joins the review queue with its SLA, watched by a job.
 */
export async function submitCase(
  context: CaseActionsDeps,
  principal: Principal,
  caseId: string,
  note?: string,
): Promise<CaseRow> {
  return actOnCase(context, principal, caseId, 'submit', note, {
    before: async (tx, at, current) => {
      const policy = await policyOfCase(tx, current);
      const materials = await requirementMaterialsOf(tx, caseId, policy);
      const missing = missingForSubmission(materials);
      if (missing.length > 0)
        throw new AppError('REQUIREMENTS_INCOMPLETE', `hand in ${missing.join(', ')} before submitting`, {
          where: 'requirements',
          missing,
        });
      // What was handed in goes to verification; a live verification waits for the reviewer.
      for (const r of materials)
        if (r.hasMaterial && (r.status === 'currently_due' || r.status === 'errored'))
          await materialHandedIn(tx, r.id, at);
      return { reviewDueAt: reviewDueAt(at, policy) };
    },
    after: async (tx, _at, moved) => scheduleReviewSla(context, tx, moved),
  });
}

/** Staff close a case as a false positive; the account's restrictions from it lift. */
export async function withdrawCase(
  context: CaseActionsDeps,
  principal: Principal,
  caseId: string,
  note: string,
): Promise<CaseRow> {
  return actOnCase(context, principal, caseId, 'withdraw', note, {
    after: (tx, at, moved) => voidProposedDecisions(tx, moved.id, at),
  });
}

interface ActionSteps {
  /** Checks and writes that come first; answers the fields that move with the status. */
  before?: (tx: Deps['db'], at: Date, current: CaseRow) => Promise<CaseFieldChange>;
  after?: (tx: Deps['db'], at: Date, moved: CaseRow) => Promise<void>;
}

/** Access, then state, then one transaction with the status, its side effects and the audit event. */
async function actOnCase(
  context: CaseActionsDeps,
  principal: Principal,
  caseId: string,
  action: CaseAction,
  note: string | undefined,
  steps: ActionSteps = {},
): Promise<CaseRow> {
  await visibleCase(context, principal, caseId);
  const kind = actorKindOf(principal);
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, caseId, { forUpdate: true });
    if (!current) throw new AppError('NOT_FOUND', `no case ${caseId}`, { where: 'caseId' });
    const at = context.clock.now();
    const also = (await steps.before?.(tx, at, current)) ?? {};
    const moved = await applyCaseAction(
      tx,
      context.auditKey,
      at,
      current,
      action,
      { name: principal.actor, kind },
      note ? { note } : {},
      also,
    );
    await steps.after?.(tx, at, moved);
    return moved;
  });
}

/** The SLA job of the round the case just entered, in the same transaction. */
export async function scheduleReviewSla(context: CaseActionsDeps, tx: Deps['db'], entered: CaseRow) {
  if (!entered.reviewDueAt) throw new Error(`case ${entered.id} entered the queue without an SLA`);
  await context.queue.send(
    caseReviewDue,
    { case_id: entered.id, due_at: entered.reviewDueAt.toISOString() },
    { startAfter: entered.reviewDueAt, transaction: tx },
  );
}

/**
 * The deadline job: a case still waiting on the seller at its deadline expires, and what was
 * still due is past due. Idempotent: a case that moved on, or a deadline that moved later, is left alone.
 */
async function expireCaseIfDue(context: CaseActionsDeps, caseId: string): Promise<'expired' | 'not_due'> {
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, caseId, { forUpdate: true });
    const at = context.clock.now();
    if (current?.status !== 'awaiting_documents' || current.deadlineAt.getTime() > at.getTime())
      return 'not_due';
    await applyCaseAction(tx, context.auditKey, at, current, 'expire', {
      name: 'system:deadlines',
      kind: 'system',
    });
    await markRequirementsPastDue(tx, caseId, at);
    return 'expired';
  });
}

/**
 * The reminder job records that the seller is due a reminder, on the case timeline, if the case
 * still waits on them, and records `case.reminder_due` in the outbox: the dispatcher sends the email
 * and the webhooks.
 */
export async function recordReminderDue(
  context: CaseActionsDeps,
  caseId: string,
  daysBefore: number,
): Promise<void> {
  await context.db.transaction(async (tx) => {
    const current = await findCase(tx, caseId, { forUpdate: true });
    if (current?.status !== 'awaiting_documents') return;
    const deadline = current.deadlineAt.toISOString();
    const sent = await findAuditEventsFor(tx, 'case', caseId);
    const isRecorded = sent.some((e) => {
      const data = e.data as { days_before?: number; deadline_at?: string };
      return (
        e.action === 'case.reminder_due' && data.days_before === daysBefore && data.deadline_at === deadline
      );
    });
    if (isRecorded) return; // a retried job
    const due = (await findRequirements(tx, caseId)).filter(
      (r) => r.status === 'currently_due' || r.status === 'errored',
    );
    const at = context.clock.now();
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: 'system:deadlines',
      action: 'case.reminder_due',
      entityType: 'case',
      entityId: caseId,
      data: { days_before: daysBefore, deadline_at: deadline, requirements_due: due.map((r) => r.material) },
    });
    await recordNotification(tx, {
      type: 'case.reminder_due',
      sellerId: current.sellerId,
      caseId,
      occurredAt: at,
      data: {
        case_id: caseId,
        seller_id: current.sellerId,
        days_before: daysBefore,
        deadline_at: deadline,
        requirements_due: requirementNotices(due, await policyOfCase(tx, current)),
      },
    });
  });
}

/**
 * Requirements answered by a document that have none yet: a submission must not leave any. One a
 * reviewer asked for again needs a document uploaded since. A selfie counts for its live requirement.
 */
export async function requirementMaterialsOf(
  db: Deps['db'],
  caseId: string,
  policy: Policy,
): Promise<RequirementMaterials> {
  return (await requirementMaterialsOfCases(db, [{ id: caseId, policy }])).get(caseId) ?? [];
}

export type RequirementMaterials = (RequirementMaterial & { id: string })[];

/** The same for a page of cases, in four statements whatever the page's size. */
export async function requirementMaterialsOfCases(
  db: Deps['db'],
  cases: readonly { id: string; policy: Policy }[],
): Promise<Map<string, RequirementMaterials>> {
  const ids = cases.map((c) => c.id);
  const documents = await findDocumentsOfCases(db, ids);
  const statements = await findStatementsOfCases(db, ids);
  const selfies = await findSelfiesOfCases(db, ids);
  const since = (r: { reaskedAt: Date | null }, at: Date) =>
    !r.reaskedAt || at.getTime() >= r.reaskedAt.getTime();
  const policyOf = new Map(cases.map((c) => [c.id, c.policy]));
  const materials = new Map<string, RequirementMaterials>(ids.map((id) => [id, []]));
  for (const r of await findRequirementsOfCases(db, ids))
    materials.get(r.caseId)?.push({
      id: r.id,
      material: r.material,
      kind: policyOf.get(r.caseId)?.materials[r.material]?.kind ?? 'document',
      status: r.status as RequirementStatus,
      hasMaterial:
        documents.some((d) => d.requirementId === r.id && since(r, d.uploadedAt)) ||
        statements.some((st) => st.requirementId === r.id && since(r, st.createdAt)) ||
        selfies.some((selfie) => selfie.requirementId === r.id && since(r, selfie.uploadedAt)),
    });
  return materials;
}
