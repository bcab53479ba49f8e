import { describe, expect, it } from 'vitest';
import { CHINESE_LICENCE, PASSPORT_TEXT, UK_BANK_STATEMENT, US_UTILITY_BILL } from './fixtures.test-data.js';
import {
  checkIdExpiry,
  checkIssuedWithin,
  checkLicenceValidity,
  checkValidity,
  readIssueDate,
} from './text.test-support.js';

describe('ID expiry', () => {
  it('passes a passport whose labelled expiry is after the reference date', () => {
    const check = checkIdExpiry({ text: PASSPORT_TEXT, asOf: '2026-10-01' });
    expect(check).toMatchObject({
      code: 'ID_VALID',
      status: 'pass',
      evidence: { expiry: '2032-04-15', source: 'label' },
    });
    expect(check.message.zh).toContain('2032-04-15');
  });

  it('fails the same passport after its expiry, and says when it expired', () => {
    const check = checkIdExpiry({ text: PASSPORT_TEXT, asOf: '2032-04-16' });
    expect(check).toMatchObject({ code: 'ID_EXPIRED', status: 'fail' });
    expect(check.message.en).toBe('The ID expired on 2032-04-15. Upload an ID that is currently valid.');
  });

  it('reads a Chinese ID card validity range and falls back to the MRZ expiry', () => {
    const card =
      '姓名 张伟\n公民身份号码 11010519491231002X\n签发机关 北京市公安局\n有效期限 2016.01.01-2026.01.01';
    expect(checkIdExpiry({ text: card, asOf: '2026-03-01' })).toMatchObject({
      code: 'ID_EXPIRED',
      evidence: { expiry: '2026-01-01' },
    });
    expect(
      checkIdExpiry({ text: 'no dates here', asOf: '2026-03-01', mrzExpiry: '2030-01-01' }),
    ).toMatchObject({
      code: 'ID_VALID',
      evidence: { source: 'mrz' },
    });
  });

  it('fails when no expiry can be read at all', () => {
    expect(checkIdExpiry({ text: 'PASSPORT ERIKSSON', asOf: '2026-03-01' })).toMatchObject({
      code: 'ID_EXPIRY_NOT_FOUND',
      status: 'fail',
    });
  });
});

describe('issued within the window', () => {
  it('reads a US bill month-first and takes the statement date, not the due date', () => {
    const check = checkIssuedWithin({ text: US_UTILITY_BILL, asOf: '2026-10-20', days: 90, country: 'US' });
    expect(check).toMatchObject({
      code: 'ISSUED_RECENTLY',
      status: 'pass',
      evidence: { issued: '2026-09-15', source: 'statement' },
    });
  });

  it('fails a bill older than the window and names the earliest acceptable date', () => {
    const check = checkIssuedWithin({ text: US_UTILITY_BILL, asOf: '2027-01-10', days: 90, country: 'US' });
    expect(check).toMatchObject({
      code: 'DOCUMENT_TOO_OLD',
      status: 'fail',
      evidence: { earliest: '2026-10-12' },
    });
    expect(check.message.en).toContain('issued after 2026-10-12');
  });

  it('takes the end of a UK statement period', () => {
    const check = checkIssuedWithin({ text: UK_BANK_STATEMENT, asOf: '2026-09-05', days: 30, country: 'GB' });
    expect(check).toMatchObject({
      code: 'ISSUED_RECENTLY',
      evidence: { issued: '2026-08-31', source: 'period_end' },
    });
  });

  it('fails a document dated after the reference date and one without any date', () => {
    expect(
      checkIssuedWithin({ text: 'Statement date: 12 Oct 2026', asOf: '2026-10-01', days: 90 }),
    ).toMatchObject({ code: 'ISSUE_DATE_IN_FUTURE', status: 'fail' });
    expect(checkIssuedWithin({ text: 'Amount due $12', asOf: '2026-10-01', days: 90 })).toMatchObject({
      code: 'ISSUE_DATE_NOT_FOUND',
      status: 'fail',
    });
  });

  it('gives the same issue date on its own, for the other checks that need it', () => {
    expect(readIssueDate({ text: US_UTILITY_BILL, asOf: '2026-10-20', country: 'US' })?.date).toBe(
      '2026-09-15',
    );
    expect(readIssueDate({ text: CHINESE_LICENCE, asOf: '2026-10-20' })?.date).toBe('2023-05-10');
    expect(readIssueDate({ text: 'Amount due $12', asOf: '2026-10-01' })).toBeUndefined();
  });
});

describe('licence validity', () => {
  it('passes a Chinese licence valid 长期 (long-term)', () => {
    expect(checkLicenceValidity({ text: CHINESE_LICENCE, asOf: '2026-10-01' })).toMatchObject({
      code: 'LICENCE_VALID_INDEFINITELY',
      status: 'pass',
    });
  });

  it('fails a licence whose business term has ended', () => {
    const text = CHINESE_LICENCE.replace('至 长期', '至 2025年06月11日');
    expect(checkLicenceValidity({ text, asOf: '2026-10-01' })).toMatchObject({
      code: 'LICENCE_EXPIRED',
      status: 'fail',
      evidence: { expiry: '2025-06-11' },
    });
  });

  it('warns when a licence shows no end date', () => {
    const text =
      'Certificate of Incorporation of a Private Limited Company\nCompany number 08123456\n3 June 2012';
    expect(checkLicenceValidity({ text, asOf: '2026-10-01', country: 'GB' })).toMatchObject({
      code: 'LICENCE_EXPIRY_NOT_FOUND',
      status: 'warn',
    });
  });
});

describe('checkValidity', () => {
  it('applies the requirement window to a bill and the expiry to an ID', () => {
    const bill = checkValidity({
      type: 'utility_bill',
      text: US_UTILITY_BILL,
      asOf: '2026-12-01',
      country: 'US',
      rules: { issued_within_days: 60 },
    });
    expect(bill.map((c) => c.code)).toEqual(['DOCUMENT_TOO_OLD']);
    const id = checkValidity({ type: 'government_id', text: PASSPORT_TEXT, asOf: '2026-12-01' });
    expect(id.map((c) => c.code)).toEqual(['ID_VALID']);
    expect(checkValidity({ type: 'other', text: 'x', asOf: '2026-12-01' })).toEqual([]);
  });
});

describe('validity dates in the forms real documents print (issue 12)', () => {
  const asOf = '2026-10-01';
  it.each([
    ['Business Term: 2019-06-18 to 2049-06-17', '2049-06-17'],
    ['营业期限 2019年06月18日至2049年06月17日', '2049-06-17'],
    ['Term of Operation: 18/06/2019 - 17/06/2049', '2049-06-17'],
    ['Period of validity 18 June 2019 to 17 June 2049', '2049-06-17'],
    ['Valid from June 18, 2019 until June 17, 2049', '2049-06-17'],
  ])('reads the end of the range in %s', (text, expiry) => {
    expect(checkLicenceValidity({ text, asOf })).toMatchObject({
      code: 'LICENCE_VALID',
      evidence: { expiry },
    });
  });

  it('fails a licence whose range ended', () => {
    const check = checkLicenceValidity({ text: 'Business Term: 2006-06-18 to 2026-06-17', asOf });
    expect(check).toMatchObject({ code: 'LICENCE_EXPIRED', status: 'fail' });
  });

  it.each(['营业期限 2018年07月21日至长期', '营业期限：长期', 'Business Term: 2018-07-21 to long-term'])(
    'passes a licence without end: %s',
    (text) => {
      expect(checkLicenceValidity({ text, asOf })).toMatchObject({ code: 'LICENCE_VALID_INDEFINITELY' });
    },
  );

  it('passes a PRC ID card valid for life (2018.07.21-长期) and fails one whose range ended', () => {
    expect(checkIdExpiry({ text: '有效期限 2018.07.21-长期', asOf })).toMatchObject({ code: 'ID_VALID' });
    expect(checkIdExpiry({ text: '有效期限 2006.07.21-2026.07.21', asOf })).toMatchObject({
      code: 'ID_EXPIRED',
    });
  });
});
