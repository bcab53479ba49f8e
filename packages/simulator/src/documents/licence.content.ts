import type { Rng } from '../random.js';
import { addressLines, dateStyleOf, formatDate, hanAddressLine } from './format.js';
import type { Page, PageItem } from './page.render.js';
import type { Shown } from './shown.js';

/**
 * Business licences: China's 营业执照 (in 汉字, or its English translation as cross-border sellers
 * file it) with the USCC, and other countries' registration certificates with their numbers.
 */
export interface LicenceDates {
  established: string;
  issued: string;
  /** Undefined: no end date (long-term, or a certificate that does not expire). */
  expiry?: string;
}

const seal = (x: number, y: number): PageItem[] => [
  { kind: 'circle', x, y, r: 62, stroke: '#d0312d', lineWidth: 5 },
  { kind: 'circle', x, y, r: 14, stroke: '#d0312d', lineWidth: 10 },
];

const frame = (): PageItem[] => [
  { kind: 'rect', x: 14, y: 14, w: 814, h: 567, stroke: '#b5651d', lineWidth: 6 },
  { kind: 'rect', x: 26, y: 26, w: 790, h: 543, stroke: '#d9a441', lineWidth: 2 },
];

const line = (text: string, y: number, size = 14, x = 60): PageItem => ({ kind: 'text', text, x, y, size });

/** Long values wrapped to `width` points (roughly: DejaVu at `size`). */
const wrap = (text: string, size: number, width: number): string[] => {
  const perLine = Math.floor(width / (size * 0.55));
  if (text.length <= perLine) return [text];
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && `${current} ${word}`.length > perLine) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
};

export function chineseLicencePage(shown: Shown, dates: LicenceDates, rng: Rng): Page {
  const capital = rng.pick(['100', '200', '500', '1000', '3000']);
  if (shown.script === 'han') {
    const d = (iso: string) => formatDate(iso, 'han');
    const items: PageItem[] = [
      ...frame(),
      {
        kind: 'text',
        text: '营 业 执 照',
        x: 421,
        y: 95,
        size: 40,
        font: 'bold',
        colour: '#c0392b',
        align: 'center',
      },
      line(`统一社会信用代码  ${shown.registrationNumber ?? ''}`, 150, 16),
      line(`名        称  ${shown.holderName}`, 200, 16),
      line('类        型  有限责任公司（自然人投资或控股）', 235, 16),
      line(`法定代表人  ${shown.personName}`, 270, 16),
      line('经营范围  电子产品、日用百货的销售；货物及技术进出口。', 305, 16),
      line(`注册资本  人民币${capital}万元`, 340, 16),
      line(`成立日期  ${d(dates.established)}`, 375, 16),
      line(`营业期限  ${d(dates.established)} 至 ${dates.expiry ? d(dates.expiry) : '长期'}`, 410, 16),
      line(`住        所  ${hanAddressLine(shown.address)}`, 445, 16),
      line('登记机关', 505, 16, 560),
      line(d(dates.issued), 530, 16, 560),
      ...seal(640, 480),
    ];
    return { width: 842, height: 595, background: '#fffdf6', items };
  }
  const d = (iso: string) => formatDate(iso, 'iso');
  const address = addressLines(shown.address).join(', ');
  const items: PageItem[] = [
    ...frame(),
    {
      kind: 'text',
      text: 'BUSINESS LICENSE',
      x: 421,
      y: 90,
      size: 32,
      font: 'bold',
      colour: '#c0392b',
      align: 'center',
    },
    { kind: 'text', text: '(Translation)', x: 421, y: 115, size: 13, align: 'center', colour: '#555555' },
    line(`Unified Social Credit Code: ${shown.registrationNumber ?? ''}`, 160),
    line(`Name: ${shown.holderName}`, 195),
    line('Type: Limited liability company (invested or controlled by natural persons)', 225),
    line(`Legal Representative: ${shown.personName}`, 255),
    line(
      'Business Scope: sale of electronic products and daily necessities; import and export of goods.',
      285,
      13,
    ),
    line(`Registered Capital: RMB ${capital}0,000`, 315),
    line(`Date of Establishment: ${d(dates.established)}`, 345),
    line(
      `Period of Validity: ${d(dates.established)} to ${dates.expiry ? d(dates.expiry) : 'Long-term'}`,
      375,
    ),
    ...wrap(`Domicile: ${address}`, 14, 700).map((text, i) => line(text, 405 + i * 22)),
    line('Registration Authority: Administration for Market Regulation', 490, 13, 420),
    line(`Date of Issue: ${d(dates.issued)}`, 515, 13, 420),
    ...seal(700, 470),
  ];
  return { width: 842, height: 595, background: '#fffdf6', items };
}

interface Certificate {
  title: string;
  numberLabel: string;
  nameLabel: string;
  addressLabel: string;
  repLabel: string;
  issuedLabel: string;
}

const CERTIFICATES: Readonly<Record<string, Certificate>> = {
  HK: {
    title: 'BUSINESS REGISTRATION CERTIFICATE',
    numberLabel: 'Business Registration No.',
    nameLabel: 'Name of Business',
    addressLabel: 'Address',
    repLabel: 'Director',
    issuedLabel: 'Date of issue',
  },
  GB: {
    title: 'CERTIFICATE OF INCORPORATION',
    numberLabel: 'Company number',
    nameLabel: 'Company name',
    addressLabel: 'Registered office address',
    repLabel: 'Director',
    issuedLabel: 'Date of issue',
  },
  US: {
    title: 'CERTIFICATE OF FORMATION',
    numberLabel: 'EIN',
    nameLabel: 'Entity name',
    addressLabel: 'Principal office',
    repLabel: 'Authorized person',
    issuedLabel: 'Date of issue',
  },
  DE: {
    title: 'HANDELSREGISTER B - AUSZUG',
    numberLabel: 'Registernummer',
    nameLabel: 'Firma',
    addressLabel: 'Geschaeftsanschrift',
    repLabel: 'Geschaeftsfuehrer',
    issuedLabel: 'Date of issue',
  },
  FR: {
    title: 'EXTRAIT KBIS',
    numberLabel: 'SIREN',
    nameLabel: 'Denomination',
    addressLabel: 'Adresse du siege',
    repLabel: 'President',
    issuedLabel: 'Date of issue',
  },
  ES: {
    title: 'REGISTRO MERCANTIL - NOTA SIMPLE',
    numberLabel: 'CIF',
    nameLabel: 'Denominacion',
    addressLabel: 'Domicilio',
    repLabel: 'Administrador unico',
    issuedLabel: 'Date of issue',
  },
  IT: {
    title: 'REGISTRO DELLE IMPRESE - VISURA',
    numberLabel: 'Codice fiscale',
    nameLabel: 'Denominazione',
    addressLabel: 'Indirizzo sede',
    repLabel: 'Amministratore',
    issuedLabel: 'Date of issue',
  },
  JP: {
    title: 'CERTIFICATE OF REGISTERED MATTERS',
    numberLabel: 'Corporate Number',
    nameLabel: 'Trade name',
    addressLabel: 'Head office',
    repLabel: 'Representative Director',
    issuedLabel: 'Date of issue',
  },
};

export function certificatePage(shown: Shown, country: string, dates: LicenceDates): Page {
  const cert = CERTIFICATES[country] ?? (CERTIFICATES.GB as Certificate);
  const d = (iso: string) => formatDate(iso, dateStyleOf(country));
  const lines = addressLines(shown.address);
  const items: PageItem[] = [
    ...frame(),
    {
      kind: 'text',
      text: cert.title,
      x: 421,
      y: 90,
      size: 26,
      font: 'bold',
      colour: '#1f3b70',
      align: 'center',
    },
    line(`${cert.numberLabel}: ${shown.registrationNumber ?? ''}`, 150, 16),
    line(`${cert.nameLabel}: ${shown.holderName}`, 190, 16),
    line(`${cert.addressLabel}:`, 230, 16),
    ...lines.map((text, i) => line(text, 256 + i * 24, 16, 90)),
    line(`${cert.repLabel}: ${shown.personName}`, 350, 16),
    line(`Date of incorporation: ${d(dates.established)}`, 390, 16),
    ...(dates.expiry ? [line(`Date of expiry: ${d(dates.expiry)}`, 425, 16)] : []),
    line(`${cert.issuedLabel}: ${d(dates.issued)}`, 500, 14, 420),
    ...seal(700, 470),
  ];
  return { width: 842, height: 595, background: '#fdfdf8', items };
}
