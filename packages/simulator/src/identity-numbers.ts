import type { Country } from './countries.js';
import type { Rng } from './random.js';

export type IdType = 'passport' | 'national_id' | 'driving_licence';

const PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PRC_CHECK = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of a PRC resident ID's first 17 digits. */
export const prcIdCheck = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (PRC_WEIGHTS[i] ?? 0);
  return PRC_CHECK.charAt(sum % 11);
};

const PRC_REGIONS = [
  '440305',
  '440304',
  '440306',
  '440106',
  '441900',
  '330782',
  '330106',
  '310115',
  '350203',
  '330212',
  '110105',
  '320106',
  '510107',
  '420106',
  '430104',
  '360102',
  '410105',
];

/** An 18-character PRC resident ID: region, date of birth, sequence (odd for men), check. */
export const prcResidentId = (rng: Rng, dateOfBirth: string, sex: 'M' | 'F'): string => {
  const seq = rng.int(0, 49) * 10 + rng.int(0, 4) * 2 + (sex === 'M' ? 1 : 0);
  const body = `${rng.pick(PRC_REGIONS)}${dateOfBirth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return body + prcIdCheck(body);
};

/** The Hong Kong identity card check digit, `A123456(3)` style. */
export const hkidCheck = (prefix: string, digits: string): string => {
  const letters = prefix.length === 1 ? ` ${prefix}` : prefix;
  const value = (c: string): number => (c === ' ' ? 36 : c.charCodeAt(0) - 55);
  let sum = value(letters.charAt(0)) * 9 + value(letters.charAt(1)) * 8;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
};

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** An identity document number in the format the issuing country uses. */
export const identityNumber = (
  rng: Rng,
  nationality: Country,
  idType: IdType,
  dateOfBirth: string,
  sex: 'M' | 'F',
): string => {
  if (idType === 'national_id') {
    switch (nationality) {
      case 'CN':
        return prcResidentId(rng, dateOfBirth, sex);
      case 'HK': {
        const prefix = rng.chars('ACDEGHKMPRVYZ', 1);
        const digits = rng.digits(6);
        return `${prefix}${digits}(${hkidCheck(prefix, digits)})`;
      }
      case 'ES': {
        const n = rng.int(10_000_000, 79_999_999);
        return `${n}${DNI_LETTERS.charAt(n % 23)}`;
      }
      case 'DE':
        return rng.chars('CFGHJKLMNPRTVWXYZ', 1) + rng.chars('CFGHJKLMNPRTVWXYZ0123456789', 8);
      case 'IT':
        return `C${rng.chars(UPPER, 1)}${rng.digits(5)}${rng.chars(UPPER, 2)}`;
      case 'FR':
        return rng.chars(`${UPPER}0123456789`, 12);
      default:
        return rng.digits(12);
    }
  }
  if (idType === 'driving_licence') {
    switch (nationality) {
      case 'US':
        return `${rng.chars(UPPER, 1)}${rng.digits(7)}`;
      case 'GB':
        return `${rng.chars(UPPER, 5)}${rng.digits(6)}${rng.chars(UPPER, 2)}9${rng.chars(UPPER, 2)}`;
      default:
        return `${rng.chars(UPPER, 2)}${rng.digits(8)}`;
    }
  }
  switch (nationality) {
    case 'CN':
      return `E${rng.digits(8)}`;
    case 'HK':
      return `K${rng.digits(8)}`;
    case 'US':
    case 'GB':
      return rng.digits(9);
    case 'FR':
      return `${rng.digits(2)}${rng.chars(UPPER, 2)}${rng.digits(5)}`;
    case 'DE':
      return `C${rng.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)}`;
    case 'ES':
      return `${rng.chars(UPPER, 3)}${rng.digits(6)}`;
    default:
      return `${rng.chars(UPPER, 2)}${rng.digits(7)}`;
  }
};

/** Which document a national of `nationality` would give as identification. */
export const pickIdType = (rng: Rng, nationality: Country): IdType => {
  if (nationality === 'CN') return rng.chance(0.6) ? 'national_id' : 'passport';
  if (nationality === 'US' || nationality === 'GB') return rng.chance(0.35) ? 'driving_licence' : 'passport';
  return rng.weighted([
    ['national_id', 50],
    ['passport', 40],
    ['driving_licence', 10],
  ] as const);
};
