import type { Rng } from '../random.js';
import { addressLines, formatDate, hanAddressLine } from './format.js';
import { AUTHORITY, guilloche, type IdDates, label, NATIONALITY, photo, value } from './id.parts.js';
import { buildTd1, type TamperedField } from './mrz.build.js';
import type { Page, PageItem } from './page.render.js';
import type { Shown } from './shown.js';

/** National ID cards, front and back: TD1 where issued, and the PRC's 居民身份证 in 汉字. */

const CARD_TITLE: Readonly<Record<string, string>> = {
  DE: 'BUNDESREPUBLIK DEUTSCHLAND  IDENTITY CARD',
  FR: 'REPUBLIQUE FRANCAISE  IDENTITY CARD',
  ES: 'REINO DE ESPANA  DOCUMENTO NACIONAL DE IDENTIDAD',
  IT: 'REPUBBLICA ITALIANA  CARTA DI IDENTITA',
  HK: 'HONG KONG PERMANENT IDENTITY CARD',
};
const TD1_CODE: Readonly<Record<string, string>> = { DE: 'ID', FR: 'ID', ES: 'ID', IT: 'CI' };

/** Whether this country's national ID card carries a TD1 MRZ on its back. */
export const hasTd1 = (country: string): boolean => country in TD1_CODE;

/** Front and back of a national ID card (CN: 居民身份证 in 汉字, no MRZ). */
export function nationalIdPages(
  shown: Shown,
  dates: IdDates,
  rng: Rng,
  tampered?: TamperedField,
): [Page, Page] {
  const country = shown.nationality;
  if (country === 'CN') return chineseIdPages(shown, dates, rng);
  const d = (iso: string) => formatDate(iso, country === 'DE' ? 'dot' : 'slash');
  const band = '#2e5e8c';
  const front: Page = {
    width: 1000,
    height: 630,
    background: '#f3f6f8',
    items: [
      ...guilloche(rng, 1000, 630, '#d9e6f0'),
      { kind: 'rect', x: 0, y: 0, w: 1000, h: 56, fill: band },
      {
        kind: 'text',
        text: CARD_TITLE[country] ?? 'NATIONAL IDENTITY CARD',
        x: 500,
        y: 38,
        size: 24,
        font: 'bold',
        colour: '#ffffff',
        align: 'center',
      },
      ...photo(40, 96, 230, 300),
      label('Surname', 310, 100),
      value(shown.surname.toUpperCase(), 310, 130),
      label('Given names', 310, 168),
      value(shown.given.toUpperCase(), 310, 198),
      label('Date of birth', 310, 236),
      label('Sex', 640, 236),
      value(d(shown.dateOfBirth), 310, 266),
      value(shown.sex, 640, 266),
      label('Nationality', 310, 304),
      value(NATIONALITY[country] ?? country, 310, 334),
      label('Card No.', 310, 372),
      value(shown.idNumber, 310, 402),
      label('Date of expiry', 310, 440),
      value(d(dates.expiry), 310, 470),
    ],
  };
  const backItems: PageItem[] = [
    ...guilloche(rng, 1000, 630, '#d9e6f0'),
    label('Address', 40, 60),
    ...addressLines(shown.address).map((line, i) => value(line, 40, 92 + i * 32, 23)),
    label('Date of issue', 40, 210),
    value(d(dates.issued), 40, 240),
    label('Authority', 420, 210),
    value(AUTHORITY[country] ?? 'Registry Office', 420, 240, 21),
  ];
  if (hasTd1(country)) {
    const lines = buildTd1(
      {
        surname: shown.surname,
        given: shown.given,
        documentNumber: shown.idNumber,
        issuer: country,
        nationality: country,
        dateOfBirth: shown.dateOfBirth,
        sex: shown.sex,
        expiry: dates.expiry,
        code: TD1_CODE[country] ?? 'ID',
      },
      tampered,
    );
    backItems.push({ kind: 'rect', x: 0, y: 400, w: 1000, h: 230, fill: '#ffffff' });
    lines.forEach((line, i) => {
      backItems.push({ kind: 'text', text: line, x: 40, y: 462 + i * 62, size: 50, font: 'mono' });
    });
  } else {
    backItems.push(label('This card remains the property of the issuing authority.', 40, 320));
  }
  return [front, { width: 1000, height: 630, background: '#f3f6f8', items: backItems }];
}

const HAN_CHAR = /\p{Script=Han}/u;

/** Lines of at most `width` pixels (roughly: bold DejaVu, a 汉字 a square): 汉字 break anywhere, words at spaces. */
export function wrapToWidth(text: string, size: number, width: number): string[] {
  const widthOf = (s: string) => [...s].reduce((w, c) => w + (HAN_CHAR.test(c) ? size : size * 0.66), 0);
  const lines: string[] = [];
  let current = '';
  for (const token of text.match(/\p{Script=Han}|[^\s\p{Script=Han}]+|\s+/gu) ?? []) {
    if (current.trim() && widthOf(current + token) > width) {
      lines.push(current.trim());
      current = token.trimStart();
    } else current += token;
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}

function chineseIdPages(shown: Shown, dates: IdDates, rng: Rng): [Page, Page] {
  const d = (iso: string) => formatDate(iso, 'han').replace(/(?<=年|月)0/g, '');
  const hanName = shown.personName;
  const front: Page = {
    width: 1000,
    height: 630,
    background: '#f2f4ef',
    items: [
      ...guilloche(rng, 1000, 630, '#dbe8d7'),
      label('姓名', 50, 90),
      value(hanName, 140, 92, 30),
      label('性别', 50, 160),
      value(shown.sex === 'M' ? '男' : '女', 140, 162),
      label('民族', 260, 160),
      value('汉', 340, 162),
      label('出生', 50, 230),
      value(d(shown.dateOfBirth), 140, 232),
      label('住址', 50, 300),
      // The card prints a long address on two or three lines, left of the portrait (from x 720).
      ...wrapToWidth(hanAddressLine(shown.address), 22, 540).map((line, i) =>
        value(line, 140, 302 + i * 34, 22),
      ),
      label('公民身份号码', 50, 540),
      value(shown.idNumber, 260, 542, 34),
      ...photo(720, 90, 230, 300),
    ],
  };
  const back: Page = {
    width: 1000,
    height: 630,
    background: '#f2f4ef',
    items: [
      ...guilloche(rng, 1000, 630, '#dbe8d7'),
      { kind: 'circle', x: 130, y: 130, r: 70, stroke: '#c0392b', lineWidth: 6 },
      value('中华人民共和国', 330, 130, 44),
      value('居民身份证', 380, 220, 56),
      label('签发机关', 200, 470),
      value(`${shown.address.city}公安局`, 340, 472),
      label('有效期限', 200, 540),
      value(`${dates.issued.replaceAll('-', '.')}-${dates.expiry.replaceAll('-', '.')}`, 340, 542),
    ],
  };
  return [front, back];
}
