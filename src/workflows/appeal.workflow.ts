import { z } from 'zod';
import type { Principal } from '../modules/access/index.js';
import {
  appealRefusal,
  appealWindowEnd,
  applyCaseAction,
  type CaseRow,
  type CaseStatus,
  findCase,
  nextStatus,
  type Policy,
  policyOfCase,
  reviewDueAt,
} from '../modules/cases/index.js';
import { findCaseDocuments } from '../modules/documents/index.js';
import {
  type AppealPlan,
  type AppealRow,
  type DecisionReason,
  findDecisions,
  insertAppeal,
  loadReasonCodes,
} from '../modules/review/index.js';
import {
  checkPlanOfAction,
  outcomeOf,
  planRulesOf,
  type StatementCheck,
} from '../modules/statements/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { defineJob } from '../platform/jobs.js';
import { actorKindOf, scheduleReviewSla, visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';
import { notifyAppealFiled } from './staff-notifications.workflow.js';

/** What this use case takes from the process's dependencies. */
export type AppealDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

/** Fires when a rejection's appeal window closes: a rejection nobody appealed becomes final. */
export const caseAppealWindowClosed = defineJob({
  name: 'case.appeal_window_closed',
  payload: z.object({ case_id: z.uuid() }),
  run: async (deps: AppealDeps, { case_id }) => {
    await finalizeRejectionIfDue(deps, case_id);
  },
});

/**
 * Checks a plan of action by the case's policy (`statements.plan_of_action` and `languages`)
 * without storing anything: what preflight shows, and what the appeal itself refuses on.
 */
export async function preflightAppealPlan(
  context: AppealDeps,
  principal: Principal,
  caseId: string,
  plan: AppealPlan,
): Promise<{ outcome: 'pass' | 'warn' | 'fail'; checks: StatementCheck[] }> {
  const found = await visibleCase(context, principal, caseId);
  const checks = checkPlanOfAction(plan, planRulesOf((await policyOfCase(context.db, found)).statements));
  return { outcome: outcomeOf(checks), checks };
}

/**
 * The seller appeals a rejection with a plan of action, within the policy's window and while the
 * case has an appeal left. The plan is checked by the policy's statement rules: a failing plan is
 * refused (422 APPEAL_PLAN_FAILED, with its checks) before anything is stored; warnings are stored
 * with it. In one transaction: the appeal (never updated: each appeal keeps its own plan, by
 * number), the move to `appealed` (back in the review queue, with a new SLA) and its audit event,
 * and the SLA job. New documents go up against the case's requirements, before the appeal or while
 * it waits for a reviewer.
 */
export async function appealCase(
  context: AppealDeps,
  principal: Principal,
  caseId: string,
  plan: AppealPlan,
): Promise<{ appeal: AppealRow; case: CaseRow }> {
  await visibleCase(context, principal, caseId);
  const kind = actorKindOf(principal);
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, caseId, { forUpdate: true });
    if (!current) throw new AppError('NOT_FOUND', `no case ${caseId}`, { where: 'caseId' });
    nextStatus(current.status as CaseStatus, 'appeal', kind);
    const policy = await policyOfCase(tx, current);
    const at = context.clock.now();
    const refusal = appealRefusal(current, policy, at);
    if (refusal === 'limit_reached')
      throw new AppError(
        'APPEAL_LIMIT_REACHED',
        `this case allows ${policy.appeal.limit_per_case} appeal(s)`,
        {
          where: 'case',
          limit_per_case: policy.appeal.limit_per_case,
        },
      );
    if (refusal === 'window_closed')
      throw new AppError('APPEAL_WINDOW_CLOSED', 'the time to appeal this rejection has passed', {
        where: 'case',
        window_ended_at: appealWindowEnd(current.decidedAt ?? at, policy).toISOString(),
      });
    await assertAppealBringsWhatItMust(tx, current, policy);
    const checks = checkPlanOfAction(plan, planRulesOf(policy.statements));
    const outcome = outcomeOf(checks);
    if (outcome === 'fail') {
      const failed = checks.filter((c) => c.status === 'fail');
      const parts = (failed[0]?.evidence.parts ?? failed[0]?.evidence.not_accepted) as string[] | undefined;
      throw new AppError('APPEAL_PLAN_FAILED', failed.map((c) => c.message.en).join(' '), {
        where: parts?.[0] ? `body.${parts[0]}` : 'body',
        checks: failed,
      });
    }
    const appeal: AppealRow = {
      id: newId(),
      caseId,
      number: current.appealCount + 1,
      rootCause: plan.root_cause,
      whatWasFixed: plan.what_was_fixed,
      howPrevented: plan.how_prevented,
      checks,
      outcome,
      submittedBy: principal.actor,
      submittedAt: at,
    };
    await insertAppeal(tx, appeal);
    const moved = await applyCaseAction(
      tx,
      context.auditKey,
      at,
      current,
      'appeal',
      { name: principal.actor, kind },
      { appeal_id: appeal.id, appeal_number: appeal.number, plan_outcome: outcome },
      { reviewDueAt: reviewDueAt(at, policy) },
    );
    await scheduleReviewSla(context, tx, moved);
    await notifyAppealFiled(tx, at, caseId, appeal.number);
    return { appeal, case: moved };
  });
}

/**
 * The appeal-window job: a rejection still unappealed when its window has closed becomes final,
 * and the account is deactivated (restrictions follow the policy's `rejected_final`). Idempotent:
 * an appealed case, or a later rejection with its own window, is left alone.
 */
export async function finalizeRejectionIfDue(
  context: AppealDeps,
  caseId: string,
): Promise<'finalized' | 'not_due' | 'moved_on'> {
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, caseId, { forUpdate: true });
    if (current?.status !== 'rejected' || !current.decidedAt) return 'moved_on';
    const policy = await policyOfCase(tx, current);
    const at = context.clock.now();
    if (at.getTime() < appealWindowEnd(current.decidedAt, policy).getTime()) return 'not_due';
    await applyCaseAction(tx, context.auditKey, at, current, 'finalize_rejection', {
      name: 'system:appeals',
      kind: 'system',
    });
    return 'finalized';
  });
}

/**
 * What the rejection's reasons say an appeal must bring (`appeal_requires` in the reason codes):
 * for a reason about the documents, at least one document uploaded since the rejection. Refused
 * before anything is stored, naming the reasons; the policy may relax it.
 */
async function assertAppealBringsWhatItMust(tx: Deps['db'], current: CaseRow, policy: Policy) {
  if (!policy.appeal.require_new_documents) return;
  const rejection = (await findDecisions(tx, current.id))
    .filter((d) => d.decision === 'rejected' && d.status === 'decided' && d.decidedAt)
    .sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0))[0];
  if (!rejection?.decidedAt) return;
  const catalogue = await loadReasonCodes();
  const needing = (rejection.reasons as DecisionReason[])
    .map((r) => r.code)
    .filter((code) => catalogue.codes.find((c) => c.code === code)?.appeal_requires === 'new_documents');
  if (needing.length === 0) return;
  const since = rejection.decidedAt.getTime();
  const added = (await findCaseDocuments(tx, current.id)).some((d) => d.uploadedAt.getTime() >= since);
  if (!added)
    throw new AppError(
      'APPEAL_MATERIAL_MISSING',
      'the rejection was about your documents: upload at least one new document before you appeal',
      { where: 'documents', reason_codes: needing },
    );
}
