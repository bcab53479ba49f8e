import { addDays } from '../../platform/clock.js';
import { triggerIds } from '../risk/index.js';
import {
  type EntityType,
  type MaterialKind,
  MUST_SHOW_FIELDS,
  type Policy,
  type RequirementRules,
  type RequirementTemplate,
  type Trigger,
} from './policy.contract.js';

/**
 * SPEC section 4. `errored`: a document was provided and failed its checks (`errors` holds the
 * codes). `waived`: staff decided it need not be met, a recorded act with a reason: never
 * `satisfied`, which only material handed in and verified earns.
 */
export const REQUIREMENT_STATUSES = [
  'currently_due',
  'pending_verification',
  'satisfied',
  'past_due',
  'errored',
  'waived',
] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export interface TriggerReason {
  trigger: Trigger;
  /** The finding's summary: one sentence a seller can read. */
  summary: string;
  /** For `missing_documentation`: the documents found absent, rejected or expired. */
  missing_documents?: readonly string[];
}

export interface RequirementReason {
  trigger: Trigger;
  summary: string;
}

export interface PlannedRequirement {
  material: string;
  kind: MaterialKind;
  /** The triggers that asked for this material, in the registry's order. */
  triggers: Trigger[];
  reasons: RequirementReason[];
  /** The reasons' summaries as one text, for the seller and the `reason` column. */
  reason: string;
  accepted_variants: string[];
  rules: RequirementRules;
  status: RequirementStatus;
  errors: string[];
  due_at: Date;
}

export interface PlanRequirementsInput {
  triggers: readonly TriggerReason[];
  entityType: EntityType;
  policy: Policy;
  openedAt: Date;
}

/** What the seller must provide for these triggers: one requirement per material, merged. */
export function planRequirements({
  triggers,
  entityType,
  policy,
  openedAt,
}: PlanRequirementsInput): PlannedRequirement[] {
  let plan: PlannedRequirement[] = [];
  for (const trigger of triggerIds()) {
    const asked = triggers.filter((reason) => reason.trigger === trigger);
    if (asked.length === 0) continue;
    const summary = [...new Set(asked.map((reason) => reason.summary))].join(' ');
    const missing = asked.some((reason) => reason.missing_documents === undefined)
      ? undefined
      : new Set(asked.flatMap((reason) => reason.missing_documents ?? []));
    const triggerPolicy = policy.triggers[trigger];
    const dueAt = addDays(openedAt, triggerPolicy.deadline_days);
    const make = (template: RequirementTemplate): PlannedRequirement =>
      newRequirement(template, policy, { trigger, summary }, dueAt);

    const templates = triggerPolicy.requirements.filter(
      (template) => !template.only_if_missing || missing === undefined || namesMissing(template, missing),
    );
    const added = templates.filter((template) => template.applies_to.includes(entityType)).map(make);
    // A missing document no template describes is still asked for, as itself.
    if (missing)
      for (const document of missing)
        if (!triggerPolicy.requirements.some((template) => namesMissing(template, new Set([document]))))
          added.push(
            make({ material: document, applies_to: [entityType], accepted_variants: [document], rules: {} }),
          );
    plan = mergeRequirements(plan, added);
  }
  return plan;
}

/**
 * A material a reviewer asks for that the case does not have yet: the policy's template for it from
 * the case's own triggers (merged if several have one), else from any trigger, else the material as
 * itself under `document_rules`. Undefined when the policy's catalogue has no such material.
 */
export function planRequestedRequirement(input: {
  material: string;
  triggers: readonly Trigger[];
  entityType: EntityType;
  policy: Policy;
  /** Why it is asked, in the seller's words. */
  reason: string;
  dueAt: Date;
}): PlannedRequirement | undefined {
  const { material, entityType, policy, reason, dueAt } = input;
  if (!policy.materials[material]) return undefined;
  const templatesOf = (triggers: readonly Trigger[]) =>
    triggers.flatMap((trigger) =>
      policy.triggers[trigger].requirements
        .filter((t) => t.material === material && t.applies_to.includes(entityType))
        .map((template) => ({ trigger, template })),
    );
  const own = templatesOf(triggerIds().filter((trigger) => input.triggers.includes(trigger)));
  const found = own.length > 0 ? own : templatesOf(triggerIds()).slice(0, 1);
  const templates = found.length
    ? found
    : [
        {
          trigger: undefined,
          template: { material, applies_to: [entityType], accepted_variants: [material], rules: {} },
        },
      ];
  const planned = templates
    .map(({ trigger, template }) =>
      newRequirement(
        template,
        policy,
        { trigger: trigger ?? 'missing_documentation', summary: reason },
        dueAt,
      ),
    )
    .reduce((merged, next) => mergeTwo(merged, next));
  const askedBy = own.map((o) => o.trigger);
  return {
    ...planned,
    triggers: [...new Set(askedBy)],
    reasons: [...new Set(askedBy)].map((trigger) => ({ trigger, summary: reason })),
    reason,
    status: 'currently_due',
    errors: [],
    due_at: dueAt,
  };
}

const namesMissing = (template: RequirementTemplate, missing: ReadonlySet<string>): boolean =>
  missing.has(template.material) || template.accepted_variants.some((variant) => missing.has(variant));

function newRequirement(
  template: RequirementTemplate,
  policy: Policy,
  reason: RequirementReason,
  dueAt: Date,
): PlannedRequirement {
  const kind = policy.materials[template.material]?.kind ?? 'document';
  return {
    material: template.material,
    kind,
    triggers: [reason.trigger],
    reasons: [reason],
    reason: reason.summary,
    accepted_variants: [...template.accepted_variants],
    rules: normalizeRules(
      kind === 'document' ? { ...policy.document_rules, ...template.rules } : template.rules,
    ),
    status: 'currently_due',
    errors: [],
    due_at: dueAt,
  };
}

/**
 * Adds requirements to a list (a case's existing ones, or a plan in progress). The same material
 * appears once: with every trigger and reason, the variants both accept and the strictest rules.
 * A satisfied requirement whose rules became stricter is due again, with the added deadline.
 */
export function mergeRequirements(
  existing: readonly PlannedRequirement[],
  added: readonly PlannedRequirement[],
): PlannedRequirement[] {
  const merged = new Map(existing.map((requirement) => [requirement.material, requirement]));
  for (const next of added) {
    const current = merged.get(next.material);
    merged.set(next.material, current ? mergeTwo(current, next) : next);
  }
  return [...merged.values()];
}

function mergeTwo(current: PlannedRequirement, added: PlannedRequirement): PlannedRequirement {
  const reasonsByTrigger = new Map(current.reasons.map((reason) => [reason.trigger, reason.summary]));
  // A later finding of the same trigger replaces its summary.
  for (const reason of added.reasons) reasonsByTrigger.set(reason.trigger, reason.summary);
  const reasons = triggerIds().flatMap((trigger) => {
    const summary = reasonsByTrigger.get(trigger);
    return summary === undefined ? [] : [{ trigger, summary }];
  });
  const acceptedVariants = current.accepted_variants.filter((variant) =>
    added.accepted_variants.includes(variant),
  );
  const rules = strictestRules(current.rules, added.rules);
  const isStricter =
    acceptedVariants.length !== current.accepted_variants.length ||
    JSON.stringify(rules) !== JSON.stringify(normalizeRules(current.rules));
  const isDueAgain = isStricter && current.status === 'satisfied';
  return {
    ...current,
    triggers: reasons.map((reason) => reason.trigger),
    reasons,
    reason: [...new Set(reasons.map((reason) => reason.summary))].join(' '),
    accepted_variants: acceptedVariants,
    rules,
    status: isDueAgain ? 'currently_due' : current.status,
    errors: isDueAgain ? [] : current.errors,
    due_at: isDueAgain ? added.due_at : earliest(current.due_at, added.due_at),
  };
}

const earliest = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

const minOf = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const anyOf = (a: boolean | undefined, b: boolean | undefined) =>
  a === undefined && b === undefined ? undefined : a === true || b === true;

/** Both sets of rules at once: the shorter window, the smaller file, every field, every flag. */
export function strictestRules(a: RequirementRules, b: RequirementRules): RequirementRules {
  return normalizeRules({
    issued_within_days: minOf(a.issued_within_days, b.issued_within_days),
    unexpired: anyOf(a.unexpired, b.unexpired),
    must_show: a.must_show || b.must_show ? [...(a.must_show ?? []), ...(b.must_show ?? [])] : undefined,
    all_pages: anyOf(a.all_pages, b.all_pages),
    all_sides: anyOf(a.all_sides, b.all_sides),
    colour: anyOf(a.colour, b.colour),
    not_screenshot: anyOf(a.not_screenshot, b.not_screenshot),
    covers_finding_period: anyOf(a.covers_finding_period, b.covers_finding_period),
    max_bytes: minOf(a.max_bytes, b.max_bytes),
    formats:
      a.formats && b.formats
        ? a.formats.filter((format) => b.formats?.includes(format))
        : (a.formats ?? b.formats),
  });
}

const RULE_KEYS = [
  'issued_within_days',
  'unexpired',
  'must_show',
  'all_pages',
  'all_sides',
  'colour',
  'not_screenshot',
  'covers_finding_period',
  'max_bytes',
  'formats',
] as const satisfies readonly (keyof RequirementRules)[];

/** The same rules in one key order, without unset keys, `must_show` in canonical order: comparable. */
function normalizeRules(rules: RequirementRules): RequirementRules {
  const normalized: Record<string, unknown> = {};
  for (const key of RULE_KEYS) if (rules[key] !== undefined) normalized[key] = rules[key];
  if (rules.must_show)
    normalized.must_show = MUST_SHOW_FIELDS.filter((field) => rules.must_show?.includes(field));
  return normalized as RequirementRules;
}

/** Still on the seller (nothing provided, or what was provided failed) and the deadline has come. */
export const isPastDue = (requirement: { status: RequirementStatus; due_at: Date }, at: Date): boolean =>
  (requirement.status === 'currently_due' || requirement.status === 'errored') &&
  requirement.due_at.getTime() <= at.getTime();

/** Marks past_due every requirement whose deadline has come while it was still on the seller. */
export function markPastDue<T extends { status: RequirementStatus; due_at: Date }>(
  requirements: readonly T[],
  at: Date,
): T[] {
  return requirements.map((requirement) =>
    isPastDue(requirement, at) ? { ...requirement, status: 'past_due' as const } : requirement,
  );
}
