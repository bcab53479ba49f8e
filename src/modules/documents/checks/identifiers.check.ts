import { countrySpecs } from 'ibantools';
import {
  type IdentifierValidity,
  type MrzVerification,
  mrzCheckDigit,
  validateEin,
  validateEuVat,
  validateIban,
  validatePrcId,
  validateUkCompanyNumber,
  validateUscc,
  verifyMrz,
} from '../../matching/index.js';
import { MRZ_LAYOUTS } from '../extract/mrz/mrz.layout.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import { checkDigitHolds } from '../extract/mrz/mrz.resolve.js';
import { findMrz } from '../extract/mrz.js';
import { type CheckItem, checkItem } from './check.types.js';
import { foldOcrIdentifier } from './consistency.find.js';
import { findDates } from './dates.js';
import type { CheckCode } from './messages.js';

/**
 * Identifiers printed on a document, each checked by its checksum or format. Labelled values
 * (`统一社会信用代码`, `IBAN`, `EIN`, `VAT No`, `Company number`) are checked as read; unlabelled
 * ones only where their shape is distinctive (an 18-character USCC, an 18-digit PRC ID, a compact
 * IBAN), so that an account or phone number is never mistaken for one.
 */

export interface IdentifiersInput {
  readonly text: string;
  /** MRZ lines read from the image by the extraction, when it found a zone. */
  readonly mrzLines?: readonly string[];
  /** True for a passport or an ID card with an MRZ: a zone that cannot be read is then reported. */
  readonly expectMrz?: boolean;
  /** The zone as the photo reader read it, with its confidence: it decides when present. */
  readonly zone?: ZoneReading;
  /** The photo reader searched the whole image and found no zone. */
  readonly zoneSearched?: boolean;
  /** Identifiers the seller registered (company number, ID number): a failing read one or two characters from one is an OCR slip. */
  readonly registered?: readonly string[];
}

/** Characters that differ between two same-length values (spaces ignored). */
const distance = (a: string, b: string): number => {
  const x = a.replace(/\s/g, '').toUpperCase();
  const y = b.replace(/\s/g, '').toUpperCase();
  if (x.length !== y.length) return Number.POSITIVE_INFINITY;
  return [...x].filter((c, i) => c !== y[i]).length;
};
/** OCR slips in one long code: more than this and the printed code is another code. */
const MAX_SLIPS = 2;

/**
 * A zone read from a photo: valid when every check digit adds up; a fail only when it was read
 * with confidence and a digit still does not add up after OCR's confusions were tried; anything
 * else asks for a clearer photo. A photo with no zone at all says so.
 */
function checkZone(read: ZoneReading, text: string): CheckItem {
  const zone = reconcileZone(read, text);
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
  readonly kind: 'uscc' | 'prc_id' | 'iban' | 'ein' | 'eu_vat' | 'uk_company_number';
  readonly validate: (raw: string) => IdentifierValidity;
  readonly pass: CheckCode;
  readonly fail: CheckCode;
  /** Label, then the value's characters (the capture). */
  readonly labelled?: RegExp;
  /** A value recognisable without a label. */
  readonly bare?: RegExp;
}

const RULES: readonly Rule[] = [
  {
    kind: 'prc_id',
    validate: validatePrcId,
    pass: 'PRC_ID_VALID',
    fail: 'PRC_ID_CHECKSUM',
    bare: /(?<![0-9A-Z])([1-9]\d{5}(?:19|20)\d{9}[\dXx])(?![0-9A-Z])/g,
  },
  {
    kind: 'uscc',
    // The code leaves out I, O, S, V and Z so that they cannot be misread: OCR's are its digits.
    validate: (raw) =>
      validateUscc(
        raw.toUpperCase().replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/Z/g, '2'),
      ),
    pass: 'USCC_VALID',
    fail: 'USCC_CHECKSUM',
    labelled:
      /(?:统一社会信用代码|[Uu]nified [Ss]ocial [Cc]redit [Cc]ode|USCC)[:：\s]*([0-9A-Z](?: ?[0-9A-Z]){17})/gu,
    bare: /(?<![0-9A-Z])([1-9A-GY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-Z])(?![0-9A-Z])/g,
  },
  {
    kind: 'iban',
    validate: validateIban,
    pass: 'IBAN_VALID',
    fail: 'IBAN_CHECKSUM',
    labelled: /\bIBAN[:：\s]*([A-Z]{2} ?\d{2}(?: ?[A-Z0-9]){10,30})/g,
    bare: /(?<![A-Z0-9])([A-Z]{2}\d{2}[A-Z]{4}\d{10,26})(?![A-Z0-9])/g,
  },
  {
    kind: 'ein',
    validate: validateEin,
    pass: 'EIN_VALID',
    fail: 'EIN_FORMAT',
    labelled:
      /\b(?:F?EIN|employer identification number|federal tax id)(?:\s*no\.?)?[:#\s]*(\d[\d-]{7,10}\d)/gi,
  },
  {
    kind: 'eu_vat',
    validate: validateEuVat,
    pass: 'EU_VAT_VALID',
    fail: 'EU_VAT_FORMAT',
    labelled:
      /\b(?:VAT(?:\s*reg(?:istration)?)?(?:\s*(?:no|number|id))?\.?|USt-?IdNr\.?|N° TVA|TVA intracommunautaire|partita IVA|NIF-IVA)(?![a-z])[:#\s]*([A-Z]{2}[\s]?[0-9A-Z][0-9A-Z ]{1,14}[0-9A-Z])/gi,
  },
  {
    kind: 'uk_company_number',
    validate: validateUkCompanyNumber,
    pass: 'UK_COMPANY_NUMBER_VALID',
    fail: 'UK_COMPANY_NUMBER_FORMAT',
    labelled:
      /\b(?:company (?:registration )?(?:number|no\.?)|registered (?:number|no\.?)|CRN)[:#\s]*([A-Z0-9]{1,2}\s?\d[\d ]{4,8}\d)(?![\dA-Z])/gi,
  },
];

/** The IBAN cut to its country's length, so that a word after it on the line is not read into it. */
const ibanOfCountryLength = (raw: string): string => {
  const length = countrySpecs[raw.slice(0, 2).toUpperCase()]?.chars;
  if (!length) return raw;
  let significant = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== ' ') significant++;
    if (significant === length) return raw.slice(0, i + 1);
  }
  return raw;
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
  if (input.zone) return { check: checkZone(input.zone, input.text) };
  if (input.zoneSearched && !input.mrzLines?.length)
    return {
      check: checkItem('identifiers', 'MRZ_NOT_FOUND', 'warn', { searched: 'whole image, four turns' }),
    };
  // One MRZ reader for the module: the extraction's, which also undoes OCR's usual misreadings.
  const read = input.mrzLines?.length ? input.mrzLines : findMrz(input.text)?.lines;
  const lines = read ? reconcileDates(reconcileDocumentNumber(read, input.text), input.text) : undefined;
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

/**
 * The visual zone vouches for the machine zone: where a number or a date fails its check digit and
 * the value printed above the zone (the same up to OCR's slips) passes it, OCR misread the zone.
 */
function reconcileZone(zone: ZoneReading, text: string): ZoneReading {
  if (zone.checkDigits.every((c) => c.status === 'valid')) return zone;
  const lines = [...reconcileDates(reconcileDocumentNumber(zone.lines, text), text)];
  if (lines.join() === zone.lines.join()) return confirmByPrinted(doubtByPrinted(zone, text), text);
  const layout = MRZ_LAYOUTS[zone.layout];
  const checkDigits = zone.checkDigits.map((c) =>
    c.status !== 'valid' && checkDigitHolds(layout, lines, c.field) ? { ...c, status: 'valid' as const } : c,
  );
  return confirmByPrinted(doubtByPrinted({ ...zone, lines, checkDigits }, text), text);
}

/**
 * A date or number the zone read with some doubt, and the page prints the very same value: two
 * independent reads agree, so it was read right, and the check digit that fails on it is wrong
 * (an edited zone). `unsure` becomes `invalid`.
 */
function confirmByPrinted(zone: ZoneReading, text: string): ZoneReading {
  // Only the printed (visual) part is a second witness: the zone's own lines are in the text too.
  const visual = text
    .split('\n')
    .filter((line) => !/[<«]|[A-Z0-9]{15,}/.test(line.replace(/\s+/g, '')))
    .join('\n');
  const printedDates = new Set(findDates(visual).map((d) => d.date.slice(2).replaceAll('-', '')));
  const printedTokens = new Set(visual.toUpperCase().match(/\b[A-Z0-9]{6,9}\b/g) ?? []);
  const value: Partial<Record<string, string>> = {
    birthDate: zone.fields.birthDate,
    expirationDate: zone.fields.expirationDate,
    documentNumber: zone.fields.documentNumber,
  };
  const confirmed = (field: string) => {
    const read = value[field];
    if (!read) return false;
    return field === 'documentNumber' ? printedTokens.has(read) : printedDates.has(read);
  };
  return {
    ...zone,
    checkDigits: zone.checkDigits.map((c) =>
      c.status === 'unsure' && confirmed(c.field) ? { ...c, status: 'invalid' as const, printed: true } : c,
    ),
  };
}

/**
 * A document number the zone fails on while a printed token two characters from it passes the
 * same digit (`LBP88901C` against a printed `L8988901C`): OCR and the page disagree, so the digit
 * proves nothing either way; unsure, never a fail.
 */
function doubtByPrinted(zone: ZoneReading, text: string): ZoneReading {
  const number = zone.checkDigits.find((c) => c.field === 'documentNumber');
  if (number?.status !== 'invalid') return zone;
  const [line, start] = NUMBER_AT[zone.lines[0]?.length ?? 0] ?? [-1, 0];
  const zoneNumber = zone.lines[line]?.slice(start, start + 9) ?? '';
  const digit = zone.lines[line]?.[start + 9];
  const printed = (text.toUpperCase().match(/[A-Z0-9]{6,9}/g) ?? []).some(
    (token) =>
      distance(token.padEnd(9, '<'), zoneNumber) <= MAX_SLIPS &&
      mrzCheckDigit(token.padEnd(9, '<')) === digit,
  );
  if (!printed) return zone;
  return {
    ...zone,
    checkDigits: zone.checkDigits.map((c) => (c === number ? { ...c, status: 'unsure' as const } : c)),
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

/** Where each format keeps its document number (the line, the first character). */
const NUMBER_AT: Readonly<Record<number, readonly [line: number, start: number]>> = {
  44: [1, 0],
  36: [1, 0],
  30: [0, 5],
};

/** Where each format keeps its birth and expiry dates (`YYMMDD`), each followed by its check digit. */
const DATES_AT: Readonly<Record<number, readonly (readonly [line: number, start: number])[]>> = {
  44: [
    [1, 13],
    [1, 21],
  ],
  36: [
    [1, 13],
    [1, 21],
  ],
  30: [
    [1, 0],
    [1, 8],
  ],
};

/**
 * The dates are printed above the zone too. A zone date that fails its check digit, where a printed
 * date passes it and differs from the zone's in at most two digits, was misread: the printed date
 * is put in. An edited date (its digit left as it was) fails against both.
 */
function reconcileDates(lines: readonly string[], text: string): readonly string[] {
  const printed = [...new Set(findDates(text).map((d) => d.date.slice(2).replaceAll('-', '')))];
  const fixed = [...lines];
  for (const [line, start] of DATES_AT[lines[0]?.length ?? 0] ?? []) {
    const zone = fixed[line];
    if (!zone) continue;
    const value = zone.slice(start, start + 6);
    const digit = zone[start + 6];
    if (mrzCheckDigit(value) === digit) continue;
    const differs = (date: string) => [...date].filter((c, i) => c !== value[i]).length;
    const match = printed.find((date) => differs(date) <= 2 && mrzCheckDigit(date) === digit);
    if (match) fixed[line] = zone.slice(0, start) + match + zone.slice(start + 6);
  }
  return fixed;
}

/**
 * The document number is printed twice, in the zone and above it. Where the zone's fails its check
 * digit and the printed one (the same characters up to OCR's confusions, `0`/`O`, `8`/`B`…) passes
 * it, OCR misread the zone: the printed number is put in. An edited number fails either way.
 */
function reconcileDocumentNumber(lines: readonly string[], text: string): readonly string[] {
  const [line, start] = NUMBER_AT[lines[0]?.length ?? 0] ?? [-1, 0];
  const zone = lines[line];
  if (!zone) return lines;
  const number = zone.slice(start, start + 9);
  const digit = zone[start + 9];
  const bare = number.replace(/<+$/, '');
  if (bare.length < 6 || mrzCheckDigit(number) === digit) return lines;
  const printed = (text.toUpperCase().match(/[A-Z0-9]+/g) ?? []).find(
    (token) =>
      token.length === bare.length &&
      token !== bare &&
      foldOcrIdentifier(token) === foldOcrIdentifier(bare) &&
      mrzCheckDigit(token.padEnd(9, '<')) === digit,
  );
  if (!printed) return lines;
  const fixed = [...lines];
  fixed[line] = zone.slice(0, start) + printed.padEnd(9, '<') + zone.slice(start + 9);
  return fixed;
}

interface Candidate {
  readonly rule: Rule;
  readonly raw: string;
  readonly start: number;
  readonly labelled: boolean;
}

const candidatesOf = (text: string, labelled: boolean): Candidate[] =>
  RULES.flatMap((rule) => {
    const pattern = labelled ? rule.labelled : rule.bare;
    if (!pattern) return [];
    return [...text.matchAll(pattern)].map((m) => {
      const raw = rule.kind === 'iban' ? ibanOfCountryLength(m[1]!) : m[1]!;
      return { rule, raw, start: (m.index ?? 0) + m[0].lastIndexOf(m[1]!), labelled };
    });
  });

/**
 * Every identifier found in the text, each once, checked by its rule. Labelled values are taken
 * first; an unlabelled value is then read as the first rule whose shape it has and that it does
 * not fail where a later rule passes (an 18-digit number is a PRC ID unless it is a valid USCC).
 */
export function checkIdentifiers(input: IdentifiersInput): CheckItem[] {
  const checks: CheckItem[] = [];
  const mrz = checkMrz(input);
  if (mrz.check) checks.push(mrz.check);
  const claimed: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of [...candidatesOf(input.text, true), ...candidatesOf(input.text, false)]) {
    const { rule, raw, start, labelled } = candidate;
    const end = start + raw.length;
    if (claimed.some((c) => start < c.end && end > c.start)) continue;
    const result = rule.validate(raw);
    if (!labelled && !result.isValid && rule.kind === 'prc_id' && validateUscc(raw).isValid) continue;
    claimed.push({ start, end });
    if (seen.has(`${rule.kind}:${result.value}`)) continue;
    seen.add(`${rule.kind}:${result.value}`);
    const evidence = {
      kind: rule.kind,
      text: raw.trim(),
      value: result.value,
      labelled,
      failure: result.failure,
    };
    // The registered code, valid itself, printed here with an OCR slip: a misread, not a wrong code.
    const slipOf = result.isValid
      ? undefined
      : input.registered?.find((r) => rule.validate(r).isValid && distance(r, result.value) <= MAX_SLIPS);
    checks.push(
      result.isValid
        ? checkItem('identifiers', rule.pass, 'pass', evidence, { value: result.value })
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
