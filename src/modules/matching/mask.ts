import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { NormalisedAddress } from './address.js';
import type { PersonName } from './person-name.js';

/**
 * Masks for evidence: enough for a reviewer to recognise an identifier on the accounts, not
 * enough to read it off a finding.
 */

const tail = (value: string, visible: number): string => value.slice(Math.max(0, value.length - visible));

/** `+8613800138000` → `+86 138****8000`; an unparsed `#…` key shows its last 4 digits. */
export function maskPhone(key: string): string {
  const parsed = key.startsWith('+') ? parsePhoneNumberFromString(key) : undefined;
  if (!parsed) return `****${tail(key.replace(/\D/g, ''), 4)}`;
  const national = parsed.nationalNumber;
  const head = national.length >= 9 ? 3 : national.length >= 7 ? 2 : 0;
  return `+${parsed.countryCallingCode} ${national.slice(0, head)}****${tail(national, 4)}`;
}

/** `DE89370400440532013000` → `****3000`. */
export const maskAccountNumber = (key: string): string => `****${tail(key, 4)}`;

/** `zhang.wei@163.com` → `z***@163.com`. */
export function maskEmail(key: string): string {
  const at = key.lastIndexOf('@');
  return at <= 0 ? '***' : `${key.charAt(0)}***${key.slice(at)}`;
}

/** Device ids and card fingerprints: `****` and the last 4 characters. */
export const maskOpaque = (key: string): string => `****${tail(key, 4)}`;

/** `CN:91440300MA5FXXXX81` → `CN 91****81`. */
export function maskRegistrationNumber(key: string): string {
  const [country, value = ''] = key.includes(':') ? key.split(':', 2) : ['', key];
  return `${country ? `${country} ` : ''}${value.slice(0, 2)}****${tail(value, 2)}`;
}

/** `E12345678` → `****678`. */
export const maskIdNumber = (key: string): string => `****${tail(key, 3)}`;

/** `wang xiaoming` → `W*** X***`. */
export const maskPersonName = (name: PersonName): string =>
  name.tokens.map((token) => `${token.spellings[0]!.charAt(0).toUpperCase()}***`).join(' ');

/** `19850302` → `1985-**-**`. */
export const maskDate = (key: string): string => `${key.slice(0, 4)}-**-**`;

/** Street and locality kept, house number and unit masked: `No. ** Keyuan Road, shenzhen (unit **03)`. */
export function maskAddress(address: NormalisedAddress): string {
  const number = address.number
    ? `No. ${'*'.repeat(Math.max(1, address.number.length - 1))}${tail(address.number, 1)} `
    : '';
  const unit = address.unit ? ` (unit **${tail(address.unit.replace(/\W|[fub]:/g, ''), 2)})` : '';
  return `${number}${address.street}, ${address.locality || address.postcode}${unit}`;
}
