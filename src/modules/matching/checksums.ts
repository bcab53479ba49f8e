import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { checkVAT, countries } from 'jsvat';
import { parse as parseMrzLines } from 'mrz';
import { significantCharacters } from './identifiers.js';

/**
 * Checksums and formats of the identifiers printed on documents. Each validator takes the text as
 * read (spaces, dashes and case are tolerated) and says whether the identifier is well formed.
 */

/** How an identifier fared: `format` when its shape is wrong, `checksum` when only its check digit is. */
export interface IdentifierValidity {
  readonly isValid: boolean;
  /** The identifier without spaces and dashes, upper case. */
  readonly value: string;
  readonly failure?: 'format' | 'checksum';
}

const valid = (value: string): IdentifierValidity => ({ isValid: true, value });
const invalid = (value: string, failure: 'format' | 'checksum'): IdentifierValidity => ({
  isValid: false,
  value,
  failure,
});

// ICAO 9303 part 3: digits are themselves, A..Z are 10..35, the filler `<` is 0; weights 7, 3, 1.
const mrzValue = (char: string): number => {
  if (char === '<') return 0;
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return Number.NaN;
};

/** The ICAO 9303 check digit of an MRZ field (`L898902C3` → `6`); `undefined` for characters outside the MRZ set. */
export function mrzCheckDigit(field: string): string | undefined {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const value = mrzValue(field[i]!);
    if (Number.isNaN(value)) return undefined;
    sum += value * weights[i % 3]!;
  }
  return String(sum % 10);
}

/** One check digit of a machine-readable zone. */
interface MrzCheckDigit {
  readonly field: string;
  readonly isValid: boolean;
}

export interface MrzVerification {
  /** `TD1` (ID cards, 3×30), `TD2` (2×36), `TD3` (passports, 2×44), or undefined when unreadable. */
  readonly format: string | undefined;
  readonly checkDigits: readonly MrzCheckDigit[];
  readonly fields: {
    readonly documentNumber?: string;
    readonly lastName?: string;
    readonly firstName?: string;
    readonly birthDate?: string;
    readonly expirationDate?: string;
    readonly nationality?: string;
  };
}

const MRZ_FORMATS = new Set(['TD1', 'TD2', 'TD3']);

/**
 * Reads an MRZ (TD1, TD2, TD3) with the `mrz` package and reports each check digit. The package's
 * overall `valid` is not used: it is also false for an unknown state code (the ICAO specimen's `UTO`).
 */
export function verifyMrz(lines: readonly string[]): MrzVerification {
  const cleaned = lines.map((line) => line.trim().toUpperCase().replace(/\s+/g, '')).filter(Boolean);
  let result: ReturnType<typeof parseMrzLines>;
  try {
    result = parseMrzLines(cleaned);
  } catch {
    return { format: undefined, checkDigits: [], fields: {} };
  }
  if (!MRZ_FORMATS.has(result.format)) return { format: undefined, checkDigits: [], fields: {} };
  const checkDigits = result.details
    .filter((detail) => detail.field?.toLowerCase().endsWith('checkdigit'))
    .map((detail) => ({ field: detail.field ?? detail.label, isValid: detail.valid }));
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const f = result.fields;
  return {
    format: result.format,
    checkDigits,
    fields: {
      documentNumber: text(f.documentNumber),
      lastName: text(f.lastName),
      firstName: text(f.firstName),
      birthDate: text(f.birthDate),
      expirationDate: text(f.expirationDate),
      nationality: text(f.nationality),
    },
  };
}

// GB 32100-2015: 31 characters (no I, O, S, V, Z), weights 3^i mod 31, check = 31 − (sum mod 31).
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character of the first 17 characters of a Unified Social Credit Code. */
export function usccCheckCharacter(first17: string): string | undefined {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * A USCC as it can only have been printed: GB 32100's alphabet has no `I O S V Z`, so an `O` OCR
 * gives back is a `0`, an `I` a `1`, an `S` a `5`, a `Z` a `2` (`91330200MAUEOBR9XD`, seed 59 #32).
 * For a value read by OCR that is then checked; what was printed is not changed by it.
 */
export const usccInItsAlphabet = (value: string): string =>
  value.toUpperCase().replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/Z/g, '2');

/** China Unified Social Credit Code (统一社会信用代码, GB 32100-2015), 18 characters. */
export function validateUscc(raw: string): IdentifierValidity {
  const value = significantCharacters(raw);
  if (!USCC_SHAPE.test(value)) return invalid(value, 'format');
  return usccCheckCharacter(value.slice(0, 17)) === value[17] ? valid(value) : invalid(value, 'checksum');
}

// ISO 7064 MOD 11-2 over 17 digits, weights 2^(17−i) mod 11; a check value of 10 is written X.
const PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of the first 17 digits of a PRC resident identity number. */
export function prcIdCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * PRC_WEIGHTS[i]!;
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

const isCalendarDate = (yyyymmdd: string): boolean => {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** PRC resident identity card number (居民身份证号码), 18 characters, with a valid birth date inside. */
export function validatePrcId(raw: string): IdentifierValidity {
  const value = significantCharacters(raw);
  if (!/^\d{17}[\dX]$/.test(value) || !isCalendarDate(value.slice(6, 14))) return invalid(value, 'format');
  return prcIdCheckCharacter(value.slice(0, 17)) === value[17] ? valid(value) : invalid(value, 'checksum');
}

/**
 * Hong Kong identity card number: one or two letters, six digits, a check character in brackets
 * (`V270868(A)`). Weights 9…2 over the characters, a missing second letter counting 36 (a space),
 * letters A=10…Z=35; the check is 11 − sum mod 11, 10 written `A`, 11 written `0`.
 */
export function validateHkid(raw: string): IdentifierValidity {
  const value = significantCharacters(raw).replace(/[()]/g, '');
  if (!/^[A-Z]{1,2}\d{6}[\dA]$/.test(value)) return invalid(value, 'format');
  const body = value.slice(0, -1).padStart(8, ' ');
  const sum = [...body].reduce((total, char, i) => {
    const worth = char === ' ' ? 36 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    return total + worth * (9 - i);
  }, 0);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === value.at(-1) ? valid(value) : invalid(value, 'checksum');
}

/** The two IBAN check digits for a country and BBAN (ISO 13616, mod 97). */
export function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.toUpperCase();
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}

/** IBAN: the country's length and BBAN shape (ibantools) and the mod-97 check digits. */
export function validateIban(raw: string): IdentifierValidity {
  const value = electronicFormatIBAN(raw) ?? significantCharacters(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value)) return invalid(value, 'format');
  if (isValidIBAN(value)) return valid(value);
  const country = value.slice(0, 2);
  const checksumHolds = ibanCheckDigits(country, value.slice(4)) === value.slice(2, 4);
  return invalid(value, checksumHolds ? 'format' : 'checksum');
}

// IRS campus prefixes in use (publication "How EINs are assigned"); 00, 07–09, 17–19, 28–29, 49,
// 69–70, 78–79, 89 and 96–97 are not assigned.
const EIN_PREFIXES = new Set(
  [
    [1, 6],
    [10, 16],
    [20, 27],
    [30, 39],
    [40, 48],
    [50, 68],
    [71, 77],
    [80, 88],
    [90, 95],
    [98, 99],
  ].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => from! + i)),
);

/** US Employer Identification Number: `NN-NNNNNNN` with an assigned prefix (no checksum exists). */
export function validateEin(raw: string): IdentifierValidity {
  const text = raw.trim();
  if (!/^\d{2}-?\d{7}$/.test(text)) return invalid(text.replace(/-/g, ''), 'format');
  const value = text.replace('-', '');
  return EIN_PREFIXES.has(Number(value.slice(0, 2))) ? valid(value) : invalid(value, 'format');
}

/** EU (and UK, Swiss, Norwegian) VAT number with its country prefix, by jsvat's per-country rules. */
export function validateEuVat(raw: string): IdentifierValidity {
  const value = significantCharacters(raw);
  const result = checkVAT(value, countries);
  if (result.isValid) return valid(value);
  return invalid(value, result.isValidFormat ? 'checksum' : 'format');
}

// Companies House prefixes: SC Scotland, NI Northern Ireland, OC/SO/NC LLPs, LP/SL/NL partnerships…
const UK_COMPANY_PREFIXES =
  'SC|NI|OC|SO|NC|R0|RC|SR|NR|IP|SP|NP|LP|SL|NL|FC|SF|NF|GE|GN|GS|ES|IC|SI|NO|SE|SA|NZ|CE|CS|PC|AC|ZC|RS|FE|OE';
const UK_COMPANY_SHAPE = new RegExp(`^(?:\\d{8}|(?:${UK_COMPANY_PREFIXES})\\d{6})$`);

/** UK company registration number: 8 digits (shorter ones are zero-padded) or a 2-letter prefix and 6 digits. */
export function validateUkCompanyNumber(raw: string): IdentifierValidity {
  const text = significantCharacters(raw);
  const value = /^\d{1,7}$/.test(text) ? text.padStart(8, '0') : text;
  return UK_COMPANY_SHAPE.test(value) ? valid(value) : invalid(value, 'format');
}
