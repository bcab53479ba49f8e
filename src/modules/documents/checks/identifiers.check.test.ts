import { describe, expect, it } from 'vitest';
import {
  CHINESE_LICENCE,
  PASSPORT_MRZ,
  PASSPORT_MRZ_TAMPERED,
  PASSPORT_TEXT,
  UK_BANK_STATEMENT,
} from './fixtures.test-data.js';
import { checkIdentifiers, checkMrz } from './text.test-support.js';

const outcomes = (text: string) =>
  checkIdentifiers({ text }).map((c) => [c.code, c.status, c.evidence.value]);

describe('identifiers', () => {
  it('passes the USCC of a Chinese business licence', () => {
    expect(outcomes(CHINESE_LICENCE)).toEqual([['USCC_VALID', 'pass', '91440300MA5FQ2KX4M']]);
  });

  it('fails a licence whose USCC has one character changed', () => {
    const checks = checkIdentifiers({ text: CHINESE_LICENCE.replace('MA5FQ2KX4M', 'MA5FQ2KX4N') });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      code: 'USCC_CHECKSUM',
      status: 'fail',
      evidence: { failure: 'checksum' },
    });
    expect(checks[0]!.message.zh).toContain('统一社会信用代码 91440300MA5FQ2KX4N 校验位不正确');
  });

  it('reads a labelled USCC with a 19th character against it whole, not cut at 18 (seed 61 #33)', () => {
    // Cut at 18, `91440101MA1LBMQ7UX` hides the added `L` behind a wrong check character.
    const line = 'Unified social Credit Code: 91440101MA1LBMQ7UXM\nName: Guangzhou Julong Trading Co., Ltd.';
    expect(outcomes(line)).toEqual([['USCC_CHECKSUM', 'fail', '91440101MA1LBMQ7UXM']]);
    expect(outcomes('Unified Social Credit Code: 91440101MA1BMQ7UXM Name')).toEqual([
      ['USCC_VALID', 'pass', '91440101MA1BMQ7UXM'],
    ]);
  });

  it('checks the IBAN and company number of a UK bank statement, and not the account number', () => {
    expect(outcomes(UK_BANK_STATEMENT)).toEqual([
      ['IBAN_VALID', 'pass', 'GB33BUKB20201555555555'],
      ['UK_COMPANY_NUMBER_VALID', 'pass', '08123456'],
    ]);
    expect(outcomes(UK_BANK_STATEMENT.replace('5555 55', '5555 56'))[0]).toEqual([
      'IBAN_CHECKSUM',
      'fail',
      'GB33BUKB20201555555556',
    ]);
  });

  it('reads an IBAN followed by a BIC on the same line', () => {
    expect(outcomes('IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX')).toEqual([
      ['IBAN_VALID', 'pass', 'DE89370400440532013000'],
    ]);
  });

  it('checks a PRC resident ID number, an EIN and a VAT number', () => {
    expect(outcomes('公民身份号码 11010519491231002X')).toEqual([
      ['PRC_ID_VALID', 'pass', '11010519491231002X'],
    ]);
    expect(outcomes('公民身份号码 110105194912310021')[0]?.[0]).toBe('PRC_ID_CHECKSUM');
    expect(outcomes('Employer Identification Number: 12-3456789')).toEqual([
      ['EIN_VALID', 'pass', '123456789'],
    ]);
    expect(outcomes('EIN 00-3456789')[0]?.[0]).toBe('EIN_FORMAT');
    expect(outcomes('VAT No. DE 136 695 976')).toEqual([['EU_VAT_VALID', 'pass', 'DE136695976']]);
    expect(outcomes('VAT Reg No: GB 980 7806 85')[0]?.[0]).toBe('EU_VAT_FORMAT');
  });

  it('finds nothing in text without identifiers', () => {
    expect(outcomes('Account 43917621, phone +44 161 496 0000, order 2026091512345678')).toEqual([]);
  });
});

describe('MRZ', () => {
  it('passes a TD3 passport zone and gives its fields as evidence', () => {
    const { check } = checkMrz({ text: PASSPORT_TEXT, mrzLines: PASSPORT_MRZ });
    expect(check).toMatchObject({
      code: 'MRZ_VALID',
      status: 'pass',
      evidence: { format: 'TD3', fields: { lastName: 'ERIKSSON', expirationDate: '320415' } },
    });
  });

  it('fails a TD3 zone with a tampered expiry check digit and names the fields', () => {
    const { check } = checkMrz({ text: PASSPORT_TEXT, mrzLines: PASSPORT_MRZ_TAMPERED });
    expect(check).toMatchObject({ code: 'MRZ_CHECK_DIGIT', status: 'fail' });
    expect(check?.evidence.failed).toEqual(['expirationDateCheckDigit', 'compositeCheckDigit']);
    expect(check?.message.en).toContain('(date of expiry, composite)');
  });

  it('finds the zone in OCR text, and warns when an expected zone is missing', () => {
    const text = `${PASSPORT_TEXT}\n\n${PASSPORT_MRZ_TAMPERED.join('\n')}`;
    expect(checkMrz({ text }).check?.evidence.lines).toEqual(PASSPORT_MRZ_TAMPERED);
    expect(checkIdentifiers({ text }).map((c) => c.code)).toEqual(['MRZ_CHECK_DIGIT']);
    expect(checkMrz({ text: PASSPORT_TEXT, expectMrz: true }).check).toMatchObject({
      code: 'MRZ_UNREADABLE',
      status: 'warn',
    });
    expect(checkMrz({ text: PASSPORT_TEXT }).check).toBeUndefined();
  });

  it('reads a zone as OCR gives it (spaces, « for <, dropped trailing fillers) with the extraction reader', () => {
    const [first, second] = PASSPORT_MRZ as [string, string];
    const ocr = [first.replace('<<ANNA', '«<ANNA').slice(0, -2), second.replace('UTO', ' UTO')];
    const { check } = checkMrz({ text: `${PASSPORT_TEXT}\n${ocr.join('\n')}` });
    expect(check).toMatchObject({ code: 'MRZ_VALID', evidence: { lines: PASSPORT_MRZ } });
  });
});

describe('labels inside words', () => {
  it('does not read "Vattenfall Europe" as a VAT number', () => {
    const codes = checkIdentifiers({
      text: 'Vattenfall Europe Sales GmbH\nAccount number: 8794 3239 088',
    }).map((c) => c.code);
    expect(codes).toEqual([]);
  });
});

describe('MRZ misreads', () => {
  const name = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
  const zone = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

  it('shows a composite digit that alone fails, without failing the document', () => {
    const [check] = checkIdentifiers({ text: '', mrzLines: [name, `${zone.slice(0, 43)}7`] });
    expect(check).toMatchObject({ code: 'MRZ_CHECK_DIGIT', status: 'warn' });
    const [edited] = checkIdentifiers({ text: '', mrzLines: [name, zone.replace('7408122', '7408132')] });
    expect(edited).toMatchObject({ code: 'MRZ_CHECK_DIGIT', status: 'fail' });
  });

  it('takes the printed document number when the zone misread a character of it', () => {
    const misread = [name, zone.replace('L898902C3', 'L8989O2C3')];
    expect(checkIdentifiers({ text: 'Passport No. L898902C3', mrzLines: misread })[0]).toMatchObject({
      code: 'MRZ_VALID',
    });
    expect(checkIdentifiers({ text: 'Passport No. L898903C3', mrzLines: misread })[0]).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
    });
  });
});

describe('MRZ dates misread', () => {
  const name = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
  const zone = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
  const misread = [name, zone.replace('7408122', '7403122')];

  it('takes the printed date of birth when the zone misread a digit of it', () => {
    const printed = 'Date of birth\n12 AUG 1974';
    expect(checkIdentifiers({ text: printed, mrzLines: misread })[0]).toMatchObject({ code: 'MRZ_VALID' });
    expect(checkIdentifiers({ text: 'Date of birth\n12 MAR 1974', mrzLines: misread })[0]).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
    });
  });
});

describe('MRZ check digits not read as digits', () => {
  const td1 = [
    'IDFRAAB12CD34E<F560<<<<<<<<<<<',
    '8503024F3102019FRA<<<<<<<<<<<4',
    'MUELLER<<ANNA<MARIA<<<<<<<<<<<',
  ];

  it('warns when OCR put a letter where a check digit is, and fails a wrong digit', () => {
    expect(checkIdentifiers({ text: '', mrzLines: td1 })[0]).toMatchObject({ code: 'MRZ_VALID' });
    const letter = [td1[0]!, td1[1]!.replace('8503024', '850302A'), td1[2]!];
    expect(checkIdentifiers({ text: '', mrzLines: letter })[0]).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'warn',
    });
    const edited = [td1[0]!.replace('F560', 'F563'), td1[1]!, td1[2]!];
    expect(checkIdentifiers({ text: '', mrzLines: edited })[0]).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
    });
  });
});
