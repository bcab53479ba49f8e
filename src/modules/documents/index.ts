/** Documents: extraction from uploaded bytes, the checks over what was extracted, and their storage. */

export { addDays, daysBetween, mrzDate } from './calendar.js';
export {
  AUTHENTICITY_RULES,
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
  type SidesFile,
  type SidesInput,
} from './checks/completeness.check.js';
export {
  type ConsistencyInput,
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
  crossDocumentChecks,
  FIELDS_BY_TYPE,
  findRegisteredField,
  readIdHolder,
  readRepresentative,
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
export { CHECK_DEFINITIONS, registeredCodes, runChecks } from './checks/registry.js';
export {
  checkIdExpiry,
  checkIssuedWithin,
  checkLicenceValidity,
  checkValidity,
  DEFAULT_ISSUED_WITHIN_DAYS,
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
  dhashBands,
  type FileOfOtherSeller,
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
  type ExamineContext,
  type ExaminedDocument,
  examineDocument,
  type FindReuse,
  type PreflightDocument,
  type PreflightFile,
  type PreflightInput,
  type PreflightReport,
  preflight,
  QUALITY_RULES,
} from './preflight.js';
export { type DateLabel, type FoundDate, findDates } from './reading/dates.js';
export { type FieldMatch, foldOcrIdentifier } from './reading/locate/consistency.find.js';
export { type FileToRead, readDocument } from './reading/read-document.js';
export type { DocumentReader, ReaderInput } from './reading/reader.types.js';
export { readIdSide } from './reading/readers/identity.readers.js';
export { readPageMarkers } from './reading/readers/printed.readers.js';
export { DOCUMENT_READERS, readersFor } from './reading/readers.js';
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
