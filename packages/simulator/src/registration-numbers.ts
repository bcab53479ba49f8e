import type { RegistrationCountry } from './countries.js';
import type { Rng } from './random.js';

/** The characters of a Unified Social Credit Code (GB 32100-2015): no I, O, S, V, Z. */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character of a USCC from its first 17 (GB 32100-2015, mod 31). */
export const usccCheck = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
};

/** The 9th character of an organisation code (GB 11714-1997, mod 11). */
export const organisationCodeCheck = (first8: string): string => {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8.charAt(i);
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
};

const CN_REGISTRATION_REGIONS: Readonly<Record<string, string>> = {
  Shenzhen: '440300',
  Guangzhou: '440101',
  Dongguan: '441900',
  Yiwu: '330782',
  Hangzhou: '330100',
  Shanghai: '310115',
  Xiamen: '350200',
  Ningbo: '330200',
};

export const unifiedSocialCreditCode = (rng: Rng, city: string): string => {
  const region = CN_REGISTRATION_REGIONS[city] ?? '440300';
  const org = rng.chance(0.6) ? `MA${rng.chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 6)}` : rng.digits(8);
  const body = `91${region}${org}${organisationCodeCheck(org)}`;
  return body + usccCheck(body);
};

/** Luhn check digit of a digit string. */
export const luhnCheck = (digits: string): string => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

const spanishCifControl = (digits7: string): string => {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits7.charAt(i));
    if (i % 2 === 1) sum += d;
    else {
      const twice = d * 2;
      sum += Math.floor(twice / 10) + (twice % 10);
    }
  }
  return String((10 - (sum % 10)) % 10);
};

const japanCorporateCheck = (base12: string): string => {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base12.charAt(12 - n)) * (n % 2 === 1 ? 1 : 2);
  return String(9 - (sum % 9));
};

const EIN_PREFIXES = [
  '10',
  '12',
  '20',
  '26',
  '27',
  '30',
  '33',
  '35',
  '36',
  '45',
  '46',
  '47',
  '81',
  '82',
  '84',
  '85',
  '88',
  '92',
  '93',
  '98',
];

/** A company registration number in the issuing country's format, valid where a checksum exists. */
export const registrationNumber = (rng: Rng, country: RegistrationCountry, city: string): string => {
  switch (country) {
    case 'CN':
      return unifiedSocialCreditCode(rng, city);
    case 'HK':
      return rng.chance(0.5) ? rng.digits(8) : `${rng.int(1, 3)}${rng.digits(6)}`;
    case 'US':
      return `${rng.pick(EIN_PREFIXES)}-${rng.digits(7)}`;
    case 'GB':
      return rng.chance(0.1) ? `SC${rng.digits(6)}` : `${rng.chance(0.5) ? '1' : '0'}${rng.digits(7)}`;
    case 'DE':
      return `HRB ${rng.int(10_000, 299_999)}`;
    case 'FR': {
      const body = rng.digits(8);
      const siren = body + luhnCheck(body);
      return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
    }
    case 'ES': {
      const digits = rng.digits(7);
      return `B${digits}${spanishCifControl(digits)}`;
    }
    case 'IT': {
      const body = rng.digits(10);
      return body + luhnCheck(body);
    }
    case 'JP': {
      const base = rng.digits(12);
      return japanCorporateCheck(base) + base;
    }
  }
};

/** Upper-case letters and digits only: how a registration number is compared. */
export const canonicalRegistrationNumber = (value: string): string =>
  value.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** The same registration number, typed differently (lower case, a space, dashes). */
export const formatRegistrationNumber = (rng: Rng, value: string): string => {
  const canonical = canonicalRegistrationNumber(value);
  switch (rng.int(0, 3)) {
    case 0:
      return value.toLowerCase();
    case 1:
      return `${canonical.slice(0, 8)} ${canonical.slice(8)}`;
    case 2:
      return canonical.replace(/(.{6})(?=.)/g, '$1-');
    default:
      return value;
  }
};
