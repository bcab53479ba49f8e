export { parseSeriesCsv, scoreSeries } from './anomalies/index.js';
export {
  ASSOCIATION_WEIGHTS,
  type AssociationIndex,
  type AssociationSeller,
  createAssociationIndex,
  linkKeysOfEvent,
  linkKeysOfSeller,
  representativeOf,
  sameRepresentative,
} from './association/index.js';
export { type Finding, SEVERITIES, type Severity } from './finding.js';
export {
  copyLinkKeys,
  findClusterCandidates,
  findNeighbourhood,
  saveLinkKeys,
} from './link-keys.repository.js';
export {
  associationFoundElsewhere,
  detectAll,
  detectByPartition,
  FEED_FILES,
  feedFileIn,
  partitionOf,
  partitionSellers,
  SALES_HISTORY_DAYS,
  ScanInput,
  SELLERS_PER_PARTITION,
  scanFeedFolderColumnar,
} from './scan/index.js';
export {
  addSummaryLinksTo,
  addSummaryTo,
  emptySellerSummary,
  foldEvents,
  type SellerSummary,
} from './scan/seller.summary.js';
export { findSellerSummaries, type StoredSummary, saveSellerSummaries } from './summary.repository.js';
export * from './triggers/index.js';
