export { archiveReadme } from './archive.readme.js';
export type { FileRemover } from './file-remover.js';
export type { DataKind } from './personal-data.map.js';
export {
  findActiveHolds,
  findErasure,
  findHold,
  insertHold,
  type LegalHold,
  markHoldLifted,
  saveErasure,
} from './privacy.repository.js';
export {
  compactErasedData,
  findAuditEntitiesOf,
  findFilesOnlyOf,
  type RedactionCount,
  redactSellerData,
} from './redaction.repository.js';
export {
  Retention,
  retentionCutoff,
} from './retention.contract.js';
export { findSellersDueForPurge, recordPurges } from './retention.repository.js';
