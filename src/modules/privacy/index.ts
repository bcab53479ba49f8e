export { type ArchiveLanguage, type ArchiveSummary, archiveReadme } from './archive.readme.js';
export type { FileRemover } from './file-remover.js';
export {
  DATA_KINDS,
  type DataKind,
  PERSONAL_DATA_MAP,
  type PersonalDataClass,
} from './personal-data.map.js';
export {
  findActiveHolds,
  findErasure,
  findHold,
  insertHold,
  type LegalHold,
  markHoldLifted,
  type SellerErasure,
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
  RETENTION_EVENTS,
  Retention,
  type RetentionEvent,
  RetentionRule,
  retentionCutoff,
} from './retention.contract.js';
export { findSellersDueForPurge, recordPurges } from './retention.repository.js';
