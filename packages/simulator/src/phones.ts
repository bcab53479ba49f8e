import type { Country } from './countries.js';
import type { Rng } from './random.js';

/** A phone number: country calling code and national significant number (digits only). */
export interface Phone {
  country: Country;
  callingCode: string;
  national: string;
}

const CALLING_CODES: Record<Country, string> = {
  CN: '86',
  HK: '852',
  US: '1',
  GB: '44',
  DE: '49',
  FR: '33',
  ES: '34',
  IT: '39',
  JP: '81',
  VN: '84',
  TR: '90',
  IN: '91',
  TH: '66',
  SG: '65',
  AE: '971',
  MY: '60',
  NL: '31',
};

const CN_MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '166',
  '177',
  '180',
  '181',
  '186',
  '187',
  '188',
  '189',
  '199',
];
const US_AREA_CODES = [
  '212',
  '213',
  '310',
  '312',
  '323',
  '347',
  '408',
  '415',
  '469',
  '512',
  '617',
  '646',
  '702',
  '713',
  '718',
  '773',
  '786',
  '818',
  '917',
  '929',
  '206',
  '303',
  '404',
  '503',
  '602',
  '626',
  '909',
  '972',
];

const nationalNumber = (rng: Rng, country: Country): string => {
  switch (country) {
    case 'CN':
      return rng.pick(CN_MOBILE_PREFIXES) + rng.digits(8);
    case 'HK':
      return rng.pick(['5', '6', '9']) + rng.digits(7);
    case 'US':
      return `${rng.pick(US_AREA_CODES)}${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(2, 9)}${rng.digits(4)}`;
    case 'GB':
      // 076 (pagers), 07700 (drama) and part of 07911 are not mobile ranges.
      return `7${rng.pick(['4', '5', '7', '8', '9'])}${rng.int(1, 9)}${rng.digits(7)}`.replace(
        /^7911/,
        '7912',
      );
    case 'DE':
      return rng.pick(['151', '152', '157', '160', '162', '170', '171', '172', '176']) + rng.digits(8);
    case 'FR':
      return rng.pick(['6', '7']) + rng.digits(8);
    case 'ES':
      return `6${rng.digits(8)}`;
    case 'IT':
      return `3${rng.int(2, 9)}${rng.digits(8)}`;
    case 'JP':
      return rng.pick(['90', '80', '70']) + rng.int(1, 9) + rng.digits(7);
    case 'VN':
      return rng.pick(['90', '91', '98', '97', '86']) + rng.digits(7);
    case 'TR':
      return `5${rng.pick(['30', '32', '33', '42', '43', '05', '06'])}${rng.digits(7)}`;
    case 'IN':
      return `${rng.int(7, 9)}${rng.digits(9)}`;
    case 'TH':
      return `${rng.pick(['6', '8', '9'])}${rng.digits(8)}`;
    case 'SG':
      return `${rng.pick(['8', '9'])}${rng.digits(7)}`;
    case 'AE':
      return `5${rng.pick(['0', '2', '5', '6'])}${rng.digits(7)}`;
    case 'MY':
      return `1${rng.int(0, 9)}${rng.digits(7)}`;
    case 'NL':
      return `6${rng.digits(8)}`;
  }
};

export const randomPhone = (rng: Rng, country: Country): Phone => ({
  country,
  callingCode: CALLING_CODES[country],
  national: nationalNumber(rng, country),
});

/** `+<code><national>`: what two phone numbers are compared by. */
export const e164 = (phone: Phone): string => `+${phone.callingCode}${phone.national}`;

/** Groups the national number the way it is printed locally: `138 0013 8000`, `(415) 555-0134`. */
const localGroups = (phone: Phone): string[] => {
  const n = phone.national;
  switch (phone.country) {
    case 'CN':
      return [n.slice(0, 3), n.slice(3, 7), n.slice(7)];
    case 'US':
      return [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
    case 'GB':
      return [n.slice(0, 4), n.slice(4)];
    case 'DE':
      return [n.slice(0, 3), n.slice(3)];
    case 'FR':
      return [n.slice(0, 1), n.slice(1, 3), n.slice(3, 5), n.slice(5, 7), n.slice(7)];
    case 'JP':
      return [n.slice(0, 2), n.slice(2, 6), n.slice(6)];
    case 'HK':
    case 'SG':
      return [n.slice(0, 4), n.slice(4)];
    default:
      return [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
  }
};

/** Countries whose international call prefix is `00` (elsewhere `0086…` is not how people write it). */
const DIALS_00: Partial<Record<Country, true>> = {
  CN: true,
  GB: true,
  DE: true,
  FR: true,
  ES: true,
  IT: true,
  VN: true,
  TR: true,
  IN: true,
  AE: true,
  MY: true,
  NL: true,
};

/** Countries that write a trunk `0` before the national number when dialling at home. */
const hasTrunkZero = (country: Country): boolean => !['CN', 'US', 'HK', 'SG', 'ES', 'IT'].includes(country);

/**
 * The same number written one of the ways people write it. A number from abroad (`isAbroad`)
 * always keeps its country code: without it, it could not be read.
 */
export const formatPhone = (rng: Rng, phone: Phone, isAbroad = false): string => {
  const groups = localGroups(phone);
  const cc = phone.callingCode;
  const national = hasTrunkZero(phone.country) ? `0${phone.national}` : phone.national;
  switch (rng.int(0, isAbroad ? 3 : 7)) {
    case 0:
      return `+${cc} ${groups.join(' ')}`;
    case 1:
      return `+${cc}${phone.national}`;
    case 2:
      return `+${cc}-${groups.join('-')}`;
    case 3:
      return `(+${cc}) ${groups.join(' ')}`;
    case 4:
      return DIALS_00[phone.country] ? `00${cc} ${phone.national}` : `+${cc} ${phone.national}`;
    case 5:
      return national;
    case 6:
      return phone.country === 'US' ? `(${groups[0]}) ${groups[1]}-${groups[2]}` : `+${cc} ${phone.national}`;
    default:
      return hasTrunkZero(phone.country)
        ? `0${groups.join(' ')}`
        : phone.country === 'US'
          ? `${groups.join('-')}`
          : `${groups.join(' ')}`;
  }
};
