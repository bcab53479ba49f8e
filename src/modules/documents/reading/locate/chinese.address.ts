import type { AddressInput } from '../../../matching/index.js';

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

export function findChineseAddress(
  text: string,
  expected: AddressInput,
): { isFound: boolean; matched: string } | undefined {
  const registered = compact([expected.line1, expected.line2 ?? ''].join(''));
  if (!HAN.test(registered)) return undefined;
  const street = STREET.exec(registered)?.[0];
  if (!street) return undefined;
  const streetTail = street.replace(/^.*?(?=[\p{Script=Han}]{0,3}(?:大道|路|街|道|巷|弄)\d+号$)/u, '');
  const unit = UNIT.exec(registered)?.[0];
  const city = compact(expected.city ?? '').replace(/市$/, '');
  const lines = text.split('\n').map(compact);
  for (let i = 0; i < lines.length; i++) {
    const window = `${lines[i]}${lines[i + 1] ?? ''}`;
    const hasStreet = window.includes(street) || window.includes(streetTail);
    const hasUnit = !unit || window.includes(unit);
    const hasCity = !city || window.includes(city);
    if (hasStreet && hasUnit && hasCity) return { isFound: true, matched: lines[i]! };
  }
  return { isFound: false, matched: '' };
}
