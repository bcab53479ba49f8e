import { addDays } from '../../platform/clock.js';
import type { Policy, Trigger } from './policy.contract.js';

const HOUR_MS = 3_600_000;

/** A case's deadline: the longest its triggers allow, so each trigger's own deadline is kept. */
export function caseDeadline(triggers: readonly Trigger[], openedAt: Date, policy: Policy): Date {
  const days = Math.max(0, ...triggers.map((trigger) => policy.triggers[trigger].deadline_days));
  return addDays(openedAt, days);
}

/** When to remind the seller of `deadlineAt`, earliest first; reminders not after `from` are dropped. */
export function reminderTimes(deadlineAt: Date, policy: Policy, from: Date): Date[] {
  return [...policy.reminders.days_before_deadline]
    .sort((a, b) => b - a)
    .map((days) => addDays(deadlineAt, -days))
    .filter((at) => at.getTime() > from.getTime());
}

/** The last moment a rejection may be appealed. */
export const appealWindowEnd = (rejectedAt: Date, policy: Policy): Date =>
  addDays(rejectedAt, policy.appeal.window_days);

/** Whether the case may still be appealed after `appealCount` appeals. */
export const hasAppealLeft = (appealCount: number, policy: Policy): boolean =>
  appealCount < policy.appeal.limit_per_case;

/** When review of a submitted (or appealed) case breaches its SLA. */
export const reviewDueAt = (submittedAt: Date, policy: Policy): Date =>
  new Date(submittedAt.getTime() + policy.review.sla_hours * HOUR_MS);

/** Why a rejected case can no longer be appealed at `at`, or undefined while it can (until the window's end). */
export function appealRefusal(
  rejection: { decidedAt: Date | null; appealCount: number },
  policy: Policy,
  at: Date,
): 'limit_reached' | 'window_closed' | undefined {
  if (!hasAppealLeft(rejection.appealCount, policy)) return 'limit_reached';
  const decidedAt = rejection.decidedAt ?? at;
  if (at.getTime() >= appealWindowEnd(decidedAt, policy).getTime()) return 'window_closed';
  return undefined;
}
