import type { Rng } from '../random.js';
import { addressLines, type DateStyle, formatDate, hanAddressLine } from './format.js';
import { buildTd1, buildTd3, type TamperedField } from './mrz.build.js';
import type { Page, PageItem } from './page.render.js';
import type { Shown } from './shown.js';

/** Identity documents: a passport data page (TD3), ID cards front and back (TD1 where issued), driving licences. */
export interface IdDates {
  issued: string;
  expiry: string;
}

const NATIONALITY: Readonly<Record<string, string>> = {
  CN: 'CHINESE',
  HK: 'CHINESE',
  US: 'UNITED STATES OF AMERICA',
  GB: 'BRITISH CITIZEN',
  DE: 'DEUTSCH',
  FR: 'FRANCAISE',
  ES: 'ESPANOLA',
  IT: 'ITALIANA',
  JP: 'JAPAN',
};
const AUTHORITY: Readonly<Record<string, string>> = {
  CN: 'National Immigration Administration',
  HK: 'Immigration Department, HKSAR',
  US: 'United States Department of State',
  GB: 'HM Passport Office',
  DE: 'Stadt Koeln',
  FR: 'Prefecture de Police',
  ES: 'Direccion General de la Policia',
  IT: 'Comune di Milano',
  JP: 'Ministry of Foreign Affairs',
};
const BAND: Readonly<Record<string, string>> = {
  CN: '#7a1f2b',
  HK: '#1f3b70',
  US: '#1d2f5c',
  GB: '#5b1a2a',
  DE: '#7a1f2b',
  FR: '#7a1f2b',
  ES: '#7a1f2b',
  IT: '#7a1f2b',
  JP: '#7a1f2b',
};

/** Pale guilloche lines: colour on every security document, too light for OCR to read. */
const guilloche = (rng: Rng, width: number, height: number, colour: string): PageItem[] =>
  Array.from({ length: 7 }, (_, i) => ({
    kind: 'circle' as const,
    x: rng.uniform(0.2, 0.8) * width,
    y: rng.uniform(0.2, 0.8) * height,
    r: 120 + i * 45,
    stroke: colour,
    lineWidth: 1.5,
  }));

const photo = (x: number, y: number, w: number, h: number): PageItem[] => [
  { kind: 'rect', x, y, w, h, fill: '#b9bec6' },
  { kind: 'circle', x: x + w / 2, y: y + h * 0.38, r: w * 0.22, stroke: '#6d737c', lineWidth: w * 0.2 },
  { kind: 'rect', x: x + w * 0.18, y: y + h * 0.68, w: w * 0.64, h: h * 0.32, fill: '#6d737c' },
];

const label = (text: string, x: number, y: number): PageItem => ({
  kind: 'text',
  text,
  x,
  y,
  size: 15,
  colour: '#4a4f57',
});
const value = (text: string, x: number, y: number, size = 25): PageItem => ({
  kind: 'text',
  text,
  x,
  y,
  size,
  font: 'bold',
});

export function passportPage(shown: Shown, dates: IdDates, rng: Rng, tampered?: TamperedField): Page {
  const country = shown.nationality;
  const style: DateStyle = 'mon';
  const d = (iso: string) => formatDate(iso, style).toUpperCase();
  const [l1, l2] = buildTd3(
    {
      surname: shown.surname,
      given: shown.given,
      documentNumber: shown.idNumber,
      issuer: country,
      nationality: country,
      dateOfBirth: shown.dateOfBirth,
      sex: shown.sex,
      expiry: dates.expiry,
    },
    tampered,
  );
  const band = BAND[country] ?? '#1d2f5c';
  return {
    width: 1000,
    height: 704,
    background: '#fbf8ef',
    items: [
      ...guilloche(rng, 1000, 704, '#f1dde3'),
      { kind: 'rect', x: 0, y: 0, w: 1000, h: 58, fill: band },
      {
        kind: 'text',
        text: 'PASSPORT',
        x: 500,
        y: 42,
        size: 30,
        font: 'bold',
        colour: '#ffffff',
        align: 'center',
      },
      ...photo(40, 100, 220, 290),
      label('Type        Code of issuing State        Passport No.', 300, 96),
      value(
        `P              ${l1.slice(2, 5).replace(/</g, '')}                         ${shown.idNumber}`,
        300,
        124,
      ),
      label('Surname', 300, 162),
      value(shown.surname.toUpperCase(), 300, 190),
      label('Given names', 300, 226),
      value(shown.given.toUpperCase(), 300, 254),
      label('Nationality', 300, 290),
      value(NATIONALITY[country] ?? country, 300, 318),
      label('Date of birth', 300, 354),
      label('Sex', 640, 354),
      value(d(shown.dateOfBirth), 300, 382),
      value(shown.sex, 640, 382),
      label('Date of issue                          Date of expiry', 300, 418),
      value(`${d(dates.issued)}           ${d(dates.expiry)}`, 300, 446),
      label('Authority', 300, 482),
      value(AUTHORITY[country] ?? 'Ministry of Foreign Affairs', 300, 508, 21),
      { kind: 'rect', x: 0, y: 560, w: 1000, h: 144, fill: '#ffffff' },
      { kind: 'text', text: l1, x: 28, y: 612, size: 35, font: 'mono' },
      { kind: 'text', text: l2, x: 28, y: 664, size: 35, font: 'mono' },
    ],
  };
}

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
      value(hanAddressLine(shown.address), 140, 302, 22),
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

export function drivingLicencePages(shown: Shown, dates: IdDates, rng: Rng): [Page, Page] {
  const country = shown.nationality;
  const isUs = country === 'US';
  const d = (iso: string) => formatDate(iso, isUs ? 'us' : country === 'GB' ? 'dot' : 'slash');
  const front: Page = {
    width: 1000,
    height: 630,
    background: '#f6f1f4',
    items: [
      ...guilloche(rng, 1000, 630, '#ecd6e2'),
      { kind: 'rect', x: 0, y: 0, w: 1000, h: 56, fill: '#8c2e5e' },
      {
        kind: 'text',
        text: isUs ? 'DRIVER LICENSE' : 'DRIVING LICENCE',
        x: 500,
        y: 38,
        size: 26,
        font: 'bold',
        colour: '#ffffff',
        align: 'center',
      },
      ...photo(40, 96, 230, 300),
      label('Licence No.', 310, 96),
      value(shown.idNumber, 310, 126),
      label('Surname', 310, 162),
      value(shown.surname.toUpperCase(), 310, 192),
      label('Given names', 310, 228),
      value(shown.given.toUpperCase(), 310, 258),
      label('Date of birth', 310, 294),
      value(d(shown.dateOfBirth), 310, 324),
      label('Date of issue                 Date of expiry', 310, 360),
      value(`${d(dates.issued)}           ${d(dates.expiry)}`, 310, 390),
      label('Address', 40, 440),
      ...addressLines(shown.address).map((line, i) => value(line, 40, 472 + i * 32, 22)),
    ],
  };
  const back: Page = {
    width: 1000,
    height: 630,
    background: '#f6f1f4',
    items: [
      label('Categories', 40, 60),
      value('B   B1   AM', 40, 92),
      label('Restrictions', 40, 140),
      value('01 - corrective lenses', 40, 172, 22),
      ...Array.from({ length: 60 }, (_, i) => ({
        kind: 'rect' as const,
        x: 40 + i * 15,
        y: 420,
        w: rng.int(3, 9),
        h: 150,
        fill: '#222222',
      })),
    ],
  };
  return [front, back];
}
