import { describe, expect, it } from 'vitest';
import { verifyMrz } from '../../matching/index.js';
import type { SellerRecord } from '../../sellers/index.js';
import { findIdentifier, findPersonName } from '../reading/locate/consistency.find.js';
import {
  CHINESE_LICENCE,
  PASSPORT_MRZ,
  PASSPORT_TEXT,
  UK_BANK_STATEMENT,
  US_UTILITY_BILL,
} from './fixtures.test-data.js';
import {
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
  crossDocumentChecks,
  findRegisteredField,
  readIdHolder,
} from './text.test-support.js';

const base = { created_at: '2025-01-05T08:00:00Z', status: 'active' } as const;

const CN_SELLER: SellerRecord = {
  ...base,
  seller_id: 'S000123',
  entity_type: 'business',
  business: {
    legal_name: '深圳市明星贸易有限公司',
    registration_number: '9144 0300 MA5F Q2KX 4M',
    country: 'CN',
    address: {
      line1: 'No. 18 Keyuan Road',
      line2: 'Room 1203',
      city: 'Shenzhen',
      postal_code: '518057',
      country: 'CN',
    },
  },
  legal_rep: {
    full_name: 'Zhang Wei',
    date_of_birth: '1985-03-02',
    id_type: 'passport',
    id_number: 'E12345678',
  },
};

const US_SELLER: SellerRecord = {
  ...base,
  seller_id: 'S000200',
  entity_type: 'individual',
  address: {
    line1: '1420 North Orange Road',
    line2: 'Apt 4',
    city: 'Fresno',
    postal_code: '93722',
    country: 'US',
  },
  legal_rep: { full_name: 'John A. Smith' },
};

const UK_SELLER: SellerRecord = {
  ...base,
  seller_id: 'S000300',
  entity_type: 'business',
  business: {
    legal_name: 'Brightline Trading Ltd',
    registration_number: '08123456',
    country: 'GB',
    address: {
      line1: '22 Pridham St',
      line2: 'Flat 3',
      city: 'Manchester',
      postal_code: 'M1 4BT',
      country: 'GB',
    },
  },
  legal_rep: { full_name: 'Olivia Brown' },
};

const byField = (checks: ReturnType<typeof checkConsistency>) =>
  Object.fromEntries(checks.map((c) => [c.evidence.field, c.status]));

describe('consistency of a Chinese business licence', () => {
  it('finds the 汉字 name, the USCC and the representative written in pinyin', () => {
    const checks = checkConsistency({ type: 'business_license', text: CHINESE_LICENCE, seller: CN_SELLER });
    expect(byField(checks)).toEqual({
      legal_name: 'pass',
      registration_number: 'pass',
      legal_rep_name: 'pass',
    });
    const rep = checks.find((c) => c.evidence.field === 'legal_rep_name')!;
    expect(rep.evidence).toMatchObject({ matched: '张伟', similarity: 1 });
  });

  it('still finds a registration number OCR misread (O for 0, S for 5, I for 1)', () => {
    const ocr = CHINESE_LICENCE.replace('91440300MA5FQ2KX4M', '9I44O3OOMASFQ2KX4M');
    const match = findIdentifier(ocr, CN_SELLER.business!.registration_number!);
    expect(match).toMatchObject({ isFound: true, similarity: 0.95 });
    expect(match.matched).toContain('9I44O3OOMASFQ2KX4M');
  });

  it('does not find a different registration number, but shows the closest', () => {
    const other = CHINESE_LICENCE.replace('91440300MA5FQ2KX4M', '91440300MA5FQ2KY7R');
    const check = checkConsistency({ type: 'business_license', text: other, seller: CN_SELLER }).find(
      (c) => c.evidence.field === 'registration_number',
    )!;
    expect(check).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail', evidence: { found: false } });
    expect(check.message.zh).toContain('注册号/统一社会信用代码');
  });

  it('finds the English registered address in the Chinese 住所 line', () => {
    expect(findRegisteredField(CHINESE_LICENCE, CN_SELLER, 'address')).toMatchObject({ isFound: true });
    const elsewhere = CHINESE_LICENCE.replace('科苑路18号1203室', '科苑路18号1204室');
    expect(findRegisteredField(elsewhere, CN_SELLER, 'address')?.isFound).toBe(false);
  });
});

describe('names', () => {
  it('does not accept a near-miss name', () => {
    const text = 'Legal representative: Zhang Wen\nDate of birth 02/03/1985';
    const match = findPersonName(text, 'Zhang Wei');
    expect(match.isFound).toBe(false);
    expect(match.similarity).toBeGreaterThan(0.5);
    const checks = checkConsistency({
      type: 'government_id',
      text,
      seller: CN_SELLER,
      mustShow: ['legal_rep_name', 'date_of_birth'],
    });
    expect(byField(checks)).toEqual({ legal_rep_name: 'fail', date_of_birth: 'pass' });
  });

  it('accepts case, word order, OCR digits in letters and an initial', () => {
    expect(findPersonName('SMITH, JOHN A', 'John A. Smith').isFound).toBe(true);
    expect(findPersonName('Account holder: J0HN A 5MITH', 'John A. Smith').isFound).toBe(true);
    expect(findPersonName('Account holder: Joan A Smith', 'John A. Smith').isFound).toBe(false);
  });
});

describe('bills and statements', () => {
  it('finds a US address written with N and Rd on a month-first bill', () => {
    expect(checkBillAddress(US_UTILITY_BILL, US_SELLER)).toMatchObject({
      code: 'BILL_ADDRESS_MATCHES',
      status: 'pass',
      evidence: { matched: expect.stringContaining('1420 N ORANGE RD APT 4') },
    });
  });

  it('fails a bill for another flat or another house', () => {
    expect(checkBillAddress(US_UTILITY_BILL.replace('APT 4', 'APT 9'), US_SELLER)?.code).toBe(
      'BILL_ADDRESS_MISMATCH',
    );
    expect(checkBillAddress(US_UTILITY_BILL.replace('1420 N', '1428 N'), US_SELLER)?.status).toBe('fail');
  });

  it('finds a UK company name with Ltd/Limited and its Flat/Street address', () => {
    const checks = checkConsistency({ type: 'bank_statement', text: UK_BANK_STATEMENT, seller: UK_SELLER });
    expect(byField(checks)).toEqual({ legal_name: 'pass', address: 'pass' });
    const renamed = UK_BANK_STATEMENT.replace('Brightline Trading Limited', 'Brightside Trading Limited');
    expect(byField(checkConsistency({ type: 'bank_statement', text: renamed, seller: UK_SELLER }))).toEqual({
      legal_name: 'fail',
      address: 'pass',
    });
  });
});

describe('across documents', () => {
  it('matches the passport holder (MRZ) with the licence representative in 汉字', () => {
    const licence = CHINESE_LICENCE.replace('张伟', '埃里克森');
    expect(
      checkIdMatchesRepresentative('', CHINESE_LICENCE, { lastName: 'ZHANG', firstName: 'WEI' })?.code,
    ).toBe('ID_NAME_MATCHES_REPRESENTATIVE');
    const mrz = verifyMrz(PASSPORT_MRZ).fields;
    const check = checkIdMatchesRepresentative('', licence, mrz);
    expect(check).toMatchObject({ code: 'ID_NAME_MISMATCH', status: 'fail' });
    expect(check?.message.en).toContain('"ERIKSSON ANNA MARIA"');
  });

  it('reads a labelled name from an ID card text when there is no MRZ', () => {
    expect(checkIdMatchesRepresentative('姓名 张伟\n性别 男', CHINESE_LICENCE)?.status).toBe('pass');
    expect(checkIdMatchesRepresentative('no name here', CHINESE_LICENCE)).toBeUndefined();
    expect(readIdHolder(PASSPORT_TEXT)).toBe('ERIKSSON ANNA MARIA');
  });

  it('checks stored readings: each ID against the licence, each bill against the address, in order', () => {
    const readings = [
      { type: 'utility_bill' as const, text: US_UTILITY_BILL },
      { type: 'government_id' as const, text: '', idHolder: { lastName: 'ZHANG', firstName: 'WEI' } },
      { type: 'business_license' as const, text: CHINESE_LICENCE },
    ];
    const codes = (seller: SellerRecord, list = readings) =>
      crossDocumentChecks(list, seller).map((r) => [r.type, r.checks.map((c) => c.code)]);
    expect(codes(US_SELLER)).toEqual([
      ['utility_bill', ['BILL_ADDRESS_MATCHES']],
      ['government_id', ['ID_NAME_MATCHES_REPRESENTATIVE']],
      ['business_license', []],
    ]);
    expect(JSON.parse(JSON.stringify(readings))).toEqual(readings);
    // no licence: nothing to hold the ID against
    expect(codes(CN_SELLER, readings.slice(1, 2))).toEqual([['government_id', []]]);
  });
});

describe('the ID holder read from a zone with its fillers read as letters (issue 12)', () => {
  it('drops filler look-alike words from the name', () => {
    expect(readIdHolder('', { lastName: 'ZHOU', firstName: 'MIN   LLLLLLLLLLLL' })).toBe('ZHOU MIN');
    expect(readIdHolder('', { lastName: 'ZHOU', firstName: 'MIN GGSGG' })).toBe('ZHOU MIN');
    expect(readIdHolder('', { lastName: 'LEE', firstName: 'MIN' })).toBe('LEE MIN');
  });
});
