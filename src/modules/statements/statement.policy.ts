import { z } from 'zod';

const RelationshipRules = z.strictObject({
  /** `true`: a linked account left unanswered fails the statement; `false`: it only warns. */
  every_linked_account: z.boolean().default(true),
  /** The fewest characters an entry's explanation may have before it reads as too thin (a warning). */
  min_explanation_chars: z.int().min(0).max(2000).default(40),
});

/**
 * The policy's `statements` section: the rules written statements are checked by (in preflight
 * too). Absent from a policy document, the defaults apply (older policies stay valid).
 */
const StatementsPolicy = z.strictObject({
  relationship: RelationshipRules.default({ every_linked_account: true, min_explanation_chars: 40 }),
});

export const StatementsSection = StatementsPolicy.default({
  relationship: { every_linked_account: true, min_explanation_chars: 40 },
});
