export {
  buildAssociationIndex,
  detectAccountAssociation,
} from './account-association/account-association.detect.js';
export {
  detectIdentityVerification,
  type IdentityCheck,
} from './identity-verification/identity-verification.detect.js';
export {
  type DocumentGap,
  type DocumentOnFile,
  detectMissingDocumentation,
} from './missing-documentation/missing-documentation.detect.js';
export {
  detectRegistrationMismatch,
  MISMATCH_RULES,
  type MismatchEvent,
  type MismatchProfile,
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
  type Bilingual,
  CouldNotCheck,
  defineTrigger,
  evidenceOf,
  type FeedKind,
  type SellerScan,
  type TriggerDefaults,
  type TriggerDefinition,
  type TriggerDetector,
} from './trigger.definition.js';
