import { findEventTimesSince } from '../modules/audit/index.js';
import {
  type CaseRow,
  countCasesAhead,
  countWaitingForReview,
  ETA_RULES,
  type Eta,
  estimateDecision,
  findOvertakingSubmissions,
  type Policy,
  queuePositionOf,
} from '../modules/cases/index.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type EtaDeps = Pick<Deps, 'clock' | 'db'>;

/** Case states in which the case waits on support (a review), not on the seller. */
export const WAITING_ON_SUPPORT: readonly string[] = ['submitted', 'in_review', 'appealed'];

/**
 * The estimated decision date of a case waiting on support, from its place in the queue and the
 * past week of the queue (`estimateDecision`); `null` when the case waits on the seller or is closed.
 */
export async function estimateCaseDecision(
  context: EtaDeps,
  found: CaseRow,
  policy: Policy,
): Promise<Eta | null> {
  if (!WAITING_ON_SUPPORT.includes(found.status)) return null;
  const now = context.clock.now();
  const since = new Date(now.getTime() - ETA_RULES.lookbackHours * 3_600_000);
  const [ahead, waiting, recentDecisionsAt, recentOvertakingAt] = await Promise.all([
    found.status === 'in_review' ? 0 : countCasesAhead(context.db, queuePositionOf(found)),
    countWaitingForReview(context.db),
    findEventTimesSince(context.db, 'case.transitioned', since, { from: 'in_review' }),
    findOvertakingSubmissions(context.db, found.severity, since),
  ]);
  // The SLA of the round the case is in (its submission or its appeal), as the queue orders it.
  const reviewDueAt =
    found.reviewDueAt ?? new Date((found.submittedAt ?? now).getTime() + policy.review.sla_hours * 3_600_000);
  return estimateDecision({
    now,
    ahead,
    waiting,
    recentDecisionsAt,
    recentOvertakingAt,
    reviewDueAt,
  });
}
