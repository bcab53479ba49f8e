import { comparePersonNames, hasHan, normalisePersonName } from '../../matching/index.js';
import type { DocumentType, SellerRecord } from '../../sellers/index.js';
import { nameOneHanOffAt } from '../reading/locate/company.words.js';
import { findUnclearDate, isZoneBirthDate } from '../reading/locate/date.unclear.js';
import { type FieldMatch, locateInReading } from '../reading/locate/locate.js';
import { type DocumentReading, fieldsNamed, readingText } from '../reading/reading.schema.js';
import { defineCheck, messagesOf } from './check.definition.js';
import { type CheckItem, checkItem } from './check.types.js';
import { weighIdentity, weighLicence } from './consistency.identity.js';
import { weighNameMismatch } from './consistency.vouched.js';
import { FIELD_LABELS, type RegisteredField } from './messages.js';
import { hasText } from './validity.check.js';

/**
 * Consistency: each registered value of the seller found, or not, in a document's text; and
 * across documents, the ID's holder is the licence's representative and the bill's address is
 * the registered one. Which values a document must show depends on its type (or the
 * requirement's `must_show`).
 */

/** The registered values each document type is expected to show. */
const FIELDS_BY_TYPE: Readonly<Record<DocumentType, readonly RegisteredField[]>> = {
  business_license: ['legal_name', 'registration_number', 'legal_rep_name'],
  government_id: ['legal_rep_name', 'date_of_birth', 'id_number'],
  utility_bill: ['address'],
  bank_statement: ['legal_name', 'address'],
  credit_card_statement: ['legal_name', 'address'],
  supplier_invoice: ['legal_name'],
  other: [],
};

/** `must_show` names of the requirement rules (SPEC section 4) as registered fields. */
const MUST_SHOW: Readonly<Record<string, RegisteredField>> = {
  registered_name: 'legal_name',
  registered_address: 'address',
  registration_number: 'registration_number',
  legal_rep_name: 'legal_rep_name',
  date_of_birth: 'date_of_birth',
  id_number: 'id_number',
};

const registeredAddress = (seller: SellerRecord) => seller.business?.address ?? seller.address;

/** The registered value of a field as text, for messages; `undefined` when the seller has none. */
const registeredValue = (seller: SellerRecord, field: RegisteredField): string | undefined => {
  switch (field) {
    case 'legal_name':
      return seller.business?.legal_name ?? seller.legal_rep.full_name;
    case 'registration_number':
      return seller.business?.registration_number;
    case 'legal_rep_name':
      return seller.legal_rep.full_name;
    case 'date_of_birth':
      return seller.legal_rep.date_of_birth;
    case 'id_number':
      return seller.legal_rep.id_number;
    case 'address': {
      const a = registeredAddress(seller);
      return a && [a.line1, a.line2, a.city, a.postal_code].filter(Boolean).join(', ');
    }
  }
};

/** Where one registered field appears in the reading. */
export function findRegisteredField(
  reading: Pick<DocumentReading, 'pages'>,
  seller: SellerRecord,
  field: RegisteredField,
  country?: string,
): FieldMatch | undefined {
  const value = registeredValue(seller, field);
  if (!value) return undefined;
  switch (field) {
    case 'legal_name':
      return locateInReading(reading, { kind: seller.business ? 'company_name' : 'person_name', value });
    case 'registration_number':
    case 'id_number':
      return locateInReading(reading, { kind: 'identifier', value });
    case 'legal_rep_name':
      return locateInReading(reading, { kind: 'person_name', value });
    case 'date_of_birth':
      return locateInReading(reading, { kind: 'date', value, country });
    case 'address': {
      const address = registeredAddress(seller);
      return address ? locateInReading(reading, { kind: 'address', value: address }) : undefined;
    }
  }
}

export interface ConsistencyInput {
  readonly type: DocumentType;
  readonly reading: Pick<DocumentReading, 'pages'> & Partial<Pick<DocumentReading, 'zone' | 'fields'>>;
  readonly seller: SellerRecord;
  /** The requirement's `must_show`; when absent, the fields of `FIELDS_BY_TYPE`. */
  readonly mustShow?: readonly string[];
  /** The document's country (ISO alpha-2), which decides `10/12/2026`. */
  readonly country?: string;
}

/** One item per registered field the document should show: found (pass) or not found (fail). */
export function checkConsistency(input: ConsistencyInput): CheckItem[] {
  const fields = input.mustShow
    ? input.mustShow.flatMap((name) => (MUST_SHOW[name] ? [MUST_SHOW[name]] : []))
    : FIELDS_BY_TYPE[input.type];
  const checks: CheckItem[] = [];
  for (const field of new Set(fields)) {
    const expected = registeredValue(input.seller, field);
    const match = findRegisteredField(input.reading, input.seller, field, input.country);
    if (!expected || !match) continue;
    const evidence = {
      field,
      expected,
      found: match.isFound,
      matched: match.matched,
      similarity: round(match.similarity),
    };
    const labels = { en: { field: FIELD_LABELS[field].en }, zh: { field: FIELD_LABELS[field].zh } };
    if (match.isFound) {
      checks.push(checkItem('consistency', 'FIELD_FOUND', 'pass', evidence, {}, labels));
      continue;
    }
    // A date the printed text does not give back: the zone's check-digited birth date is the same
    // date read a second way; a near miss in OCR'd text is a misread to confirm, not a mismatch.
    if (field === 'date_of_birth' && isZoneBirthDate(input.reading.zone, expected)) {
      const zone = {
        ...evidence,
        found: true,
        matched: 'machine-readable zone',
        similarity: 1,
        source: 'mrz',
      };
      checks.push(checkItem('consistency', 'FIELD_FOUND', 'pass', zone, {}, labels));
      continue;
    }
    const unclear = isOcrRead(input.reading) ? unclearRead(field, match, input, expected) : undefined;
    checks.push(
      unclear
        ? checkItem(
            'consistency',
            'FIELD_UNCLEAR',
            'warn',
            { ...evidence, matched: unclear, misreadOf: expected },
            { expected, matched: unclear },
            labels,
          )
        : checkItem('consistency', 'FIELD_NOT_FOUND', 'fail', evidence, { expected }, labels),
    );
  }
  if (input.type === 'government_id') return weighIdentity(checks, input);
  return input.type === 'business_license' ? weighLicence(checks, input) : checks;
}

/**
 * A registered value printed with a character OCR could not read or read as a look-alike: a date
 * one or two characters off, an address whose 汉字 road is one character off (`locate`'s `unclear`),
 * a 汉字 name one 汉字 off where that 汉字 was read unsure. An ID's holder is not: the card's
 * number and date of birth weigh its name (`weighIdentity`).
 */
const unclearRead = (
  field: RegisteredField,
  match: FieldMatch,
  input: ConsistencyInput,
  expected: string,
): string | undefined => {
  const { reading } = input;
  if (field === 'date_of_birth') return findUnclearDate(readingText(reading), expected);
  const isCompany = field === 'legal_name' && Boolean(input.seller.business);
  const isPerson = !isCompany && (field === 'legal_name' || field === 'legal_rep_name');
  // A person's name only in 汉字 (the company rule's syllable test would take a line holding a
  // pinyin surname and one unsure 汉字 for a two-syllable name), and never an ID's holder.
  if (isCompany || (isPerson && hasHan(expected) && input.type !== 'government_id'))
    return unsureNameRead(reading, expected);
  return field === 'address' ? match.unclear : undefined;
};

/**
 * The registered name (a company's, an individual seller's, a licence's representative) one 汉字
 * off on a line where OCR read that very 汉字 unsure (seed 59 #32: 安鑫 read `安结`, `结` at 70
 * where the line's other 汉字 are 95–99; seed 83 #24: 邱雨婷 read `印雨婷`): a misread to confirm.
 * The same difference read surely is another name and stays a fail.
 */
const unsureNameRead = (reading: Pick<DocumentReading, 'pages'>, expected: string): string | undefined =>
  reading.pages
    .flatMap((page) => page.unsure ?? [])
    .find((line) => line.at.includes(nameOneHanOffAt(expected, line.text)))?.text;

/** Some of the document's text is OCR's (a text layer is exact: a near miss there is another value). */
const isOcrRead = (reading: Pick<DocumentReading, 'pages'>): boolean =>
  reading.pages.some((page) => page.source === 'ocr');

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The holder's name on an ID: the zone's when read, else the labelled name. */
export const readIdHolder = (reading: Pick<DocumentReading, 'fields'>): string | undefined => {
  const names = fieldsNamed(reading as DocumentReading, 'holder_name');
  return (names.find((n) => n.source === 'mrz') ?? names[0])?.value || undefined;
};

/** The legal representative written on a business licence, if labelled. */
const readRepresentative = (reading: Pick<DocumentReading, 'fields'>): string | undefined =>
  fieldsNamed(reading as DocumentReading, 'representative')[0]?.value;

/**
 * The name on the ID is the licence's legal representative. No item when either name cannot be
 * read: each document's own consistency items already report a registered name not found.
 */
export function checkIdMatchesRepresentative(
  id: Pick<DocumentReading, 'fields'>,
  licence: Pick<DocumentReading, 'fields'>,
): CheckItem | undefined {
  const idName = readIdHolder(id);
  const representative = readRepresentative(licence);
  if (!idName || !representative) return undefined;
  const { agreement, similarity } = comparePersonNames(
    normalisePersonName(idName),
    normalisePersonName(representative),
  );
  const evidence = { idName, representative, agreement, similarity: round(similarity) };
  return agreement === 'exact' || (agreement === 'strong' && similarity >= 0.9)
    ? checkItem('consistency', 'ID_NAME_MATCHES_REPRESENTATIVE', 'pass', evidence)
    : checkItem('consistency', 'ID_NAME_MISMATCH', 'fail', evidence, { idName, representative });
}

/** The address on a bill or statement is the seller's registered address. */
export function checkBillAddress(
  bill: Pick<DocumentReading, 'pages'>,
  seller: SellerRecord,
): CheckItem | undefined {
  const address = registeredAddress(seller);
  if (!address) return undefined;
  const match = locateInReading(bill, { kind: 'address', value: address });
  // Read one look-alike off: the bill's own address item asks to confirm it (FIELD_UNCLEAR).
  if (!match.isFound && match.unclear && isOcrRead(bill)) return undefined;
  const evidence = {
    registered: registeredValue(seller, 'address'),
    found: match.isFound,
    matched: match.matched,
    similarity: round(match.similarity),
  };
  return match.isFound
    ? checkItem('consistency', 'BILL_ADDRESS_MATCHES', 'pass', evidence)
    : checkItem('consistency', 'BILL_ADDRESS_MISMATCH', 'fail', evidence);
}

/**
 * The checks across documents, one entry per reading in the order given: each ID's holder is the
 * representative on the (first) business licence; each bill or bank statement shows the
 * registered address.
 */
export function crossDocumentChecks(
  readings: readonly DocumentReading[],
  seller: SellerRecord,
): { type: DocumentType; checks: CheckItem[] }[] {
  const licence = readings.find((r) => r.type === 'business_license');
  return readings.map((reading) => {
    let item: CheckItem | undefined;
    if (reading.type === 'government_id' && licence) {
      const names = checkIdMatchesRepresentative(reading, licence);
      item = names && weighNameMismatch(names, reading, licence, seller);
    }
    if (reading.type === 'utility_bill' || reading.type === 'bank_statement')
      item = checkBillAddress(reading, seller);
    return { type: reading.type, checks: item ? [item] : [] };
  });
}

/** Each registered value the document should show, located in its reading. */
export const consistencyCheck = defineCheck({
  id: 'consistency',
  group: 'consistency',
  codes: messagesOf('FIELD_FOUND', 'FIELD_NOT_FOUND', 'FIELD_UNCLEAR', 'FIELD_UNREAD'),
  misreadCanFail: ['FIELD_NOT_FOUND'],
  check: (reading, rules, profile) =>
    hasText(reading)
      ? checkConsistency({
          type: reading.type,
          reading,
          seller: profile,
          ...(rules.requirement?.must_show ? { mustShow: rules.requirement.must_show } : {}),
          ...(reading.country ? { country: reading.country } : {}),
        })
      : [],
});
