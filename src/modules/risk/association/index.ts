export { type AssociationIndex, createAssociationIndex } from './association.index.js';
export { settledAssociationIndex } from './association.settled.js';
export type {
  AssociationEvent,
  AssociationSeller,
} from './association.types.js';
export * as ASSOCIATION_WEIGHTS from './association.weights.js';

export {
  linkKeysOfEvent,
  linkKeysOfSeller,
  representativeOf,
  sameRepresentative,
} from './link-keys.js';
