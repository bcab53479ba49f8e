/**
 * Matching: pure normalisers and comparators for identifiers, names and addresses, shared by
 * the association engine and the document checks. Nothing here reads files or the database.
 */
export {
  type AddressAgreement,
  type AddressInput,
  compareAddresses,
  type NormalisedAddress,
  normaliseAddress,
} from './address.js';
export {
  type IdentifierValidity,
  type MrzVerification,
  mrzCheckDigit,
  usccInItsAlphabet,
  validateEin,
  validateEuVat,
  validateHkid,
  validateIban,
  validatePrcId,
  validateUkCompanyNumber,
  validateUscc,
  verifyMrz,
} from './checksums.js';
export { compareDates, compareIdNumbers, type FieldAgreement } from './fields.compare.js';
export { hanSyllables } from './han.pinyin.js';
export {
  MAX_OCR_SLIPS,
  normaliseAccountNumber,
  normaliseCardFingerprint,
  normaliseDate,
  normaliseDeviceId,
  normaliseEmail,
  normaliseIdNumber,
  normaliseIp,
  normaliseRegistrationNumber,
  ocrSlipsBetween,
  significantCharacters,
} from './identifiers.js';
export {
  maskAccountNumber,
  maskAddress,
  maskDate,
  maskEmail,
  maskIdNumber,
  maskOpaque,
  maskPersonName,
  maskPhone,
  maskRegistrationNumber,
} from './mask.js';
export {
  comparePersonNames,
  isOneWord,
  type NameAgreement,
  type NameComparison,
  normalisePersonName,
  type PersonName,
  tolerableEdits,
} from './person-name.js';
export { normalisePhone } from './phone.js';
export { bigramDice, editDistance, jaroWinkler } from './similarity.js';
export { compact, foldText, hasHan } from './text.fold.js';
