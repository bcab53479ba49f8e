import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

/**
 * Normalisers for the shapes real exports send. Each returns the clean value, or a note code
 * saying why the value cannot be used (the caller keeps the raw value in the note).
 */
export type Normalised<T> = { value: T } | { code: DataQualityCode };

export const DATA_QUALITY_CODES = [
  'INVALID_DATE',
  'DATE_OUT_OF_RANGE',
  'INVALID_TIMESTAMP',
  'UNKNOWN_COUNTRY',
  'INVALID_NUMBER',
  'NEGATIVE_NUMBER',
  'NUMBER_OUT_OF_RANGE',
  'INVALID_PHONE',
  'INVALID_EMAIL',
  'INVALID_VALUE',
  'UNSTORABLE_TEXT',
  'INVALID_UTF8',
  'TEXT_TOO_LONG',
  'MISSING_REGISTRATION_NUMBER',
  'MISSING_REGISTERED_COUNTRY',
  'ENTITY_TYPE_INFERRED',
] as const;
export type DataQualityCode = (typeof DATA_QUALITY_CODES)[number];

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Dates a marketplace can mean: a sane range, which keeps every stored date inside PostgreSQL's. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** `2025-01-05`, `2025-01-05T00:00:00Z` (the date written), `20250105`, `2025/01/05`. */
export function normaliseCalendarDate(raw: unknown): Normalised<string> {
  if (typeof raw !== 'string') return { code: 'INVALID_DATE' };
  const text = raw.trim();
  const match =
    text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i) ??
    text.match(/^(\d{4})(\d{2})(\d{2})$/) ??
    text.match(/^(\d{4})\/(\d{2})\/(\d{2})$/);
  if (!match) return { code: 'INVALID_DATE' };
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const at = Date.UTC(year, Number(m) - 1, Number(d));
  const date = new Date(at);
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return { code: 'INVALID_DATE' };
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return { code: 'DATE_OUT_OF_RANGE' };
  return { value: `${y}-${m}-${d}` };
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * RFC 3339 and its common relatives: with an offset, without seconds, a date alone (midnight UTC),
 * no offset (read as UTC). Written back as `YYYY-MM-DDTHH:MM:SSZ` (milliseconds when there are any).
 */
const CANONICAL_TIMESTAMP = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export function normaliseTimestamp(raw: unknown): Normalised<string> {
  if (typeof raw !== 'string') return { code: 'INVALID_TIMESTAMP' };
  // Most lines already say it the one way: checked, and kept as they are.
  const canonical = CANONICAL_TIMESTAMP.exec(raw);
  if (canonical) {
    const year = Number(canonical[1]);
    const at = Date.parse(raw);
    if (!Number.isNaN(at) && new Date(at).toISOString().slice(0, 19) === raw.slice(0, 19))
      return year < EARLIEST_YEAR || year > LATEST_YEAR ? { code: 'DATE_OUT_OF_RANGE' } : { value: raw };
  }
  const match = raw.trim().match(TIMESTAMP);
  if (!match) return { code: 'INVALID_TIMESTAMP' };
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const day = normaliseCalendarDate(`${y}-${mo}-${d}`);
  if ('code' in day) return day.code === 'INVALID_DATE' ? { code: 'INVALID_TIMESTAMP' } : day;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { code: 'INVALID_TIMESTAMP' };
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const at = Date.parse(`${day.value}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
  if (Number.isNaN(at)) return { code: 'INVALID_TIMESTAMP' };
  const iso = new Date(at).toISOString();
  return { value: at % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso };
}

/** ISO 3166-1 alpha-2, from a code in any case, an alpha-3 code or an English name. */
export function normaliseCountry(raw: unknown): Normalised<string> {
  if (typeof raw !== 'string') return { code: 'UNKNOWN_COUNTRY' };
  const text = raw.trim();
  if (/^[A-Z]{2}$/.test(text)) return { value: text };
  if (/^[a-z]{2}$/i.test(text)) {
    const upper = text.toUpperCase();
    return countries.isValid(upper) ? { value: upper } : { code: 'UNKNOWN_COUNTRY' };
  }
  if (/^[a-z]{3}$/i.test(text)) {
    const alpha2 = countries.alpha3ToAlpha2(text.toUpperCase());
    if (alpha2) return { value: alpha2 };
  }
  const byName = countries.getAlpha2Code(text, 'en');
  return byName ? { value: byName } : { code: 'UNKNOWN_COUNTRY' };
}

/** A number, or a number written as a string; within [0, max]; whole when `integer`. */
export function normaliseAmount(raw: unknown, max: number, integer: boolean): Normalised<number> {
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw))
    value = Number(raw);
  else return { code: 'INVALID_NUMBER' };
  if (!Number.isFinite(value)) return { code: 'NUMBER_OUT_OF_RANGE' };
  if (integer && !Number.isInteger(value)) return { code: 'INVALID_NUMBER' };
  if (value < 0) return { code: 'NEGATIVE_NUMBER' };
  if (value > max) return { code: 'NUMBER_OUT_OF_RANGE' };
  return { value: integer ? value : Math.round(value * 100) / 100 };
}

/** Digits with the usual separators; a letter means it is not a phone number (extensions aside). */
export function normalisePhoneText(raw: unknown): Normalised<string> {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return { value: String(raw) };
  if (typeof raw !== 'string') return { code: 'INVALID_PHONE' };
  const text = raw.trim();
  const withoutExtension = text.replace(/\s*(?:ext\.?|x)\s*\d+$/i, '');
  if (!/^[+\d\s().\-/]+$/.test(withoutExtension) || (withoutExtension.match(/\d/g)?.length ?? 0) < 5)
    return { code: 'INVALID_PHONE' };
  return { value: text };
}

export function normaliseEmailText(raw: unknown): Normalised<string> {
  if (typeof raw !== 'string') return { code: 'INVALID_EMAIL' };
  const text = raw.trim();
  return /^[^\s@]+@[^\s@]+$/.test(text) ? { value: text } : { code: 'INVALID_EMAIL' };
}

/** Text a person typed: trimmed; numbers sent for text (a postcode, an account) read as text. */
export function normaliseText(raw: unknown, maxLength: number): Normalised<string> {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: String(raw) };
  if (typeof raw !== 'string') return { code: 'INVALID_VALUE' };
  const text = raw.trim();
  return text.length > maxLength ? { code: 'TEXT_TOO_LONG' } : { value: text };
}

/** One of `options`, whatever its case and surrounding spaces. */
export function normaliseChoice<T extends string>(raw: unknown, options: readonly T[]): Normalised<T> {
  if (typeof raw !== 'string') return { code: 'INVALID_VALUE' };
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const found = options.find((option) => option === text);
  return found ? { value: found } : { code: 'INVALID_VALUE' };
}
