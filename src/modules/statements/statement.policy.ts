import { z } from 'zod';
import { DETECTABLE_LANGUAGES } from './language.js';

const RelationshipRules = z.strictObject({
  /** `true`: a linked account left unanswered fails the statement; `false`: it only warns. */
  every_linked_account: z.boolean().default(true),
  /** The fewest characters an entry's explanation may have before it reads as too thin (a warning). */
  min_explanation_chars: z.int().min(0).max(2000).default(40),
});

const PartMin = z.int().min(1).max(2000).default(20);

/** The appeal's plan of action: the fewest characters each part needs before it fails as too thin. */
const PlanOfActionRules = z.strictObject({
  min_chars: z
    .strictObject({ root_cause: PartMin, what_was_fixed: PartMin, how_prevented: PartMin })
    .default({ root_cause: 20, what_was_fixed: 20, how_prevented: 20 }),
});

/** The languages statements may be written in, told from the text (the reviewers read them). */
const LanguageRules = z.strictObject({
  accepted: z
    .array(z.enum(DETECTABLE_LANGUAGES))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'each language once')
    .default(['en', 'zh']),
  /** A part written in another language: `fail` the statement, or only `warn`. */
  unaccepted: z.enum(['fail', 'warn']).default('fail'),
});

const DEFAULTS = {
  languages: { accepted: ['en', 'zh'] as ('en' | 'zh')[], unaccepted: 'fail' as const },
  relationship: { every_linked_account: true, min_explanation_chars: 40 },
  plan_of_action: { min_chars: { root_cause: 20, what_was_fixed: 20, how_prevented: 20 } },
};

/**
 * The policy's `statements` section: the rules written statements (the relationship statement,
 * an appeal's plan of action) are checked by, in preflight too. Absent from a policy document, the
 * defaults apply (older policies stay valid).
 */
const StatementsPolicy = z.strictObject({
  languages: LanguageRules.default(DEFAULTS.languages),
  relationship: RelationshipRules.default(DEFAULTS.relationship),
  plan_of_action: PlanOfActionRules.default(DEFAULTS.plan_of_action),
});

export const StatementsSection = StatementsPolicy.default(DEFAULTS);
