import type { Db } from '../adapters/db/database.js';
import type { Principal } from '../modules/access/index.js';
import {
  activePolicy,
  type CaseFinding,
  type CaseRow,
  caseOpened,
  dropClearedFindings,
  findingsAdded,
  findOpenCaseForUpdate,
  opensCase,
  type Policy,
  reminderTimes,
} from '../modules/cases/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { DAY_MS } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { queued } from '../platform/jobs.js';
import { caseDeadlineReached, caseReminderDue } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type OpenCaseDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

export interface OpenCaseInput {
  sellerId: string;
  findings: CaseFinding[];
  source: 'scan' | 'live' | 'manual';
  by: Principal;
  note?: string;
  /**
   * What the caller already read for a whole batch (`applyFindings`): the active policy and the
   * seller's entity type. Read here when absent.
   */
  known?: { policy: Policy; entityType: 'business' | 'individual' };
}

export type OpenCaseOutcome =
  | { outcome: 'opened' | 'updated' | 'unchanged'; caseId: string }
  | { outcome: 'below_threshold' | 'already_cleared' };

/**
 * Policy turns findings into a case: one open case per seller. A new case gets requirements,
 * a deadline and its reminders; an open case gets the new reasons and requirements. The same
 * findings again change nothing. Staff opening a case by hand are not held to the thresholds.
 */
export async function openOrUpdateCase(
  context: OpenCaseDeps,
  input: OpenCaseInput,
): Promise<OpenCaseOutcome> {
  const { policy, entityType } = input.known ?? (await readPolicyAndSeller(context.db, input.sellerId));
  const findings =
    input.source === 'manual'
      ? input.findings
      : input.findings.filter((f) => opensCase(f.trigger, f.score, policy));
  if (findings.length === 0) return { outcome: 'below_threshold' };
  for (let attempt = 0; ; attempt++) {
    try {
      return await context.db.transaction(async (tx) => {
        const open = await findOpenCaseForUpdate(tx, input.sellerId);
        if (open) return addToCase(context, tx, policy, open, entityType, findings, input);
        const fresh =
          input.source === 'manual' ? findings : await dropClearedFindings(tx, input.sellerId, findings);
        if (fresh.length === 0) return { outcome: 'already_cleared' as const };
        return createCase(context, tx, policy, entityType, fresh, input);
      });
    } catch (error) {
      // Two openers raced for the same seller; the loser finds the winner's case on retry.
      if (attempt === 0 && (error as { code?: string }).code === '23505') continue;
      throw error;
    }
  }
}

async function readPolicyAndSeller(db: Db, sellerId: string) {
  const policy = await activePolicy(db);
  const seller = await findSeller(db, sellerId);
  if (!seller)
    throw new AppError('UNKNOWN_SELLER', `seller ${sellerId} is not in the store`, { where: 'seller_id' });
  return { policy, entityType: seller.entityType as 'business' | 'individual' };
}

async function createCase(
  context: OpenCaseDeps,
  tx: Db,
  policy: Policy,
  entityType: 'business' | 'individual',
  findings: CaseFinding[],
  input: OpenCaseInput,
): Promise<OpenCaseOutcome> {
  const now = context.clock.now();
  const { caseId, deadlineAt } = await caseOpened(tx, context.auditKey, {
    sellerId: input.sellerId,
    policy,
    entityType,
    findings,
    openedBy: input.by.actor,
    source: input.source,
    at: now,
    ...(input.note ? { note: input.note } : {}),
  });
  await scheduleDeadline(context, tx, policy, caseId, deadlineAt, now);
  return { outcome: 'opened', caseId };
}

async function addToCase(
  context: OpenCaseDeps,
  tx: Db,
  policy: Policy,
  open: CaseRow,
  entityType: 'business' | 'individual',
  findings: CaseFinding[],
  input: OpenCaseInput,
): Promise<OpenCaseOutcome> {
  const now = context.clock.now();
  const added = await findingsAdded(tx, context.auditKey, open, {
    policy,
    entityType,
    findings,
    openedBy: input.by.actor,
    source: input.source,
    at: now,
  });
  if (!added) return { outcome: 'unchanged', caseId: open.id };
  if (added.deadlineAt.getTime() !== open.deadlineAt.getTime())
    await scheduleDeadline(context, tx, policy, open.id, added.deadlineAt, now);
  return { outcome: 'updated', caseId: open.id };
}

/**
 * Deadline and reminder jobs, enqueued in the case's own transaction (they exist only if it
 * commits), in one statement.
 */
export async function scheduleDeadline(
  context: OpenCaseDeps,
  tx: Db,
  policy: Policy,
  caseId: string,
  deadlineAt: Date,
  now: Date,
) {
  await context.queue.sendAll(
    [
      queued(caseDeadlineReached, { case_id: caseId }, deadlineAt),
      ...reminderTimes(deadlineAt, policy, now).map((at) =>
        queued(
          caseReminderDue,
          { case_id: caseId, days_before: Math.round((deadlineAt.getTime() - at.getTime()) / DAY_MS) },
          at,
        ),
      ),
    ],
    { transaction: tx },
  );
}
