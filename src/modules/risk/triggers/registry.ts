import { accountAssociation } from './account-association/account-association.trigger.js';
import { identityVerification } from './identity-verification/identity-verification.trigger.js';
import { missingDocumentation } from './missing-documentation/missing-documentation.trigger.js';
import { registrationMismatch } from './registration-mismatch/registration-mismatch.trigger.js';
import { salesAnomaly } from './sales-anomaly/sales-anomaly.trigger.js';
import type { TriggerDefinition } from './trigger.definition.js';
import { TRIGGER_IDS, type TriggerId } from './trigger.ids.js';

export { TRIGGER_IDS, type TriggerId };

/**
 * The one list of triggers, in the order findings and requirements are listed. Adding a trigger
 * is a folder beside these and a line here: docs/ARCHITECTURE.md, "Adding a trigger".
 */
export const TRIGGER_DEFINITIONS = [
  registrationMismatch,
  accountAssociation,
  salesAnomaly,
  identityVerification,
  missingDocumentation,
] as const satisfies readonly TriggerDefinition<TriggerId>[];

/** Compiles only when every id in `trigger.ids.ts` has a definition here (the reverse is `satisfies`). */
const everyIdDefined: Exclude<TriggerId, (typeof TRIGGER_DEFINITIONS)[number]['id']> extends never
  ? true
  : never = true;
void everyIdDefined;

/** Triggers a test adds (a fixture trigger); the product registers none at run time. */
const extra: TriggerDefinition[] = [];

/**
 * Adds a trigger after the built-in ones. For tests: a fixture trigger flows through the scan,
 * the policy and the case view like a built-in one. Schemas built before the call do not see it.
 */
export function registerTrigger(definition: TriggerDefinition): void {
  if (triggerDefinitions().some((known) => known.id === definition.id))
    throw new Error(`trigger ${definition.id} is registered twice`);
  extra.push(definition);
}

/** Every trigger: the built-in ones, then any registered. */
export const triggerDefinitions = (): readonly TriggerDefinition[] => [...TRIGGER_DEFINITIONS, ...extra];

/** The ids of every trigger, in order (the built-in `TRIGGER_IDS` plus any registered). */
export const triggerIds = (): readonly TriggerId[] => triggerDefinitions().map((d) => d.id as TriggerId);

export const isTriggerId = (value: string): value is TriggerId =>
  triggerDefinitions().some((d) => d.id === value);

export function triggerDefinition(id: string): TriggerDefinition | undefined {
  return triggerDefinitions().find((definition) => definition.id === id);
}
