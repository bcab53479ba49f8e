/** Documents: extraction from uploaded bytes and the checks over what was extracted. */

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
  type ConsistencyInput,
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
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
  type ValidityInput,
} from './checks/validity.check.js';
export * from './extract/index.js';
export {
  type PreflightDocument,
  type PreflightFile,
  type PreflightInput,
  type PreflightReport,
  preflight,
  QUALITY_RULES,
} from './preflight.js';
