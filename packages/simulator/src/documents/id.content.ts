import type { Rng } from '../random.js';
import { addressLines, type DateStyle, formatDate } from './format.js';
import { AUTHORITY, BAND, guilloche, type IdDates, label, NATIONALITY, photo, value } from './id.parts.js';
import { buildTd3, type TamperedField } from './mrz.build.js';
import type { Page } from './page.render.js';
import type { Shown } from './shown.js';

/** Identity documents: a passport data page (TD3), ID cards front and back (TD1 where issued), driving licences. */

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
