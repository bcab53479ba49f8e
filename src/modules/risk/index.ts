export {
  ASSOCIATION_WEIGHTS,
  type AssociationEvent,
  type AssociationIndex,
  type AssociationSeller,
  type AssociationStats,
  createAssociationIndex,
  homeCountryOf,
  linkKeysOfEvent,
  linkKeysOfSeller,
} from './association/index.js';
export type { Finding } from './finding.js';
export { findNeighbourhood, saveLinkKeys } from './link-keys.repository.js';
export {
  buildAssociationIndex,
  detectAccountAssociation,
} from './triggers/account-association.trigger.js';
export { detectIdentityVerification, type IdentityCheck } from './triggers/identity-verification.trigger.js';
export {
  type DocumentGap,
  type DocumentOnFile,
  detectMissingDocumentation,
} from './triggers/missing-documentation.trigger.js';
export {
  detectRegistrationMismatch,
  MISMATCH_RULES,
  type MismatchEvent,
  type MismatchProfile,
  type MismatchRules,
} from './triggers/registration-mismatch.trigger.js';
