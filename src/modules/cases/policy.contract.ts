import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { LiveVerificationSection } from '../appointments/index.js';
import { Retention } from '../privacy/index.js';
import {
  isTriggerId,
  SEVERITIES,
  type Severity,
  TRIGGER_IDS,
  type TriggerId,
  triggerDefinitions,
  triggerIds,
} from '../risk/index.js';
import { StatementsSection } from '../statements/index.js';

/**
 * The policy (SPEC section 4): data, not code. It turns findings into cases: which score opens one,
 * how severe it is, what the seller must provide and by when, and what the account may do
 * meanwhile. Format and reasons for the defaults: docs/policy.md.
 */

/** The built-in triggers, from the registry (`risk/triggers/registry.ts`), in its order. */
export const TRIGGERS = TRIGGER_IDS;
export type Trigger = TriggerId;
export { SEVERITIES, type Severity };

/** In the order restriction lists are kept and returned. */
export const RESTRICTIONS = ['deactivated', 'listings_paused', 'payouts_held'] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

export const ENTITY_TYPES = ['business', 'individual'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** `document`: an uploaded file; `statement`: text the seller writes; `live`: a selfie or video call. */
export const MATERIAL_KINDS = ['document', 'statement', 'live'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const FILE_FORMATS = ['pdf', 'jpeg', 'png', 'tiff'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Registered values a document must show (compared by the consistency checks). */
export const MUST_SHOW_FIELDS = [
  'registered_name',
  'registered_address',
  'registration_number',
  'legal_rep_name',
  'date_of_birth',
  'id_number',
  'linked_accounts',
] as const;
export type MustShowField = (typeof MUST_SHOW_FIELDS)[number];

const Name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a snake_case name such as proof_of_address');
const Score = z.number().min(0).max(1);
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, 'each value only once');
const Restrictions = uniqueList(z.enum(RESTRICTIONS));

export const RequirementRules = z.strictObject({
  issued_within_days: z.int().positive().optional(),
  unexpired: z.boolean().optional(),
  must_show: uniqueList(z.enum(MUST_SHOW_FIELDS)).optional(),
  all_pages: z.boolean().optional(),
  all_sides: z.boolean().optional(),
  colour: z.boolean().optional(),
  not_screenshot: z.boolean().optional(),
  /** The documents together cover the period the finding names (e.g. the anomalous sales window). */
  covers_finding_period: z.boolean().optional(),
  max_bytes: z.int().positive().optional(),
  formats: uniqueList(z.enum(FILE_FORMATS)).min(1).optional(),
});
export type RequirementRules = z.infer<typeof RequirementRules>;

export const Material = z.strictObject({
  kind: z.enum(MATERIAL_KINDS),
  title: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
});
export type Material = z.infer<typeof Material>;

export const RequirementTemplate = z.strictObject({
  material: Name,
  applies_to: uniqueList(z.enum(ENTITY_TYPES)).min(1),
  accepted_variants: uniqueList(Name).min(1),
  rules: RequirementRules,
  /** Asked only when the finding names this material (or one of its variants) as missing. */
  only_if_missing: z.boolean().optional(),
});
export type RequirementTemplate = z.infer<typeof RequirementTemplate>;

export const TriggerPolicy = z.strictObject({
  open_score: Score,
  /** Scores from `high_from` are high, from `medium_from` medium, below it low. */
  severity: z
    .strictObject({ medium_from: Score, high_from: Score })
    .refine((bands) => bands.medium_from <= bands.high_from, 'medium_from must not exceed high_from'),
  deadline_days: z.int().min(1).max(365),
  restrictions_while_open: Restrictions,
  requirements: z.array(RequirementTemplate),
});
export type TriggerPolicy = z.infer<typeof TriggerPolicy>;

export const Policy = z
  .strictObject({
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, 'a date and a sequence number, e.g. 2026-11-29.1'),
    description: z.string().optional(),
    materials: z.record(Name, Material),
    /** Rules every `document` requirement starts from; a requirement's own rules add to them. */
    document_rules: RequirementRules,
    /** One block per registered trigger; a trigger the document leaves out runs on its defaults. */
    triggers: z.record(
      z.string().refine(isTriggerId, { error: (issue) => `${String(issue.input)} is not a trigger` }),
      TriggerPolicy,
    ),
    /** Restrictions after a decision, on top of those the case's triggers imposed while open. */
    outcomes: z.strictObject({
      rejected: Restrictions,
      rejected_final: Restrictions.refine((list) => list.includes('deactivated'), 'must include deactivated'),
      expired: Restrictions,
    }),
    reminders: z.strictObject({ days_before_deadline: uniqueList(z.int().positive()) }),
    review: z.strictObject({ sla_hours: z.number().positive() }),
    appeal: z.strictObject({
      window_days: z.int().positive(),
      limit_per_case: z.int().min(0),
      /** `false` relaxes the reason codes' `appeal_requires: new_documents`: the plan of action is enough. */
      require_new_documents: z.boolean().default(true),
    }),
    messages: z.strictObject({ per_day_while_waiting: z.int().min(0) }),
    retention: Retention.optional(),

    live_verification: LiveVerificationSection,
    statements: StatementsSection,
  })
  .superRefine((policy, ctx) => {
    const variantsByMaterial = new Map<string, string[][]>();
    const formatsByMaterial = new Map<string, string[][]>();
    for (const trigger of triggerIds()) {
      const seen = new Set<string>();
      (policy.triggers[trigger]?.requirements ?? []).forEach((template, i) => {
        const path = ['triggers', trigger, 'requirements', i, 'material'];
        if (!policy.materials[template.material])
          ctx.addIssue({
            code: 'custom',
            path,
            message: `material ${template.material} is not in materials`,
          });
        if (seen.has(template.material))
          ctx.addIssue({ code: 'custom', path, message: `material ${template.material} is asked twice` });
        seen.add(template.material);
        variantsByMaterial.set(template.material, [
          ...(variantsByMaterial.get(template.material) ?? []),
          template.accepted_variants,
        ]);
        const formats = template.rules.formats ?? policy.document_rules.formats;
        if (formats)
          formatsByMaterial.set(template.material, [
            ...(formatsByMaterial.get(template.material) ?? []),
            formats,
          ]);
      });
    }
    // Two triggers asking the same material are merged to what both accept: keep that non-empty.
    const check = (byMaterial: Map<string, string[][]>, what: string) => {
      for (const [material, lists] of byMaterial)
        if (lists.reduce((acc, list) => acc.filter((value) => list.includes(value))).length === 0)
          ctx.addIssue({
            code: 'custom',
            path: ['triggers'],
            message: `the triggers asking for ${material} accept no ${what} in common`,
          });
    };
    check(variantsByMaterial, 'variant');
    check(formatsByMaterial, 'file format');
  });
/** A valid policy: it has a block for every registered trigger (`parsePolicy` fills the ones left out). */
export type Policy = Omit<z.infer<typeof Policy>, 'triggers'> & { triggers: Record<Trigger, TriggerPolicy> };

/** A trigger the document has no block for (it predates the trigger) runs on the trigger's defaults. */
function withTriggerDefaults(document: unknown): unknown {
  if (!isPlainObject(document) || !isPlainObject(document.triggers)) return document;
  const triggers: Record<string, unknown> = { ...document.triggers };
  for (const definition of triggerDefinitions())
    if (!(definition.id in triggers)) triggers[definition.id] = structuredClone(definition.defaults);
  return { ...document, triggers };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates a policy document (the shipped default, or one an admin edits). */
export function parsePolicy(document: unknown): Policy {
  const result = Policy.safeParse(withTriggerDefaults(document));
  if (result.success) return result.data as Policy;
  const first = result.error.issues[0];
  throw new AppError(
    'VALIDATION_FAILED',
    `The policy is not valid: ${first?.message ?? 'unknown problem'}.`,
    {
      where: ['policy', ...(first?.path ?? [])].map(String).join('.'),
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    },
  );
}

export const DEFAULT_POLICY_URL = new URL('../../../policy/default.policy.json', import.meta.url);

/** Reads and validates the policy shipped in `policy/default.policy.json`. */
export async function loadDefaultPolicy(): Promise<Policy> {
  const text = await readFile(DEFAULT_POLICY_URL, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new AppError(
      'MALFORMED_JSON',
      'The default policy file is not valid JSON.',
      { where: 'policy' },
      { cause: error },
    );
  }
  return parsePolicy(document);
}
