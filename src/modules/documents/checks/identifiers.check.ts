import {
  type IdentifierValidity,
  MAX_OCR_SLIPS,
  type MrzVerification,
  ocrSlipsBetween,
  validateEin,
  validateEuVat,
  validateIban,
  validatePrcId,
  validateUkCompanyNumber,
  validateUscc,
  verifyMrz,
} from '../../matching/index.js';
import type { SellerRecord } from '../../sellers/index.js';
import { carriesZone } from '../document.kind.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import { type FieldOf, fieldsNamed, type IdentifierKind, type ReadZone } from '../reading/reading.schema.js';
import { defineCheck, messagesOf } from './check.definition.js';
import { type CheckItem, checkItem } from './check.types.js';
import { misreadOf } from './identifier.misread.js';
import type { CheckCode } from './messages.js';
import { hasText } from './validity.check.js';

/**
 * Identifiers on a document, each checked by its checksum or format: the zone's check digits
 * (the MRZ reader has already let the printed page vouch for or against them) and every
 * identifier the identifiers reader found.
 */

export interface IdentifiersInput {
  /** The identifiers reader's finds, labelled first, in the order printed. */
  readonly identifiers: readonly FieldOf<'identifier'>[];
  /** True for a passport or an ID card with an MRZ: a zone that cannot be read is then reported. */
  readonly expectMrz?: boolean;
  /** The zone as the MRZ reader left it (the photo reader's reading decides when present). */
  readonly zone?: ReadZone;
  /** The photo reader searched the whole image and found no zone. */
  readonly zoneSearched?: boolean;
  /** Identifiers the seller registered (company number, ID number): a failing read one or two characters from one is an OCR slip. */
  readonly registered?: readonly string[];
}

/**
 * A zone read from a photo: valid when every check digit adds up; a fail only when it was read
 * with confidence and a digit still does not add up after OCR's confusions were tried; anything
 * else asks for a clearer photo. A photo with no zone at all says so.
 */
function checkZone(zone: ZoneReading): CheckItem {
  const evidence = {
    format: zone.layout,
    lines: zone.lines,
    fields: zone.fields,
    checkDigits: zone.checkDigits,
    confidence: zone.confidence,
    source: 'mrz_photo',
  };
  const failed = zone.checkDigits.filter((c) => c.status !== 'valid');
  if (failed.length === 0)
    return checkItem('identifiers', 'MRZ_VALID', 'pass', evidence, { format: zone.layout });
  const wrong = failed.filter((c) => c.status === 'invalid');
  // Confident, or read the same way by the printed page: a digit that still does not add up is wrong.
  const sure = zone.isConfident || wrong.some((c) => 'printed' in c);
  if (sure && wrong.length > 0) {
    const fields = wrong.map((c) => MRZ_FIELD_NAMES[`${c.field}CheckDigit`] ?? c.field).join(', ');
    return checkItem(
      'identifiers',
      'MRZ_CHECK_DIGIT',
      'fail',
      { ...evidence, failed: wrong.map((c) => c.field) },
      { fields },
    );
  }
  return checkItem('identifiers', 'MRZ_UNREADABLE', 'warn', {
    ...evidence,
    unsure: failed.map((c) => c.field),
  });
}

interface Rule {
  readonly validate: (raw: string) => IdentifierValidity;
  readonly pass: CheckCode;
  readonly fail: CheckCode;
}

const RULES: Readonly<Record<IdentifierKind, Rule>> = {
  prc_id: { validate: validatePrcId, pass: 'PRC_ID_VALID', fail: 'PRC_ID_CHECKSUM' },
  uscc: {
    // The code leaves out I, O, S, V and Z so that they cannot be misread: OCR's are its digits.
    validate: (raw) =>
      validateUscc(
        raw.toUpperCase().replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/Z/g, '2'),
      ),
    pass: 'USCC_VALID',
    fail: 'USCC_CHECKSUM',
  },
  iban: { validate: validateIban, pass: 'IBAN_VALID', fail: 'IBAN_CHECKSUM' },
  ein: { validate: validateEin, pass: 'EIN_VALID', fail: 'EIN_FORMAT' },
  eu_vat: { validate: validateEuVat, pass: 'EU_VAT_VALID', fail: 'EU_VAT_FORMAT' },
  uk_company_number: {
    validate: validateUkCompanyNumber,
    pass: 'UK_COMPANY_NUMBER_VALID',
    fail: 'UK_COMPANY_NUMBER_FORMAT',
  },
};

const MRZ_FIELD_NAMES: Readonly<Record<string, string>> = {
  documentNumberCheckDigit: 'document number',
  birthDateCheckDigit: 'date of birth',
  expirationDateCheckDigit: 'date of expiry',
  personalNumberCheckDigit: 'personal number',
  compositeCheckDigit: 'composite',
};

/** The MRZ check item, with the zone's fields as evidence; `undefined` when there is no zone to check. */
export function checkMrz(input: IdentifiersInput): { check?: CheckItem; mrz?: MrzVerification } {
  const zone = input.zone;
  if (zone?.photo) return { check: checkZone(zone.photo) };
  if (input.zoneSearched && zone?.read !== 'extraction')
    return {
      check: checkItem('identifiers', 'MRZ_NOT_FOUND', 'warn', { searched: 'whole image, four turns' }),
    };
  const lines = zone?.lines;
  const mrz = lines ? verifyMrz(lines) : undefined;
  if (!mrz?.format || mrz.checkDigits.length === 0) {
    if (!input.expectMrz) return {};
    return { check: checkItem('identifiers', 'MRZ_UNREADABLE', 'warn', { lines: lines ?? [] }) };
  }
  const failed = mrz.checkDigits.filter((d) => !d.isValid).map((d) => d.field);
  const evidence = { format: mrz.format, checkDigits: mrz.checkDigits, fields: mrz.fields, lines };
  if (failed.length === 0)
    return { mrz, check: checkItem('identifiers', 'MRZ_VALID', 'pass', evidence, { format: mrz.format }) };
  const fields = failed.map((f) => MRZ_FIELD_NAMES[f] ?? f).join(', ');
  // A check digit OCR did not see as a digit (a letter or a filler where a digit must be) was not
  // read, so it proves nothing either way; and the composite alone, while every field's own digit
  // holds, is a misread of that one digit. Both are shown as warnings; a digit that was read and
  // is wrong fails.
  const unread = failed.filter((f) => {
    const [line, at] = CHECK_DIGIT_AT[`${mrz.format}:${f}`] ?? [-1, -1];
    let char = lines?.[line]?.[at];
    // A TD1 number longer than 9 goes on in the optional data, its check digit last before the fillers.
    if (mrz.format === 'TD1' && f === 'documentNumberCheckDigit' && char === '<')
      char = lines?.[0]?.slice(15).replace(/<+$/, '').at(-1);
    return char !== undefined && !/[0-9]/.test(char);
  });
  const wrong = failed.filter((f) => !unread.includes(f) && f !== 'compositeCheckDigit');
  const status = wrong.length === 0 ? 'warn' : 'fail';
  return {
    mrz,
    check: checkItem(
      'identifiers',
      'MRZ_CHECK_DIGIT',
      status,
      {
        ...evidence,
        failed,
        ...(unread.length > 0 ? { unread } : {}),
        ...(status === 'warn' ? { misread: true } : {}),
      },
      { fields },
    ),
  };
}

/** Where each check digit sits, by format and field (the line, the character). */
const CHECK_DIGIT_AT: Readonly<Record<string, readonly [number, number]>> = {
  'TD3:documentNumberCheckDigit': [1, 9],
  'TD3:birthDateCheckDigit': [1, 19],
  'TD3:expirationDateCheckDigit': [1, 27],
  'TD3:compositeCheckDigit': [1, 43],
  'TD2:documentNumberCheckDigit': [1, 9],
  'TD2:birthDateCheckDigit': [1, 19],
  'TD2:expirationDateCheckDigit': [1, 27],
  'TD2:compositeCheckDigit': [1, 35],
  'TD1:documentNumberCheckDigit': [0, 14],
  'TD1:birthDateCheckDigit': [1, 6],
  'TD1:expirationDateCheckDigit': [1, 14],
  'TD1:compositeCheckDigit': [1, 29],
};

/**
 * Every identifier the reader found, each once, checked by its rule. Labelled values come first;
 * an unlabelled value is then read as the first rule whose shape it has and that it does not fail
 * where a later rule passes (an 18-digit number is a PRC ID unless it is a valid USCC).
 */
export function checkIdentifiers(input: IdentifiersInput): CheckItem[] {
  const checks: CheckItem[] = [];
  const mrz = checkMrz(input);
  if (mrz.check) checks.push(mrz.check);
  const claimed: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of input.identifiers) {
    const { kind, value: raw, at: start, labelled } = candidate;
    const rule = RULES[kind];
    const end = start + raw.length;
    if (claimed.some((c) => start < c.end && end > c.start)) continue;
    const result = rule.validate(raw);
    if (!labelled && !result.isValid && kind === 'prc_id' && validateUscc(raw).isValid) continue;
    claimed.push({ start, end });
    if (seen.has(`${kind}:${result.value}`)) continue;
    seen.add(`${kind}:${result.value}`);
    const evidence = { kind, text: raw.trim(), value: result.value, labelled, failure: result.failure };
    // The registered code, valid itself, printed here with an OCR slip: a misread, not a wrong code.
    const slipOf = result.isValid
      ? undefined
      : input.registered?.find(
          (r) => rule.validate(r).isValid && ocrSlipsBetween(r, result.value) <= MAX_OCR_SLIPS,
        );
    const misread = result.isValid || slipOf ? undefined : misreadOf(candidate, result.value, rule.validate);
    checks.push(
      result.isValid
        ? checkItem('identifiers', rule.pass, 'pass', evidence, { value: result.value })
        : misread
          ? checkItem('identifiers', rule.fail, 'warn', { ...evidence, ...misread }, { value: result.value })
          : slipOf
            ? checkItem(
                'identifiers',
                rule.fail,
                'warn',
                { ...evidence, misreadOf: slipOf },
                { value: result.value },
              )
            : checkItem('identifiers', rule.fail, 'fail', evidence, { value: result.value }),
    );
  }
  return checks;
}

const registeredIdentifiers = (seller: SellerRecord): string[] =>
  [seller.business?.registration_number, seller.legal_rep.id_number].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );

/** The zone's check digits and every printed identifier's checksum or format. */
export const identifiersCheck = defineCheck({
  id: 'identifiers',
  group: 'identifiers',
  codes: messagesOf(
    'MRZ_VALID',
    'MRZ_CHECK_DIGIT',
    'MRZ_UNREADABLE',
    'MRZ_NOT_FOUND',
    'USCC_VALID',
    'USCC_CHECKSUM',
    'PRC_ID_VALID',
    'PRC_ID_CHECKSUM',
    'IBAN_VALID',
    'IBAN_CHECKSUM',
    'EIN_VALID',
    'EIN_FORMAT',
    'EU_VAT_VALID',
    'EU_VAT_FORMAT',
    'UK_COMPANY_NUMBER_VALID',
    'UK_COMPANY_NUMBER_FORMAT',
  ),
  misreadCanFail: [
    'USCC_CHECKSUM',
    'PRC_ID_CHECKSUM',
    'IBAN_CHECKSUM',
    'EIN_FORMAT',
    'EU_VAT_FORMAT',
    'UK_COMPANY_NUMBER_FORMAT',
  ],
  check: (reading, _rules, profile) =>
    hasText(reading)
      ? checkIdentifiers({
          identifiers: fieldsNamed(reading, 'identifier'),
          ...(reading.zone ? { zone: reading.zone } : {}),
          zoneSearched: reading.zoneSearched,
          registered: registeredIdentifiers(profile),
          expectMrz: carriesZone(reading, profile),
        })
      : [],
});
