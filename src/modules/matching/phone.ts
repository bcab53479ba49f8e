import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export interface NormalisedPhone {
  /** `+8613800138000`, or `#` + the digits when the number cannot be parsed. */
  readonly key: string;
  /** The number's country (ISO 3166-1 alpha-2), when known. */
  readonly country: string | undefined;
  /** Whether libphonenumber considers the number valid for its country. */
  readonly isValid: boolean;
  readonly countryCallingCode: string | undefined;
  readonly nationalNumber: string | undefined;
}

const MIN_DIGITS = 6;

/**
 * A phone number in E.164 (`+86 138 0013 8000`, `(+86) 138-0013-8000`, `0086 13800138000` and,
 * for a seller registered in CN, `13800138000` all give `+8613800138000`). `defaultCountry` is
 * used only when the number has no country prefix. A number libphonenumber cannot read keeps its
 * digits (`#…`) so that the same unreadable string still matches itself; fewer than 6 digits is
 * no phone at all.
 */
export function normalisePhone(raw: string, defaultCountry?: string): NormalisedPhone | undefined {
  const text = raw.normalize('NFKC').trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return undefined;
  // `00` is the international prefix almost everywhere; read `0086…` as `+86…` whatever the default.
  const international = /^\(?\+/.test(text)
    ? `+${digits}`
    : digits.startsWith('00')
      ? `+${digits.slice(2)}`
      : text;
  const country =
    defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(international, country);
  if (!parsed)
    return {
      key: `#${digits}`,
      country: undefined,
      isValid: false,
      countryCallingCode: undefined,
      nationalNumber: undefined,
    };
  return {
    key: parsed.number,
    country: parsed.country,
    isValid: parsed.isValid(),
    countryCallingCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
  };
}
