import { describe, expect, it } from 'vitest';
import type { DocumentType, SellerRecord } from '../../sellers/index.js';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { DocumentReading } from '../reading/reading.schema.js';
import { runCheck } from './check.definition.js';
import { CHINESE_LICENCE, LEEDS_SELLER, PASSPORT_MRZ, PASSPORT_TEXT } from './fixtures.test-data.js';
import { identifiersCheck } from './identifiers.check.js';
import { registeredCodes } from './registry.js';
import { readText } from './text.test-support.js';

// The identifiers definition as preflight runs it: the reading's identifiers and zone, the
// identifiers the seller registered, and a zone expected only of an ID.

const rules = { asOf: '2026-10-01', limits: DOCUMENT_LIMITS };
const run = (reading: DocumentReading, seller: SellerRecord = LEEDS_SELLER) =>
  runCheck(identifiersCheck, reading, rules, seller).map((item) => `${item.code}:${item.status}`);
const read = (text: string, type: DocumentType) => readText(text, type);
const SLIPPED = CHINESE_LICENCE.replace('MA5FQ2KX4M', 'MA5FQ2KX4N');

describe('the identifiers definition', () => {
  it('says nothing of a document it could read no text from', () => {
    expect(run(read('  ', 'government_id'))).toEqual([]);
  });

  it('checks the zone of an ID it reads, and asks for one an ID lacks, but not of other documents', () => {
    expect(run(read(`${PASSPORT_TEXT}\n\n${PASSPORT_MRZ.join('\n')}`, 'government_id'))).toContain(
      'MRZ_VALID:pass',
    );
    expect(run(read(PASSPORT_TEXT, 'government_id'))).toEqual(['MRZ_UNREADABLE:warn']);
    expect(run(read(PASSPORT_TEXT, 'other'))).toEqual([]);
  });

  it('asks no zone of a driving licence or a PRC resident card, which have none', () => {
    const chinese: SellerRecord = {
      ...LEEDS_SELLER,
      legal_rep: { ...LEEDS_SELLER.legal_rep, nationality: 'CN' },
    };
    const card = (variant: string) => ({ ...read(PASSPORT_TEXT, 'government_id'), variant });
    expect(run(card('driving_licence'))).toEqual([]);
    expect(run(card('national_id'), chinese)).toEqual([]);
    expect(run(card('national_id'))).toEqual(['MRZ_UNREADABLE:warn']);
  });

  it('says a zone searched for on the whole photo was not there', () => {
    expect(run({ ...read(PASSPORT_TEXT, 'government_id'), zoneSearched: true })).toEqual([
      'MRZ_NOT_FOUND:warn',
    ]);
  });

  it('fails a code that does not add up, and warns when it is an OCR slip of the code the seller registered', () => {
    expect(run(read(SLIPPED, 'business_license'))).toEqual(['USCC_CHECKSUM:fail']);
    const registered: SellerRecord = {
      ...LEEDS_SELLER,
      entity_type: 'business',
      business: { legal_name: '深圳市明星贸易有限公司', registration_number: '91440300MA5FQ2KX4M' },
    } as SellerRecord;
    expect(run(read(SLIPPED, 'business_license'), registered)).toEqual(['USCC_CHECKSUM:warn']);
    const byIdNumber = {
      ...LEEDS_SELLER,
      legal_rep: { ...LEEDS_SELLER.legal_rep, id_number: '91440300MA5FQ2KX4M' },
    };
    expect(run(read(SLIPPED, 'business_license'), byIdNumber)).toEqual(['USCC_CHECKSUM:warn']);
    const empty = { ...LEEDS_SELLER, legal_rep: { ...LEEDS_SELLER.legal_rep, id_number: '' } };
    expect(run(read(SLIPPED, 'business_license'), empty)).toEqual(['USCC_CHECKSUM:fail']);
  });

  it('gives only items of its group and codes', () => {
    const items = runCheck(identifiersCheck, read(CHINESE_LICENCE, 'business_license'), rules, LEEDS_SELLER);
    expect(items.map((item) => [item.group, item.code])).toEqual([['identifiers', 'USCC_VALID']]);
    const codes = registeredCodes()
      .filter((entry) => entry.check === 'identifiers')
      .map((entry) => entry.code);
    expect(codes).toHaveLength(16);
    expect(codes).toContain('MRZ_NOT_FOUND');
  });
});
