import type { Rng } from './random.js';

/** Countries sellers register in. */
export const REGISTRATION_COUNTRIES = ['CN', 'HK', 'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'JP'] as const;
export type RegistrationCountry = (typeof REGISTRATION_COUNTRIES)[number];

/** Countries that only appear as where someone logs in from, operates from or travels to. */
export const OTHER_COUNTRIES = ['VN', 'TR', 'IN', 'TH', 'SG', 'AE', 'MY', 'NL'] as const;
export type Country = RegistrationCountry | (typeof OTHER_COUNTRIES)[number];

export const REGISTRATION_WEIGHTS: readonly (readonly [RegistrationCountry, number])[] = [
  ['CN', 45],
  ['US', 16],
  ['GB', 8],
  ['DE', 8],
  ['HK', 6],
  ['FR', 4],
  ['JP', 4],
  ['ES', 3],
  ['IT', 3],
];

/** Share of business (rather than individual) sellers per registration country. */
export const BUSINESS_SHARE: Record<RegistrationCountry, number> = {
  CN: 0.85,
  HK: 0.95,
  US: 0.6,
  GB: 0.65,
  DE: 0.6,
  FR: 0.6,
  ES: 0.6,
  IT: 0.6,
  JP: 0.7,
};

/** The marketplace a seller's store sells on, by registration country. */
export const MARKETPLACE_WEIGHTS: Record<
  RegistrationCountry,
  readonly (readonly [RegistrationCountry, number])[]
> = {
  CN: [
    ['US', 40],
    ['DE', 14],
    ['GB', 12],
    ['JP', 10],
    ['CN', 10],
    ['FR', 6],
    ['IT', 4],
    ['ES', 4],
  ],
  HK: [
    ['US', 50],
    ['GB', 20],
    ['DE', 10],
    ['JP', 10],
    ['FR', 10],
  ],
  US: [
    ['US', 95],
    ['GB', 5],
  ],
  GB: [
    ['GB', 85],
    ['DE', 10],
    ['US', 5],
  ],
  DE: [
    ['DE', 80],
    ['FR', 10],
    ['GB', 10],
  ],
  FR: [
    ['FR', 85],
    ['DE', 15],
  ],
  ES: [
    ['ES', 85],
    ['FR', 15],
  ],
  IT: [
    ['IT', 85],
    ['DE', 15],
  ],
  JP: [
    ['JP', 90],
    ['US', 10],
  ],
};

/** Hours from UTC (a fixed, representative offset; daylight saving is ignored). */
export const UTC_OFFSET: Record<Country, number> = {
  CN: 8,
  HK: 8,
  US: -5,
  GB: 0,
  DE: 1,
  FR: 1,
  ES: 1,
  IT: 1,
  JP: 9,
  VN: 7,
  TR: 3,
  IN: 5.5,
  TH: 7,
  SG: 8,
  AE: 4,
  MY: 8,
  NL: 1,
};

/** First two octets of address blocks allocated in each country (real allocations, simplified). */
const IP_BLOCKS: Record<Country, readonly (readonly [number, number])[]> = {
  CN: [
    [14, 17],
    [27, 38],
    [36, 110],
    [58, 60],
    [113, 87],
    [117, 136],
    [183, 14],
    [120, 229],
    [112, 96],
    [223, 104],
  ],
  HK: [
    [58, 176],
    [61, 244],
    [112, 118],
    [203, 186],
    [218, 102],
  ],
  US: [
    [24, 5],
    [64, 233],
    [73, 92],
    [98, 207],
    [68, 183],
    [174, 63],
    [71, 198],
  ],
  GB: [
    [81, 2],
    [86, 130],
    [90, 214],
    [2, 96],
    [109, 150],
  ],
  DE: [
    [79, 192],
    [84, 56],
    [91, 64],
    [93, 220],
    [217, 84],
  ],
  FR: [
    [90, 3],
    [82, 64],
    [86, 195],
    [109, 7],
  ],
  ES: [
    [83, 32],
    [88, 0],
    [95, 16],
    [213, 97],
  ],
  IT: [
    [79, 12],
    [87, 16],
    [93, 40],
    [151, 38],
  ],
  JP: [
    [126, 0],
    [133, 200],
    [153, 156],
    [219, 96],
    [60, 32],
  ],
  VN: [
    [113, 160],
    [14, 160],
    [27, 64],
    [171, 224],
  ],
  TR: [
    [78, 160],
    [88, 224],
    [176, 40],
    [85, 96],
  ],
  IN: [
    [49, 36],
    [117, 192],
    [122, 160],
    [182, 64],
  ],
  TH: [
    [49, 228],
    [58, 8],
    [110, 168],
  ],
  SG: [
    [101, 100],
    [116, 86],
    [118, 200],
  ],
  AE: [
    [94, 200],
    [86, 96],
    [5, 30],
  ],
  MY: [
    [115, 132],
    [175, 136],
  ],
  NL: [
    [77, 160],
    [83, 80],
    [145, 53],
  ],
};

export const randomIp = (rng: Rng, country: Country): string => {
  const [a, b] = rng.pick(IP_BLOCKS[country]);
  return `${a}.${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
};

/** Where the operators of a registration mismatch really sit. */
export const MISMATCH_OPERATING_WEIGHTS: readonly (readonly [Country, number])[] = [
  ['CN', 62],
  ['HK', 8],
  ['VN', 10],
  ['TR', 10],
  ['IN', 10],
];

export const TRAVEL_DESTINATIONS: readonly Country[] = [
  'TH',
  'SG',
  'AE',
  'MY',
  'NL',
  'JP',
  'US',
  'FR',
  'IT',
  'TR',
];
