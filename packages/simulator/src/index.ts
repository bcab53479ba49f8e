export { type DirtReport, dirtyFeed } from './dirty.sim.js';
export * from './documents/index.js';
export {
  DEFAULT_AS_OF,
  DEFAULT_DAYS,
  type GenerateOptions,
  type GenerateSummary,
  MAX_SELLERS,
  writeMarketplace,
} from './marketplace.sim.js';
export { Rng } from './random.js';
export type {
  AnomalyTruth,
  ClusterTruth,
  DocumentationTruth,
  HardNegatives,
  IdentityTruth,
  MismatchTruth,
  Trigger,
  Truth,
} from './truth.js';
export { PLANTED_TRIGGERS } from './truth.js';
