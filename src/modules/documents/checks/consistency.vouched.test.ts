import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../sellers/index.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import type { DocumentReading, ReadField } from '../reading/reading.schema.js';
import { crossDocumentChecks } from './consistency.check.js';

// Seed 71 #45: 张文磊 (registered `Zhang Wenlei`, passport E70434622, USCC 91350200MACM9HW916); the
// licence's 法定代表人 read `张文舌`, one 汉字 off the passport's `ZHANG WENLEI`.
const SELLER: SellerRecord = {
  seller_id: 'S45',
  entity_type: 'business',
  business: {
    legal_name: '厦门市隆腾贸易有限公司',
    registration_number: '91350200MACM9HW916',
    country: 'CN',
  },
  legal_rep: { full_name: 'Zhang Wenlei', id_number: 'E70434622', id_type: 'passport' },
};

const place = { file: 1, page: 1, confidence: 0.9, source: 'ocr', reader: 'test' } as const;

const zone = (number: string, status: 'valid' | 'invalid'): ZoneReading => ({
  layout: 'TD3',
  lines: [],
  checkDigits: [{ field: 'documentNumber', status }],
  fields: {
    documentCode: 'P',
    issuingState: 'CHN',
    documentNumber: number,
    birthDate: '870604',
    expirationDate: '311208',
    nationality: 'CHN',
    sex: 'M',
    lastName: 'ZHANG',
    firstName: 'WENLEI',
  },
  confidence: 97,
  isConfident: true,
  corrections: 0,
  rotation: 0,
});

const reading = (type: DocumentReading['type'], fields: ReadField[], photo?: ZoneReading): DocumentReading =>
  ({
    type,
    pages: [{ file: 1, page: 1, source: 'ocr', confidence: 80, text: '' }],
    fields,
    ...(photo ? { zone: { format: 'TD3', lines: [], read: 'photo', photo } } : {}),
  }) as unknown as DocumentReading;

const passport = (number = 'E70434622', status: 'valid' | 'invalid' = 'valid') =>
  reading(
    'government_id',
    [{ name: 'holder_name', value: 'ZHANG WENLEI', ...place, source: 'mrz' }],
    zone(number, status),
  );
const licence = (representative: string, uscc = '91350200MACM9HW916') =>
  reading('business_license', [
    { name: 'representative', value: representative, ...place },
    { name: 'identifier', kind: 'uscc', value: uscc, labelled: true, at: 0, ...place },
  ]);

const idItem = (id: DocumentReading, lic: DocumentReading) =>
  crossDocumentChecks([id, lic], SELLER)[0]?.checks[0];

describe("an ID holder one 汉字 off the licence's representative", () => {
  it('warns FIELD_UNCLEAR when the passport number (digit holding) and the USCC are the registered ones', () => {
    expect(idItem(passport(), licence('张文舌'))).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: { field: 'legal_rep_name', matched: '张文舌', misreadOf: 'ZHANG WENLEI' },
    });
  });

  it('still fails without the strong identifiers, or two characters off, or another surname', () => {
    // Another passport number, a number whose digit fails, another company's (valid) USCC.
    expect(idItem(passport('E70434623'), licence('张文舌'))?.code).toBe('ID_NAME_MISMATCH');
    expect(idItem(passport('E70434622', 'invalid'), licence('张文舌'))?.code).toBe('ID_NAME_MISMATCH');
    expect(idItem(passport(), licence('张文舌', '91440300MARMG16JX4'))?.code).toBe('ID_NAME_MISMATCH');
    expect(idItem(passport(), licence('张舌舌'))?.code).toBe('ID_NAME_MISMATCH');
    expect(idItem(passport(), licence('王文磊'))?.code).toBe('ID_NAME_MISMATCH');
    expect(idItem(passport(), licence('张文磊'))?.code).toBe('ID_NAME_MATCHES_REPRESENTATIVE');
  });
});

// Seed 83 #21: a PRC card scan of 李磊 whose name OCR read `雁乔`, both 汉字 under 90.
describe("an ID holder the licence's representative is not, every 汉字 of it read unsure", () => {
  const LI: SellerRecord = {
    ...SELLER,
    legal_rep: { full_name: 'Lei Li', id_number: '440304199301221136', id_type: 'national_id' },
  };
  const card = (number: string, at: number[]) =>
    ({
      type: 'government_id',
      pages: [
        {
          file: 1,
          page: 1,
          source: 'ocr',
          confidence: 80,
          text: '姓名 雁乔',
          unsure: [{ text: '姓名雁乔', at }],
        },
      ],
      fields: [
        { name: 'holder_name', value: '雁乔', ...place },
        { name: 'identifier', kind: 'prc_id', value: number, labelled: true, at: 0, ...place },
      ],
    }) as unknown as DocumentReading;
  const item = (id: DocumentReading, lic = licence('李磊')) =>
    crossDocumentChecks([id, lic], LI)[0]?.checks[0];

  it('warns FIELD_UNCLEAR where the card number and the USCC are the registered ones', () => {
    expect(item(card('440304199301221136', [2, 3]))).toMatchObject({ code: 'FIELD_UNCLEAR', status: 'warn' });
  });

  it('still fails with a 汉字 read surely, another valid card number, or another USCC', () => {
    expect(item(card('440304199301221136', [2]))?.code).toBe('ID_NAME_MISMATCH');
    expect(item(card('11010519491231002X', [2, 3]))?.code).toBe('ID_NAME_MISMATCH');
    expect(item(card('440304199301221136', [2, 3]), licence('李磊', '91440300MARMG16JX4'))?.code).toBe(
      'ID_NAME_MISMATCH',
    );
  });
});
