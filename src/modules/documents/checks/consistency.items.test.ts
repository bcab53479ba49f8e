import { describe, expect, it } from 'vitest';
import type { DocumentType, SellerRecord } from '../../sellers/index.js';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { DocumentReading, ReadField, ReadPage } from '../reading/reading.schema.js';
import { runCheck } from './check.definition.js';
import { checkItem } from './check.types.js';
import {
  checkBillAddress,
  checkConsistency,
  checkIdMatchesRepresentative,
  consistencyCheck,
  crossDocumentChecks,
  findRegisteredField,
  readIdHolder,
} from './consistency.check.js';
import { readText } from './text.test-support.js';

// The consistency items as preflight stores them, every field of each, on readings built here
// (pages and fields), so that each branch is reached on purpose: which registered values each
// document type must show, the zone's birth date, an OCR'd date with a character unread, and
// the checks across documents.

const SELLER: SellerRecord = {
  seller_id: 'S9',
  entity_type: 'business',
  business: {
    legal_name: 'Brightline Trading Ltd',
    registration_number: '08123456',
    address: {
      line1: '22 Pridham St',
      line2: 'Flat 3',
      city: 'Manchester',
      postal_code: 'M1 4BT',
      country: 'GB',
    },
  },
  address: { line1: '1 Other Road', city: 'Leeds', postal_code: 'LS1 1AA', country: 'GB' },
  legal_rep: { full_name: 'Olivia Brown', date_of_birth: '1974-08-12', id_number: 'L898902C3' },
};
const INDIVIDUAL: SellerRecord = {
  seller_id: 'S10',
  entity_type: 'individual',
  address: { line1: '1420 North Orange Road', city: 'Fresno', postal_code: '93722', country: 'US' },
  legal_rep: { full_name: 'John A. Smith' },
};

const ALL = `Brightline Trading Limited
Company number 08123456
Director: Olivia Brown
Date of birth 12/08/1974
Passport No. L898902C3
Flat 3, 22 Pridham Street
Manchester M1 4BT`;

const page = (text: string, source: ReadPage['source'] = 'text_layer', at = 1): ReadPage => ({
  file: 1,
  page: at,
  source,
  text,
});
const reading = (...pages: ReadPage[]) => ({ pages });
const statuses = (items: readonly { evidence: Readonly<Record<string, unknown>>; status: string }[]) =>
  items.map((item) => `${item.evidence.field}:${item.status}`);

describe('the registered values each document type must show', () => {
  it('asks each type for its own fields, in order', () => {
    const expected: Record<DocumentType, string[]> = {
      business_license: ['legal_name', 'registration_number', 'legal_rep_name'],
      government_id: ['legal_rep_name', 'date_of_birth', 'id_number'],
      utility_bill: ['address'],
      bank_statement: ['legal_name', 'address'],
      credit_card_statement: ['legal_name', 'address'],
      supplier_invoice: ['legal_name'],
      other: [],
    };
    for (const [type, fields] of Object.entries(expected)) {
      const items = checkConsistency({
        type: type as DocumentType,
        reading: reading(page(ALL)),
        seller: SELLER,
      });
      expect(statuses(items), type).toEqual(fields.map((f) => `${f}:pass`));
    }
  });

  it("asks for the requirement's must_show instead, each once, ignoring names it does not know", () => {
    const items = (mustShow: string[]) =>
      statuses(checkConsistency({ type: 'other', reading: reading(page(ALL)), seller: SELLER, mustShow }));
    expect(
      items([
        'registered_name',
        'registered_address',
        'registration_number',
        'legal_rep_name',
        'date_of_birth',
        'id_number',
      ]),
    ).toEqual([
      'legal_name:pass',
      'address:pass',
      'registration_number:pass',
      'legal_rep_name:pass',
      'date_of_birth:pass',
      'id_number:pass',
    ]);
    expect(items(['id_number', 'colour', 'id_number'])).toEqual(['id_number:pass']);
    // an empty must_show asks for nothing, whatever the type would
    expect(
      checkConsistency({
        type: 'business_license',
        reading: reading(page(ALL)),
        seller: SELLER,
        mustShow: [],
      }),
    ).toEqual([]);
  });

  it('asks nothing of a value the seller did not register', () => {
    const items = checkConsistency({
      type: 'government_id',
      reading: reading(page(ALL)),
      seller: INDIVIDUAL,
    });
    expect(statuses(items)).toEqual(['legal_rep_name:fail']);
    const noAddress: SellerRecord = { seller_id: 'S11', entity_type: 'individual', legal_rep: {} };
    expect(
      checkConsistency({ type: 'bank_statement', reading: reading(page(ALL)), seller: noAddress }),
    ).toEqual([]);
    expect(
      checkConsistency({
        type: 'utility_bill',
        reading: reading(page(ALL)),
        seller: { ...noAddress, address: {} },
      }),
    ).toEqual([]);
  });
});

describe('the items', () => {
  it('passes a value found, with the registered value, what matched and how closely, and the field named', () => {
    const [item] = checkConsistency({
      type: 'other',
      reading: reading(page('Account holder: Olivia Brown')),
      seller: SELLER,
      mustShow: ['legal_rep_name'],
    });
    expect(item).toEqual(
      checkItem(
        'consistency',
        'FIELD_FOUND',
        'pass',
        {
          field: 'legal_rep_name',
          expected: 'Olivia Brown',
          found: true,
          matched: 'Olivia Brown',
          similarity: 1,
        },
        {},
        { en: { field: "legal representative's name" }, zh: { field: '法定代表人姓名' } },
      ),
    );
    expect(item?.message.en).toBe("The registered legal representative's name appears on the document.");
  });

  it('fails a value not found, naming the registered value, with the similarity rounded to three places', () => {
    const [item] = checkConsistency({
      type: 'other',
      reading: reading(page('Account holder: Zhang Wen')),
      seller: { ...SELLER, legal_rep: { full_name: 'Zhang Wei' } },
      mustShow: ['legal_rep_name'],
    });
    expect(item).toMatchObject({
      group: 'consistency',
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
      evidence: { field: 'legal_rep_name', expected: 'Zhang Wei', found: false, similarity: 0.933 },
    });
    expect(item?.message.en).toBe(
      'The registered legal representative\'s name ("Zhang Wei") was not found on the document. Upload a document that shows it, or update your account details.',
    );
    expect(item?.message.zh).toContain('法定代表人姓名（“Zhang Wei”）');
  });

  it('gives the registered address as one line, the business address before the personal one', () => {
    const [business] = checkConsistency({
      type: 'utility_bill',
      reading: reading(page(ALL)),
      seller: SELLER,
    });
    expect(business?.evidence.expected).toBe('22 Pridham St, Flat 3, Manchester, M1 4BT');
    expect(business?.status).toBe('pass');
    const [personal] = checkConsistency({
      type: 'utility_bill',
      reading: reading(page(ALL)),
      seller: INDIVIDUAL,
    });
    expect(personal?.evidence.expected).toBe('1420 North Orange Road, Fresno, 93722');
    expect(personal?.status).toBe('fail');
  });

  it("reads a business's legal name as a company's, an individual's as a person's", () => {
    const [business] = checkConsistency({
      type: 'supplier_invoice',
      reading: reading(page('Bill to: BRIGHTLINE TRADING LIMITED')),
      seller: SELLER,
    });
    expect(business).toMatchObject({ status: 'pass', evidence: { expected: 'Brightline Trading Ltd' } });
    const [person] = checkConsistency({
      type: 'supplier_invoice',
      reading: reading(page('Bill to: SMITH, JOHN A')),
      seller: INDIVIDUAL,
    });
    expect(person).toMatchObject({ status: 'pass', evidence: { expected: 'John A. Smith' } });
  });

  it('reads a registered date the way the document country writes dates', () => {
    const dob = (country?: string) =>
      checkConsistency({
        type: 'other',
        reading: reading(page('Date of birth 08/12/1974')),
        seller: SELLER,
        mustShow: ['date_of_birth'],
        ...(country ? { country } : {}),
      })[0]?.status;
    expect(dob('US')).toBe('pass');
    expect(dob('GB')).toBe('fail');
  });

  it('does not read pages nothing could be read from', () => {
    const none = { ...page('Olivia Brown', 'ocr'), source: 'none' as const };
    expect(findRegisteredField(reading(none), SELLER, 'legal_rep_name')?.isFound).toBe(false);
    expect(
      findRegisteredField(reading(page('x'), page('Olivia Brown', 'ocr', 2)), SELLER, 'legal_rep_name')
        ?.isFound,
    ).toBe(true);
    expect(findRegisteredField(reading(page(ALL)), INDIVIDUAL, 'registration_number')).toBeUndefined();
  });
});

describe('a date of birth read another way', () => {
  const zone = [
    'P<UTOBROWN<<OLIVIA<<<<<<<<<<<<<<<<<<<<<<<<<<',
    'L898902C36UTO7408122F3204153ZE184226B<<<<<16',
  ];
  const ocrMiss = '出生 1974年8月:日';

  it("passes a birth date the text does not give but the zone's checked digits do", () => {
    const [item] = checkConsistency({
      type: 'government_id',
      reading: {
        pages: [page('Date of birth: see below')],
        zone: { format: 'TD3', lines: zone, read: 'photo' },
      },
      seller: SELLER,
      mustShow: ['date_of_birth'],
    });
    expect(item).toEqual(
      checkItem(
        'consistency',
        'FIELD_FOUND',
        'pass',
        {
          field: 'date_of_birth',
          expected: '1974-08-12',
          found: true,
          matched: 'machine-readable zone',
          similarity: 1,
          source: 'mrz',
        },
        {},
        { en: { field: 'date of birth' }, zh: { field: '出生日期' } },
      ),
    );
  });

  it('does not take the zone for any other field', () => {
    const seller = { ...SELLER, legal_rep: { ...SELLER.legal_rep, id_number: '19740812' } };
    const [item] = checkConsistency({
      type: 'government_id',
      reading: {
        pages: [page('Document number: see below')],
        zone: { format: 'TD3', lines: zone, read: 'photo' },
      },
      seller,
      mustShow: ['id_number'],
    });
    expect(item).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(item?.evidence).not.toHaveProperty('source');
  });

  it('warns on an OCR read that is the birth date with a character unread, naming both', () => {
    const [item] = checkConsistency({
      type: 'other',
      reading: reading(page('Name: Olivia Brown'), page(ocrMiss, 'ocr', 2)),
      seller: SELLER,
      mustShow: ['date_of_birth'],
    });
    expect(item).toMatchObject({
      group: 'consistency',
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: {
        field: 'date_of_birth',
        expected: '1974-08-12',
        found: false,
        matched: ocrMiss,
        misreadOf: '1974-08-12',
      },
    });
    expect(item?.message.en).toBe(
      `The registered date of birth ("1974-08-12") seems to be printed on the document ("${ocrMiss}"), but part of it could not be read. Upload a sharper, straight copy so it can be confirmed.`,
    );
  });

  it('fails the same near miss in a text layer, which is exact', () => {
    const [item] = checkConsistency({
      type: 'other',
      reading: reading(page(ocrMiss)),
      seller: SELLER,
      mustShow: ['date_of_birth'],
    });
    expect(item).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(item?.evidence).not.toHaveProperty('misreadOf');
  });
});

const fieldsReading = (fields: ReadField[]) => ({ fields });
const name = (
  kind: 'holder_name' | 'representative',
  value: string,
  source: 'mrz' | 'ocr' = 'ocr',
): ReadField => ({
  name: kind,
  value,
  file: 1,
  page: 1,
  confidence: 1,
  source,
  reader: 'test',
});

describe('the ID holder and the licence representative', () => {
  it("reads the zone's name first, else the first name read, and nothing from an empty name", () => {
    expect(
      readIdHolder(fieldsReading([name('holder_name', 'ANNA'), name('holder_name', 'ERIKSSON ANNA', 'mrz')])),
    ).toBe('ERIKSSON ANNA');
    expect(readIdHolder(fieldsReading([name('holder_name', 'ANNA'), name('holder_name', 'BERTA')]))).toBe(
      'ANNA',
    );
    expect(
      readIdHolder(fieldsReading([name('holder_name', '', 'mrz'), name('holder_name', 'ANNA')])),
    ).toBeUndefined();
    expect(readIdHolder(fieldsReading([]))).toBeUndefined();
  });

  it('passes the same name, and a close one with a similarity of at least 0.9, with both names as evidence', () => {
    const match = (idName: string, representative: string) =>
      checkIdMatchesRepresentative(
        fieldsReading([name('holder_name', idName)]),
        fieldsReading([name('representative', representative), name('representative', 'Someone Else')]),
      );
    expect(match('ZHANG WEI', '张伟')).toEqual(
      checkItem('consistency', 'ID_NAME_MATCHES_REPRESENTATIVE', 'pass', {
        idName: 'ZHANG WEI',
        representative: '张伟',
        agreement: 'exact',
        similarity: 1,
      }),
    );
    expect(match('Jonathan Smith', 'Jonathon Smith')).toMatchObject({
      status: 'pass',
      evidence: { agreement: 'strong', similarity: 0.969 },
    });
    expect(match('Anna Maria Eriksson', 'Anna Eriksson')).toEqual(
      checkItem(
        'consistency',
        'ID_NAME_MISMATCH',
        'fail',
        {
          idName: 'Anna Maria Eriksson',
          representative: 'Anna Eriksson',
          agreement: 'strong',
          similarity: 0.828,
        },
        { idName: 'Anna Maria Eriksson', representative: 'Anna Eriksson' },
      ),
    );
    expect(match('Zhang Wei', 'Zhang Wen')).toMatchObject({
      code: 'ID_NAME_MISMATCH',
      evidence: { agreement: 'partial', similarity: 0.933 },
    });
  });

  it('gives no item when either name is missing', () => {
    const id = fieldsReading([name('holder_name', 'ZHANG WEI')]);
    const licence = fieldsReading([name('representative', '张伟')]);
    expect(checkIdMatchesRepresentative(fieldsReading([]), licence)).toBeUndefined();
    expect(checkIdMatchesRepresentative(id, fieldsReading([]))).toBeUndefined();
  });
});

describe('the address on a bill', () => {
  it('passes the registered address found, with the address as one line and what matched', () => {
    const item = checkBillAddress(reading(page(ALL)), SELLER);
    expect(item).toMatchObject({
      group: 'consistency',
      code: 'BILL_ADDRESS_MATCHES',
      status: 'pass',
      evidence: { registered: '22 Pridham St, Flat 3, Manchester, M1 4BT', found: true },
    });
    expect(Object.keys(item?.evidence ?? {})).toEqual(['registered', 'found', 'matched', 'similarity']);
    expect(item?.message.en).toBe('The address on the bill matches the registered address.');
  });

  it('fails another address, and says nothing without a registered one', () => {
    const item = checkBillAddress(reading(page('Flat 9, 40 Other Street\nLeeds LS2 9JT')), SELLER);
    expect(item).toMatchObject({
      group: 'consistency',
      code: 'BILL_ADDRESS_MISMATCH',
      status: 'fail',
      evidence: { found: false },
    });
    expect(item?.evidence.similarity).toBe(Math.round((item?.evidence.similarity as number) * 1000) / 1000);
    expect(
      checkBillAddress(reading(page(ALL)), { seller_id: 'S', entity_type: 'individual', legal_rep: {} }),
    ).toBe(undefined);
  });
});

describe('across documents', () => {
  const doc = (type: DocumentType, text: string, fields: ReadField[] = []): DocumentReading => {
    const read = readText(text, type);
    return { ...read, fields: [...read.fields, ...fields] };
  };

  it('holds each ID against the first licence, each bill and bank statement against the address, nothing else', () => {
    const readings = [
      doc('government_id', '', [name('holder_name', 'ZHANG WEI', 'mrz')]),
      doc('business_license', '', [name('representative', '张伟')]),
      doc('business_license', '', [name('representative', '李娜')]),
      doc('utility_bill', ALL),
      doc('bank_statement', 'Flat 9, 40 Other Street\nLeeds LS2 9JT'),
      doc('credit_card_statement', ALL),
      doc('supplier_invoice', ALL, [name('holder_name', 'ZHANG WEI', 'mrz')]),
    ];
    expect(crossDocumentChecks(readings, SELLER).map((r) => [r.type, r.checks.map((c) => c.code)])).toEqual([
      ['government_id', ['ID_NAME_MATCHES_REPRESENTATIVE']],
      ['business_license', []],
      ['business_license', []],
      ['utility_bill', ['BILL_ADDRESS_MATCHES']],
      ['bank_statement', ['BILL_ADDRESS_MISMATCH']],
      ['credit_card_statement', []],
      ['supplier_invoice', []],
    ]);
  });
});

describe('the definition', () => {
  const rules = { asOf: '2026-10-01', limits: DOCUMENT_LIMITS };
  const run = (read: DocumentReading, extra: object = {}) =>
    runCheck(consistencyCheck, read, { ...rules, ...extra }, SELLER).map(
      (item) => `${item.group}:${item.evidence.field}:${item.status}`,
    );

  it('checks the fields of the document type, or of the requirement', () => {
    expect(run(readText(ALL, 'bank_statement'))).toEqual([
      'consistency:legal_name:pass',
      'consistency:address:pass',
    ]);
    expect(run(readText(ALL, 'bank_statement'), { requirement: { must_show: ['id_number'] } })).toEqual([
      'consistency:id_number:pass',
    ]);
    expect(run(readText(ALL, 'bank_statement'), { requirement: {} })).toEqual([
      'consistency:legal_name:pass',
      'consistency:address:pass',
    ]);
  });

  it('reads dates as the document country writes them', () => {
    const text = 'Date of birth 08/12/1974';
    const must = { requirement: { must_show: ['date_of_birth'] } };
    expect(run(readText(text, 'government_id', 'US'), must)).toEqual(['consistency:date_of_birth:pass']);
    expect(run(readText(text, 'government_id', 'GB'), must)).toEqual(['consistency:date_of_birth:fail']);
  });

  it('says nothing of a document it could read no text from', () => {
    expect(run(readText('   ', 'bank_statement'))).toEqual([]);
  });

  it('declares its codes, and that a misread alone can fail FIELD_NOT_FOUND', () => {
    expect(consistencyCheck.id).toBe('consistency');
    expect(consistencyCheck.group).toBe('consistency');
    expect(Object.keys(consistencyCheck.codes)).toEqual([
      'FIELD_FOUND',
      'FIELD_NOT_FOUND',
      'FIELD_UNCLEAR',
      'FIELD_UNREAD',
    ]);
    expect(consistencyCheck.misreadCanFail).toEqual(['FIELD_NOT_FOUND']);
  });
});
