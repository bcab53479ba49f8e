/** Documents: extraction from uploaded bytes, the checks over what was extracted, and their storage. */

export {
  CHECK_GROUPS,
  type CheckGroup,
  type CheckItem,
  type DocumentReport,
  decideVerdict,
} from './checks/check.types.js';
export { checkRequirementsCovered } from './checks/completeness.check.js';
export { crossDocumentChecks } from './checks/consistency.check.js';
export { documentAdvice, registeredCountry } from './checks/document.advice.js';

export { runSelfieChecks } from './checks/registry.js';
export type {
  FileFingerprint,
  ReuseCandidate,
} from './checks/reuse.check.js';

export { ID_KINDS, namedDocument, resolveDocumentKind } from './document.kind.js';
export { DOCUMENT_LIMITS } from './document.limits.js';
export {
  type CheckedDocument,
  type DocumentFileRow,
  type DocumentRow,
  findCaseDocuments,
  findCaseFileBySha256,
  findDocument,
  findDocumentFiles,
  findDocumentsCheckedBefore,
  findDocumentsOfCases,
  findFilesOfOtherSellers,
  findLatestDocumentFor,
  insertDocument,
  markDocumentWithdrawn,
  saveCheckedDocument,
  saveRecheckedDocument,
  sellersWithCheckedDocuments,
  WITHDRAWN,
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
export { isCheckStale, recheckReport } from './recheck.js';
export {
  ANALYSIS_SIDE,
  type DetectedFace,
  type FaceAnalysis,
  type FaceAnalyzer,
  type FaceBox,
  FaceImageError,
  MAX_SELFIE_PIXELS,
} from './selfie/face.analyzer.js';
export { cropFace } from './selfie/face.crop.js';

export {
  findCaseSelfieBySha256,
  findLatestSellerDocumentFile,
  findSelfie,
  findSelfies,
  findSelfiesOfCases,
  insertSelfie,
  type SelfieRow,
} from './selfie/selfie.repository.js';
export {
  portraitOf,
  SELFIE_RULES,
  type SelfieEvidence,
  theLiveFace,
} from './selfie/selfie.rules.js';
