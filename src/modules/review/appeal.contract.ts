import { z } from 'zod';

// The schema only asks for text, short enough to be read in one sitting; how much substance each
// part needs (20 characters by default: "n/a" is refused, 20 汉字 is a full sentence) and in which
// language are the policy's statement rules, checked in preflight too (`checkPlanOfAction`).
const PLAN_MIN = 1;
const PLAN_MAX = 4000;

const PlanPart = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(PLAN_MIN, `${what}: at least ${PLAN_MIN} characters`)
    .max(PLAN_MAX, `${what}: at most ${PLAN_MAX} characters`);

/** The seller's plan of action (SPEC section 6): why it happened, what was fixed, how it is prevented. */
export const AppealPlan = z.strictObject({
  root_cause: PlanPart('root_cause').describe('What caused the problem the rejection names'),
  what_was_fixed: PlanPart('what_was_fixed').describe('What has been changed since'),
  how_prevented: PlanPart('how_prevented').describe('How it will not happen again'),
});
export type AppealPlan = z.infer<typeof AppealPlan>;
