/** Documents: extraction from uploaded bytes, the checks over what was extracted, and their storage. */

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
  CHECK_GROUPS,
  type CheckGroup,
  type CheckItem,
  type CheckStatus,
  checkItem,
  type DocumentReport,
  decideVerdict,
  sortChecks,
  type Verdict,
} from './checks/check.types.js';
export {
  checkAllPages,
  checkRequirementsCovered,
  checkSides,
  type IdSide,
  type PageOfText,
  type ProvidedDocument,
  type RequirementToCover,
  readIdSide,
  readPageMarkers,
  type SidesFile,
  type SidesInput,
} from './checks/completeness.check.js';
export {
  type ConsistencyInput,
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
  crossDocumentChecks,
  type DocumentReading,
  FIELDS_BY_TYPE,
  findRegisteredField,
  readIdHolder,
  readRepresentative,
} from './checks/consistency.check.js';
export { type FieldMatch, foldOcrIdentifier } from './checks/consistency.find.js';
export { addDays, type DateLabel, daysBetween, type FoundDate, findDates, mrzDate } from './checks/dates.js';
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
  renderMessage,
} from './checks/messages.js';
export {
  checkIdExpiry,
  checkIssuedWithin,
  checkLicenceValidity,
  checkValidity,
  DEFAULT_ISSUED_WITHIN_DAYS,
  type DocumentValidityInput,
  readIssueDate,
  type ValidityInput,
} from './checks/validity.check.js';
export { type DocumentKind, resolveDocumentKind } from './document.kind.js';
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
export type { DocumentStore, StoredFile } from './document.store.js';
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
