import {
  BLOCK_WORDS,
  DIRECTIONS,
  FLOOR_WORDS,
  HAN_ADMINISTRATIVE,
  HAN_CITY_SUFFIX,
  HAN_MARKERS,
  NUMBER_WORDS,
  STREET_STOPWORDS,
  STREET_TYPES,
  UNIT_WORDS,
} from './address.words.js';
import { hanSyllables } from './han.pinyin.js';
import { bigramDice, editDistance, jaroWinkler } from './similarity.js';
import { compact, foldText, hasHan, isHanChar } from './text.fold.js';

/** An address as the feed writes it (SPEC section 2). */
export interface AddressInput {
  line1?: string | undefined;
  line2?: string | undefined;
  city?: string | undefined;
  region?: string | undefined;
  postal_code?: string | undefined;
  country?: string | undefined;
}

/** An address split into its building and the unit inside it. */
export interface NormalisedAddress {
  readonly country: string;
  readonly locality: string;
  readonly postcode: string;
  /** The house number (`18`, `20-22`, `12a`), or empty. */
  readonly number: string;
  /** Street words with types and compass words spelled out: `lianqian west road`. */
  readonly street: string;
  /** Words of a building or estate name left over (`software industry base`). */
  readonly buildingName: string;
  /** The unit inside the building, sorted parts: `f:14 u:c` (floor 14, flat C), `u:3506`, or empty. */
  readonly unit: string;
  /** Country, locality, number and street: equal for every writing of one building; empty if unknown. */
  readonly buildingKey: string;
  /** The building key and the unit: equal for every writing of one unit; empty if unknown. */
  readonly unitKey: string;
}

const UNIT_PATTERN = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${UNIT_WORDS.join('|')})\\.?\\s*(?:no\\.?\\s*)?(\\d+[a-z]?|[a-z]\\d*)(?![\\p{L}\\p{N}])`,
  'gu',
);
const UNIT_WORD_SET: ReadonlySet<string> = new Set(UNIT_WORDS);
const HASH_UNIT = /#\s*([0-9a-z]+)/g;
const FLOOR_PATTERNS: readonly RegExp[] = [
  /(?:^|[^\p{L}\p{N}])(\d+)\s*\/\s*f\b\.?/gu,
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${FLOOR_WORDS.join('|')})\\.?\\s*(\\d+)(?![\\p{L}\\p{N}])`, 'gu'),
  /(?:^|[^\p{L}\p{N}])(\d+)(?:st|nd|rd|th)?\.?\s*(?:floor|fl|etage|og|stock)(?![\p{L}\p{N}])/gu,
  /(?:^|[^\p{L}\p{N}])(\d+)f(?![\p{L}\p{N}])/gu,
];
const BLOCK_PATTERN = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${BLOCK_WORDS.join('|')})\\.?\\s*([0-9]+|[a-z])(?![\\p{L}\\p{N}])`,
  'gu',
);
const HOUSE_NUMBER = /^\d+[a-z]?(?:-\d+[a-z]?)?$/;

/** Rewrites Chinese markers into Latin words and the remaining 汉字 runs into joined pinyin. */
const latiniseHan = (text: string, dropAdministrative: boolean): string => {
  if (!hasHan(text)) return text;
  let out = text.normalize('NFKC').toLowerCase();
  if (dropAdministrative) out = out.replace(HAN_ADMINISTRATIVE, ' ');
  for (const [pattern, replacement] of HAN_MARKERS) out = out.replace(pattern, replacement);
  let result = '';
  let run = '';
  for (const char of out) {
    if (isHanChar(char)) run += char;
    else {
      if (run) result += ` ${hanSyllables(run).join('')} `;
      run = '';
      result += char;
    }
  }
  if (run) result += ` ${hanSyllables(run).join('')} `;
  return result;
};

interface Extracted {
  text: string;
  parts: string[];
}

/** Removes every match of `pattern` from `text`, collecting `prefix` + the captured value. */
const extract = (text: string, pattern: RegExp, prefix: string): Extracted => {
  const parts: string[] = [];
  const rest = text.replace(pattern, (whole, ...groups: unknown[]) => {
    const value = groups.find((g): g is string => typeof g === 'string' && g !== '' && !UNIT_WORD_SET.has(g));
    if (value !== undefined) parts.push(`${prefix}${value.replace(/^0+(?=\d)/, '')}`);
    return whole.startsWith(' ') || whole.startsWith(',') ? ' ' : ' ';
  });
  return { text: rest, parts };
};

const words = (text: string): string[] =>
  text
    .replace(/\./g, ' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);

/** German joined street names: `hauptstr` / `hauptstrasse` → `haupt strasse`. */
const splitGermanStreet = (word: string): string[] => {
  const match = /^(\p{L}{3,}?)(?:strasse|str)$/u.exec(word);
  return match ? [match[1]!, 'strasse'] : [word];
};

const canonicalStreet = (tokens: readonly string[]): string[] => {
  const out: string[] = [];
  tokens.forEach((token, i) => {
    for (const word of splitGermanStreet(token)) {
      if (STREET_STOPWORDS.has(word) && tokens.length > 2) continue;
      const type = STREET_TYPES.get(word);
      if (type && !(word.length === 1 && i > 0 && i < tokens.length - 1 && type !== 'calle')) {
        out.push(type);
        continue;
      }
      const direction = DIRECTIONS.get(word);
      out.push(direction && (word.length > 1 || tokens.length > 2) ? direction : word);
    }
  });
  return out;
};

const parseUnit = (text: string): { rest: string; unit: string[] } => {
  let rest = text;
  const unit: string[] = [];
  for (const pattern of FLOOR_PATTERNS) {
    const found = extract(rest, pattern, 'f:');
    rest = found.text;
    unit.push(...found.parts);
  }
  for (const [pattern, prefix] of [
    [BLOCK_PATTERN, 'b:'],
    [UNIT_PATTERN, 'u:'],
    [HASH_UNIT, 'u:'],
  ] as const) {
    const found = extract(rest, pattern, prefix);
    rest = found.text;
    unit.push(...found.parts);
  }
  return { rest, unit };
};

/** Splits a street line into its house number and street words. */
const parseStreetLine = (text: string): { number: string; street: string[] } => {
  const tokens = words(text);
  let number = '';
  const street: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!number && NUMBER_WORDS.has(token) && next && HOUSE_NUMBER.test(next)) {
      number = next;
      i++;
    } else if (!number && HOUSE_NUMBER.test(token)) number = token;
    else street.push(token);
  }
  return { number, street: canonicalStreet(street) };
};

const normaliseLocality = (city: string | undefined): string => {
  if (!city) return '';
  const han = hasHan(city) ? city.normalize('NFKC').replace(HAN_CITY_SUFFIX, '') : city;
  return compact(latiniseHan(han, false)).replace(/city$/, '');
};

/**
 * Normalises an address (case, punctuation, `Road`/`Rd`, `Room`/`Rm`/`Unit`/`Flat`,
 * `Suite`/`Ste`/`#`, `Floor`/`Fl`/`14/F`, `No.`, Chinese markers 号/室/楼/座/路/街, 汉字 → pinyin)
 * and splits it into the building (`buildingKey`) and the unit inside it (`unit`), so that one
 * unit written two ways gives one `unitKey`, and two units of one building share only the
 * `buildingKey`.
 */
export function normaliseAddress(address: AddressInput): NormalisedAddress {
  const line1 = foldText(latiniseHan(address.line1 ?? '', true));
  const line2 = foldText(latiniseHan(address.line2 ?? '', true));
  const first = parseUnit(line1);
  const second = parseUnit(line2);
  const unitParts = [...first.unit, ...second.unit];
  let { number, street } = parseStreetLine(first.rest);
  const extra = parseStreetLine(second.rest);
  if (!number && street.length === 0) ({ number, street } = extra);
  else if (!number && extra.number) number = extra.number;
  else if (extra.number && !unitParts.some((p) => p.startsWith('u:'))) unitParts.push(`u:${extra.number}`);
  const buildingName = street === extra.street ? '' : extra.street.join(' ');
  const country = (address.country ?? '').toUpperCase();
  const locality = normaliseLocality(address.city);
  const postcode = compact(address.postal_code ?? '').toUpperCase();
  const streetText = street.join(' ');
  const unit = [...new Set(unitParts)].sort().join(' ');
  const place = locality || postcode;
  // Keys are joined, not concatenated: a concatenation holds its pieces (and what they were cut
  // from) for as long as the key lives, which is the whole scan in the association index.
  const buildingKey =
    streetText && place ? [country, place, number, streetText.replace(/ /g, '')].join('|') : '';
  return {
    country,
    locality,
    postcode,
    number,
    street: streetText,
    buildingName,
    unit,
    buildingKey,
    unitKey: buildingKey ? [buildingKey, unit].join('|') : '',
  };
}

export type AddressAgreement =
  | 'same_unit'
  | 'same_building'
  | 'strong'
  | 'similar'
  | 'weak'
  | 'different'
  | 'missing';

const isCloseText = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && (editDistance(a, b, 2) <= 2 || jaroWinkler(a, b) >= 0.9));

/**
 * How far two addresses agree:
 * - `same_unit`: one building and one unit (or neither has a unit);
 * - `same_building`: one building, different units (two offices in one tower: not a link);
 * - `strong` / `similar` / `weak`: typo-tolerant agreement of street, number, locality, postcode,
 *   in any line order (`strong` also for one building when only one side names a unit);
 * - `different`; `missing` when either has no street.
 */
export function compareAddresses(a: NormalisedAddress, b: NormalisedAddress): AddressAgreement {
  if (!a.street || !b.street) return 'missing';
  if (a.country && b.country && a.country !== b.country) return 'different';
  const unitsDiffer = a.unit !== '' && b.unit !== '' && a.unit !== b.unit;
  if (a.buildingKey && a.buildingKey === b.buildingKey) {
    if (unitsDiffer) return 'same_building';
    return a.unit === b.unit ? 'same_unit' : 'strong';
  }
  const text = (x: NormalisedAddress) => [x.street.replace(/ /g, ''), x.buildingName.replace(/ /g, '')];
  const dice = bigramDice(text(a), text(b));
  const numbers = !a.number || !b.number ? 'missing' : a.number === b.number ? 'equal' : 'differ';
  const localityClose = a.locality !== '' && b.locality !== '' && isCloseText(a.locality, b.locality);
  const postcode =
    !a.postcode || !b.postcode
      ? 'missing'
      : a.postcode === b.postcode
        ? 'equal'
        : editDistance(a.postcode, b.postcode, 1) <= 1
          ? 'near'
          : 'differ';
  const placeAgrees = localityClose || postcode === 'equal';
  if (dice >= 0.8 && numbers !== 'differ' && placeAgrees) return unitsDiffer ? 'same_building' : 'strong';
  if (dice >= 0.6 && numbers !== 'differ' && (placeAgrees || postcode === 'near')) return 'similar';
  if (dice >= 0.6 || (localityClose && postcode === 'equal')) return 'weak';
  return 'different';
}
