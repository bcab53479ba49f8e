/** Documents: extraction from uploaded bytes, the checks over what was extracted, and their storage. */

export type {
  FileFingerprint,
  ReuseCandidate,
} from './checks/authenticity.check.js';

export {
  CHECK_GROUPS,
  type CheckGroup,
  type CheckItem,
  type DocumentReport,
  decideVerdict,
} from './checks/check.types.js';
export { checkRequirementsCovered } from './checks/completeness.check.js';
export { crossDocumentChecks } from './checks/consistency.check.js';

export { resolveDocumentKind } from './document.kind.js';
export { DOCUMENT_LIMITS } from './document.limits.js';
export {
  type CheckedDocument,
  type DocumentFileRow,
  type DocumentRow,
  findCaseDocuments,
  findCaseFileBySha256,
  findDocument,
  findDocumentFiles,
  findFilesOfOtherSellers,
  findLatestDocumentFor,
  insertDocument,
  saveCheckedDocument,
} from './document.repository.js';
export {
  type DocumentIntake,
  type DocumentStore,
  FileOverLimitError,
  type StagedFile,
  type StoredFile,
} from './document.store.js';
export * from './extract/index.js';
export {
  examineDocument,
  type PreflightDocument,
  type PreflightReport,
  preflight,
} from './preflight.js';

export { DocumentReading } from './reading/reading.schema.js';
export { readStoredReading } from './reading/stored-reading.js';
