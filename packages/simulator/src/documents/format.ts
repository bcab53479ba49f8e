import type { Address } from '@secondlook/feed-contract';

/** How documents print dates and addresses, per issuing country. */
export type DateStyle = 'iso' | 'mon' | 'dot' | 'us' | 'slash' | 'long' | 'han';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-');
  const month = Number(m) - 1;
  switch (style) {
    case 'iso':
      return iso;
    case 'mon':
      return `${d} ${MONTHS[month]} ${y}`;
    case 'dot':
      return `${d}.${m}.${y}`;
    case 'us':
      return `${m}/${d}/${y}`;
    case 'slash':
      return `${d}/${m}/${y}`;
    case 'long':
      return `${LONG_MONTHS[month]} ${Number(d)}, ${y}`;
    case 'han':
      return `${y}年${m}月${d}日`;
  }
}

/** The style a country's bills and certificates use. */
export const dateStyleOf = (country: string): DateStyle => {
  switch (country) {
    case 'US':
      return 'us';
    case 'DE':
      return 'dot';
    case 'FR':
    case 'ES':
    case 'IT':
      return 'slash';
    case 'GB':
    case 'HK':
      return 'mon';
    default:
      return 'iso';
  }
};

export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const addYears = (iso: string, years: number): string =>
  `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`.replace('-02-29', '-02-28');

/** The address as printed lines: street, unit/building, city with postcode. */
export function addressLines(address: Address): string[] {
  const city = [address.postal_code, address.city].filter(Boolean).join(' ');
  const last = address.region && address.region !== address.city ? `${city}, ${address.region}` : city;
  return [address.line1 ?? '', ...(address.line2 ? [address.line2] : []), last];
}

/** 汉字 addresses are written from the city down, on one line. */
export const hanAddressLine = (address: Address): string =>
  `${address.region ?? ''}${address.city}${address.line1}${address.line2 ?? ''}`;

const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bRoad\b/g, 'Rd'],
  [/\bStreet\b/g, 'St'],
  [/\bAvenue\b/g, 'Ave'],
  [/\bBoulevard\b/g, 'Blvd'],
  [/\bDrive\b/g, 'Dr'],
  [/\bRoom\b/g, 'Rm'],
  [/\bBuilding\b/g, 'Bldg'],
  [/\bApartment\b/g, 'Apt'],
];
const EXPANSIONS: readonly [RegExp, string][] = [
  [/\bRd\b\.?/g, 'Road'],
  [/\bSt\b\.?/g, 'Street'],
  [/\bAve\b\.?/g, 'Avenue'],
  [/\bRm\b\.?/g, 'Room'],
  [/\bBlvd\b\.?/g, 'Boulevard'],
  [/\bApt\b\.?/g, 'Apartment'],
  [/\bSte\b\.?/g, 'Suite'],
];

/** Road ↔ Rd, Room ↔ Rm…: whichever way changes the text. */
export function abbreviateAddress(line: string): string {
  const short = ABBREVIATIONS.reduce((text, [pattern, to]) => text.replace(pattern, to), line);
  if (short !== line) return short;
  return EXPANSIONS.reduce((text, [pattern, to]) => text.replace(pattern, to), line);
}

/** Co., Ltd. ↔ Company Limited, Limited ↔ Ltd, Inc. ↔ Incorporated. */
export function abbreviateCompany(name: string): string {
  if (/Co\., Ltd\./.test(name)) return name.replace('Co., Ltd.', 'Company Limited');
  if (/Company Limited/.test(name)) return name.replace('Company Limited', 'Co., Ltd.');
  if (/\bLimited\b/.test(name)) return name.replace(/\bLimited\b/, 'Ltd.');
  if (/\bLtd\b\.?/.test(name)) return name.replace(/\bLtd\b\.?/, 'Limited');
  if (/\bInc\./.test(name)) return name.replace('Inc.', 'Incorporated');
  if (/\bCorp\./.test(name)) return name.replace('Corp.', 'Corporation');
  return name;
}
