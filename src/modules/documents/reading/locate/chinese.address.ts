import { type AddressInput, hanSyllables, normaliseAddress } from '../../../matching/index.js';
import { scriptFolded } from './find.common.js';

/**
 * A registered address in 汉字 (`思明区湖滨南路975号`, `国际银行大厦2718室`, `厦门市`) against a
 * document that prints it on one line, province first, in any order of its parts, often with a
 * character OCR added (`思了明区`): found when one line, or two neighbouring ones, hold the street
 * with its number (`湖滨南路975号`), the unit (`2718室`) when one is registered, and the city.
 */
const HAN = /\p{Script=Han}/u;
const STREET = /[\p{Script=Han}]{1,6}(?:大道|路|街|道|巷|弄)\d+号/u;
const UNIT = /\d+(?:室|号房|房)/u;

const compact = (text: string) => text.replace(/[\s,，、:：]/g, '');

/**
 * The document's lines without spaces or separators, a house number wrapped to the next line put
 * back after its road: a bill's narrow column prints `…莲前西路638` and then `号` (seed 59 #32,
 * seed 97 #40), or `…白云区机场路` and then `608号` (held-out seed 107 #32). Only a road's number is
 * joined, and only from a line that starts with it.
 */
function compactLines(text: string): string[] {
  const lines = text.split('\n').map(compact);
  return lines.map((line, i) => {
    const next = lines[i + 1] ?? '';
    if (next.startsWith('号')) return line.replace(ROAD_NUMBER_UNENDED, '$1$2号');
    const number = /^\d+号/u.exec(next)?.[0];
    return number ? line.replace(ROAD_UNNUMBERED, `$1${number}`) : line;
  });
}
/** A road's last mention on a line with no number after it (a subdistrict's 街道 is no road). */
const ROAD_UNNUMBERED = /(大道|路|街(?!道)|巷|弄)(?![\d号])(?!.*(?:大道|路|街|巷|弄))/u;
const ROAD_NUMBER_UNENDED = /(大道|路|街|道|巷|弄)(\d+)(?![\d号])(?!.*(?:大道|路|街|道|巷|弄)\d)/u;

export function findChineseAddress(
  text: string,
  expected: AddressInput,
): { isFound: boolean; matched: string; unclear?: string } | undefined {
  const registered = compact([expected.line1, expected.line2 ?? ''].join(''));
  if (!HAN.test(registered)) return undefined;
  const street = STREET.exec(registered)?.[0];
  if (!street) return undefined;
  const streetTail = street.replace(/^.*?(?=[\p{Script=Han}]{0,3}(?:大道|路|街|道|巷|弄)\d+号$)/u, '');
  const unit = UNIT.exec(registered)?.[0];
  // The unit's number whole: a bill's column wraps `2718室` as `2718` and `室` on the next line
  // (Chinese benchmark seed 13 #0), OCR adds a `。` between; another unit has another number.
  const unitNumber = unit ? new RegExp(`(?<!\\d)${/\d+/.exec(unit)?.[0]}(?!\\d)`) : undefined;
  const city = compact(expected.city ?? '').replace(/市$/, '');
  const lines = compactLines(text);
  for (let i = 0; i < lines.length; i++) {
    const window = `${lines[i]}${lines[i + 1] ?? ''}`;
    const hasStreet = window.includes(street) || window.includes(streetTail);
    const hasUnit = !unitNumber || unitNumber.test(window);
    const hasCity = !city || window.includes(city);
    if (hasStreet && hasUnit && hasCity) return { isFound: true, matched: lines[i]! };
  }
  const at = lines.findIndex((line, i) => {
    const window = `${line}${lines[i + 1] ?? ''}`;
    return (
      (!unitNumber || unitNumber.test(window)) &&
      (!city || window.includes(city)) &&
      [...window.matchAll(new RegExp(HAN_STREET, 'gu'))].some((m) => isOneHanOff(m, street))
    );
  });
  const unclear = text.split('\n')[at]?.trim();
  return { isFound: false, matched: '', ...(at >= 0 && unclear ? { unclear } : {}) };
}

/**
 * The road printed as the registered one up to one 汉字 of its name (科艺路410号 read for
 * 科苑路410号, seed 67 #28): same road word, same house number, a name of two or more characters of
 * the same length that differs in exactly one. OCR's look-alikes among 汉字 are many (苑/艺, 朱/宋);
 * another address differs in its number, unit or city as well, which this does not allow.
 */
function isOneHanOff(read: RegExpMatchArray, registeredStreet: string): boolean {
  const want = HAN_STREET.exec(registeredStreet);
  if (!want || read[2] !== want[2] || read[3] !== want[3]) return false;
  const name = [...roadName(read[1]!)];
  const wanted = [...roadName(want[1]!)];
  if (wanted.length < 2 || name.length !== wanted.length) return false;
  const off = name.filter((c, k) => c !== wanted[k]);
  return off.length === 1 && HAN.test(off[0]!);
}

const roadName = (run: string): string => run.replace(BEFORE_ROAD, '');

/** A road's number as its 汉字 numeral is spelt in pinyin: 福华三路 is `Fuhua 3rd Road`. */
const PINYIN_NUMERALS = ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu', 'shi'];
const ordinalsAsPinyin = (street: string): string =>
  street
    .replace(/\b(10|[1-9])(?:st|nd|rd|th)\b/gi, (_, n: string) => PINYIN_NUMERALS[Number(n)]!)
    .replace(/ /g, '');

/**
 * `广东省深圳市福田区福华三路28号…`: the road and its number, after the province, city and district.
 * The road's run never starts inside a number (`…613室南山区深南大道52号` is not `13室…`, seed 73 #36).
 */
const HAN_STREET = /(?<!\d)([\p{Script=Han}\d]{1,8}?)(大道|路|街|道|巷|弄)(\d+)号/u;
/**
 * What comes before the road's own name: the province, city, district, town, a subdistrict (街道,
 * 乡), or a building's unit printed first (`国际商贸城1114室稠城街道江滨北路582号`, seed 61 #8).
 */
const BEFORE_ROAD = /^.*(?:[省市区县镇乡室号]|街道)/u;

const DIRECTION_WORDS: Readonly<Record<string, string>> = {
  东: 'East',
  西: 'West',
  南: 'South',
  北: 'North',
};

/**
 * A registered address in Latin script (`No. 28 Fuhua 3rd Road, Huaqiang Plaza, Rm. 1716,
 * Shenzhen`) against a document that prints it in 汉字 (`福华三路28号华强广场1716室`): found when
 * one line, or two neighbouring ones, hold the road spelt the same in pinyin (its ordinal as the
 * 汉字 numeral), the house number, the unit's number when one is registered, and the city or
 * postcode. Seed 43 #32, a 营业执照 of a seller registered in English.
 */
export function findLatinAddressInHan(
  text: string,
  expected: AddressInput,
): { isFound: boolean; matched: string } | undefined {
  const want = normaliseAddress(expected);
  if (HAN.test(`${expected.line1}${expected.line2 ?? ''}`) || !want.street || !want.number) return undefined;
  const wantStreet = ordinalsAsPinyin(want.street);
  const unitNumber = /\d+/.exec(want.unit)?.[0];
  const lines = compactLines(text);
  for (let i = 0; i < lines.length; i++) {
    const window = `${lines[i]}${lines[i + 1] ?? ''}`;
    const m = HAN_STREET.exec(window);
    if (!m) continue;
    const name = m[1]!.replace(BEFORE_ROAD, '').replace(/\d+/g, (n) => PINYIN_NUMERALS[Number(n)] ?? n);
    // A name ending in a direction is read both ways: 江滨北路 is `Jiangbin North Road`, but 深南大道
    // is `Shennan Avenue` (seed 73 #36), the 南 part of the name.
    // A direction inside the name is translated too: 高新南七道 is `Gaoxin South 7th Road` (held-out
    // seed 137 #40).
    const spelled = [
      name,
      name.replace(/[东西南北]$/u, (c) => hanSyllables(c)[0] ?? c),
      name.replace(/[东西南北]/gu, (c) => ` ${DIRECTION_WORDS[c]} `),
    ];
    const streets = spelled.map(
      (n) => normaliseAddress({ line1: `${n}${m[2]}${m[3]}号`, country: expected.country }).street,
    );
    const folded = scriptFolded(window);
    const parts = [
      streets.some((street) => street.replace(/ /g, '') === wantStreet),
      m[3] === want.number,
      // The unit after the road or before it (the address printed building first), not the road's number.
      !unitNumber || window.replace(m[0], ' ').includes(unitNumber),
      (want.locality !== '' && folded.includes(want.locality.replace(/ /g, ''))) ||
        (want.postcode !== '' && window.includes(want.postcode)),
    ];
    if (parts.every(Boolean)) return { isFound: true, matched: lines[i]! };
  }
  return { isFound: false, matched: '' };
}
