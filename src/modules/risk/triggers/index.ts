export { buildAssociationIndex } from './account-association/account-association.detect.js';
export { reasonText } from './reason.text.js';
export {
  detectRegistrationMismatch,
  MISMATCH_RULES,
  type MismatchRules,
} from './registration-mismatch/registration-mismatch.detect.js';
export {
  isTriggerId,
  registerTrigger,
  TRIGGER_DEFINITIONS,
  TRIGGER_IDS,
  type TriggerId,
  triggerDefinition,
  triggerDefinitions,
  triggerIds,
} from './registry.js';
export { SALES_HISTORY_DAYS } from './sales-anomaly/sales-anomaly.trigger.js';
export {
  defineTrigger,
  evidenceOf,
  type TriggerDefinition,
} from './trigger.definition.js';
