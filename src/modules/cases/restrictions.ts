import type { CaseStatus } from './case.state.js';
import { type Policy, RESTRICTIONS, type Restriction, type Trigger } from './policy.contract.js';

export interface RestrictionsInput {
  status: CaseStatus;
  /** The triggers the case was opened or extended for. */
  triggers: readonly Trigger[];
  /** Appeals made on the case: more than none means it was rejected, and the rejection still stands. */
  appealCount: number;
}

/**
 * What the account may not do because of this case, in `RESTRICTIONS` order. While open: what the
 * triggers impose. Approved or withdrawn: nothing. Rejected, rejected for good or expired: the
 * policy's outcome on top of the open restrictions, so a decision never loosens them. Under appeal
 * (and anything the appeal leads to short of approval) the rejection's outcome stays: appealing
 * does not lift what the rejection imposed. A final rejection is the policy's `rejected_final`, however
 * many appeals led to it.
 */
export function deriveRestrictions(
  { status, triggers, appealCount }: RestrictionsInput,
  policy: Policy,
): Restriction[] {
  if (status === 'approved' || status === 'withdrawn') return [];
  const imposed = new Set<Restriction>(
    triggers.flatMap((trigger) => policy.triggers[trigger].restrictions_while_open),
  );
  // A final rejection has its own outcome; anything else after a rejection keeps the rejection's.
  if (appealCount > 0 && status !== 'rejected_final')
    for (const restriction of policy.outcomes.rejected) imposed.add(restriction);
  if (status === 'rejected' || status === 'rejected_final' || status === 'expired')
    for (const restriction of policy.outcomes[status]) imposed.add(restriction);
  // The policy schema already requires it; the invariant is stated here where it matters.
  if (status === 'rejected_final') imposed.add('deactivated');
  return RESTRICTIONS.filter((restriction) => imposed.has(restriction));
}
