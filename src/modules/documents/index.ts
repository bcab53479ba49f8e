/** Documents: extraction from uploaded bytes, the checks over what was extracted, and their storage. */

export { addDays, daysBetween, mrzDate } from './calendar.js';
export {
  checkEditorSoftware,
  checkReuse,
  checkTimestamps,
  type EditorInput,
  type FileFingerprint,
  findEditor,
  type ReuseCandidate,
  type TimestampsInput,
  tokenSetSimilarity,
} from './checks/authenticity.check.js';
export {
  type CheckDefinition,
  type CheckMessage,
  type CheckRules,
  defineCheck,
  type EmitItem,
} from './checks/check.definition.js';
export {
  CHECK_GROUPS,
  type CheckGroup,
  type CheckItem,
  type CheckStatus,
  checkItem,
  type DocumentReport,
  decideVerdict,
  renderMessage,
  sortChecks,
  type Verdict,
} from './checks/check.types.js';
export {
  checkAllPages,
  checkRequirementsCovered,
  checkSides,
  type PageMarker,
  type ProvidedDocument,
  type RequirementToCover,
  type SidesInput,
} from './checks/completeness.check.js';
export {
  type ConsistencyInput,
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
  crossDocumentChecks,
  findRegisteredField,
  readIdHolder,
} from './checks/consistency.check.js';
export {
  checkIdentifiers,
  checkMrz,
  type IdentifiersInput,
} from './checks/identifiers.check.js';
export {
  CHECK_CODES,
  type CheckCode,
  FIELD_LABELS,
  MESSAGES,
  type RegisteredField,
} from './checks/messages.js';
export {
  CHECK_DEFINITIONS,
  registeredCodes,
  runChecks,
  runSelfieChecks,
  SELFIE_CHECK_DEFINITIONS,
} from './checks/registry.js';
export {
  checkIdExpiry,
  checkIssuedWithin,
  checkLicenceValidity,
  checkValidity,
  type DocumentValidityInput,
  pickIssueDate,
  type ValidityInput,
} from './checks/validity.check.js';
export { type DocumentKind, resolveDocumentKind } from './document.kind.js';
export { DOCUMENT_LIMITS, type DocumentLimits, megabytes } from './document.limits.js';
export {
  type CheckedDocument,
  type DocumentFileRow,
  type DocumentRow,
  type FileOfOtherSeller,
  findCaseDocuments,
  findCaseFileBySha256,
  findDocument,
  findDocumentFiles,
  findDocumentsCheckedBefore,
  findFilesOfOtherSellers,
  findLatestDocumentFor,
  insertDocument,
  saveCheckedDocument,
  saveRecheckedDocument,
  sellersWithCheckedDocuments,
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
  type ExamineContext,
  type ExaminedDocument,
  examineDocument,
  type FindReuse,
  type PreflightDocument,
  type PreflightInput,
  type PreflightReport,
  preflight,
} from './preflight.js';
export { type FoundDate, findDates } from './reading/dates.js';
export { type FieldMatch, foldOcrIdentifier } from './reading/locate/consistency.find.js';
export { type FileToRead, readDocument } from './reading/read-document.js';
export type { DocumentReader, ReaderInput } from './reading/reader.types.js';
export { readIdSide } from './reading/readers/identity.readers.js';
export { readPageMarkers } from './reading/readers/printed.readers.js';
export { readersFor } from './reading/readers.js';
export {
  DocumentReading,
  type FieldBox,
  fieldsNamed,
  type IdSide,
  ReadField,
  type ReadFile,
  type ReadPage,
} from './reading/reading.schema.js';
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
export type { SelfieCheckDefinition } from './selfie/selfie.checks.js';
export {
  findCaseSelfieBySha256,
  findLatestSellerDocumentFile,
  findSelfie,
  findSelfies,
  insertSelfie,
  type SelfieRow,
} from './selfie/selfie.repository.js';
export {
  portraitOf,
  SELFIE_RULES,
  type SelfieEvidence,
  type SelfieFaces,
  type SelfieRules,
  sortSelfieFaces,
  theLiveFace,
} from './selfie/selfie.rules.js';
