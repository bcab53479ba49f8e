export {
  buildAssociationFinding,
  type ClusterView,
  type PersonLink,
  type SharedIdentifier,
} from './association.findings.js';
export { type AssociationIndex, type AssociationStats, createAssociationIndex } from './association.index.js';
export {
  type AssociationEvent,
  type AssociationSeller,
  type Identifier,
  type IdentifierKind,
  LINK_KINDS,
  type LinkKind,
} from './association.types.js';
export * as ASSOCIATION_WEIGHTS from './association.weights.js';
export { eventIdentifiers, profileIdentifiers } from './identifiers.extract.js';
export { homeCountryOf, linkKeysOfEvent, linkKeysOfSeller } from './link-keys.js';
export {
  comparePeople,
  type Person,
  type PersonComparison,
  personOf,
  type SamePersonRule,
} from './same-person.js';
