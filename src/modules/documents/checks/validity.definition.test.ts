import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../sellers/index.js';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { Extraction } from '../extract/document.extract.js';
import { findMrz } from '../extract/mrz.js';
import { readDocument } from '../reading/read-document.js';
import type { DocumentReading } from '../reading/reading.schema.js';
import { type CheckRules, runCheck } from './check.definition.js';
import {
  CHINESE_LICENCE,
  LEEDS_SELLER,
  PASSPORT_MRZ,
  PASSPORT_TEXT,
  US_UTILITY_BILL,
} from './fixtures.test-data.js';
import { readText } from './text.test-support.js';
import { validityCheck } from './validity.check.js';

// The validity definition as preflight runs it: the reading's dates, its zone's expiry, its
// validity term and the requirement's rules go in; the items of the document's type come out.

const run = (reading: DocumentReading, rules: Partial<CheckRules> = {}) =>
  runCheck(validityCheck, reading, { asOf: '2026-10-01', limits: DOCUMENT_LIMITS, ...rules }, LEEDS_SELLER);
const codes = (reading: DocumentReading, rules: Partial<CheckRules> = {}) =>
  run(reading, rules).map((item) => `${item.code}:${item.status}`);
const read = (text: string, type: DocumentType) => readText(text, type);

describe('the validity definition', () => {
  it('says nothing of a document it could read no text from', () => {
    expect(run(read(' \n ', 'government_id'))).toEqual([]);
    expect(run(read('', 'utility_bill'))).toEqual([]);
  });

  it('holds an ID to its printed expiry, every item in the validity group', () => {
    const items = run(read(PASSPORT_TEXT, 'government_id'));
    expect(items).toEqual([
      expect.objectContaining({
        group: 'validity',
        code: 'ID_VALID',
        status: 'pass',
        evidence: expect.objectContaining({ expiry: '2032-04-15', source: 'label', asOf: '2026-10-01' }),
      }),
    ]);
    expect(codes(read(PASSPORT_TEXT, 'government_id'), { asOf: '2032-04-16' })).toEqual(['ID_EXPIRED:fail']);
  });

  it('takes the zone’s expiry when the page prints none, and drops a zone date that is no date', () => {
    const card = { ...read('IDENTITY CARD\nSurname SMITH', 'government_id') };
    const zoned = (expiry: string): DocumentReading => ({
      ...card,
      zone: { format: 'TD1', lines: [], read: 'extraction', expiry },
    });
    expect(run(zoned('300115'))).toEqual([
      expect.objectContaining({
        code: 'ID_VALID',
        evidence: expect.objectContaining({ expiry: '2030-01-15', source: 'mrz' }),
      }),
    ]);
    expect(codes(zoned('250115'))).toEqual(['ID_EXPIRED:fail']);
    expect(codes(zoned('301345'))).toEqual(['ID_EXPIRY_NOT_FOUND:fail']);
    expect(codes(card)).toEqual(['ID_EXPIRY_NOT_FOUND:fail']);
  });

  it('takes no zone expiry its check digit does not confirm: the printed dates decide (held-out seed 109 #37)', () => {
    // The page's dates printed without their labels, the zone read from the page by extraction.
    const printed = PASSPORT_TEXT.replace('Date of birth    Date of issue    Date of expiry\n', '');
    const withZone = (zone: readonly string[]) => {
      const text = `${printed}\n${zone.join('\n')}`;
      const extraction = {
        type: { kind: 'image', mime: 'image/jpeg' },
        pages: [{ page: 1, source: 'ocr', confidence: 90, text }],
        mrz: findMrz(text),
        unavailableLanguages: [],
        ocrFailures: [],
      } as unknown as Extraction;
      return readDocument({ type: 'government_id', files: [{ name: 'id.jpg', sha256: '', extraction }] });
    };
    // The zone's expiry 320415 misread 220415, its digit as printed: not expired.
    const misread = [PASSPORT_MRZ[0]!, PASSPORT_MRZ[1]!.replace('F3204153', 'F2204153')];
    expect(run(withZone(misread))).toEqual([
      expect.objectContaining({
        code: 'ID_VALID',
        evidence: expect.objectContaining({ expiry: '2032-04-15' }),
      }),
    ]);
    expect(run(withZone(PASSPORT_MRZ))[0]?.evidence).toMatchObject({ source: 'mrz', expiry: '2032-04-15' });
  });

  it('passes a licence valid 长期 through its validity term', () => {
    const licence = read(CHINESE_LICENCE, 'business_license');
    expect(codes(licence)).toEqual(['LICENCE_VALID_INDEFINITELY:pass']);
    expect(
      codes({
        ...licence,
        fields: licence.fields.filter((f) => f.name !== 'validity_term' && f.name !== 'date'),
      }),
    ).toEqual(['LICENCE_EXPIRY_NOT_FOUND:warn']);
  });

  it('applies the requirement’s window and its `unexpired`, and the 90 days of a bill without one', () => {
    const bill = read(US_UTILITY_BILL, 'utility_bill');
    expect(codes(bill)).toEqual(['ISSUED_RECENTLY:pass']);
    expect(codes(bill, { requirement: { issued_within_days: 10 } })).toEqual(['DOCUMENT_TOO_OLD:fail']);
    expect(codes(bill, { asOf: '2027-01-01' })).toEqual(['DOCUMENT_TOO_OLD:fail']);
    const passport = read(PASSPORT_TEXT, 'government_id');
    expect(codes(passport, { requirement: { unexpired: false } })).toEqual([]);
    expect(codes(passport, { requirement: { issued_within_days: 30 } })).toEqual([
      'ID_VALID:pass',
      'DOCUMENT_TOO_OLD:fail',
    ]);
  });
});
