/**
 * For the check tests only: the checks as they were called before readings (plain text in), each
 * text read by the same readers preflight uses, so that the tests written against text keep
 * asserting the same verdicts on the same documents.
 */
import type { DocumentType, SellerRecord } from '../../sellers/index.js';
import type { Extraction } from '../extract/index.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import { reconcileLines, reconcileZone } from '../reading/mrz.reconcile.js';
import { readDocument } from '../reading/read-document.js';
import { readIdSide, withoutFillers } from '../reading/readers/identity.readers.js';
import { readPageMarkers } from '../reading/readers/printed.readers.js';
import { type DocumentReading, fieldsNamed } from '../reading/reading.schema.js';
import * as completeness from './completeness.check.js';
import * as consistency from './consistency.check.js';
import * as identifiers from './identifiers.check.js';
import * as validity from './validity.check.js';

export { checkRequirementsCovered } from './completeness.check.js';
export { readIdSide, readPageMarkers };

type Holder = { lastName?: string; firstName?: string };

function readText(
  text: string,
  type: DocumentType = 'other',
  country?: string,
  holder?: Holder,
): DocumentReading {
  const extraction = {
    type: { kind: 'pdf', mime: 'application/pdf' },
    pages: [{ page: 1, source: 'text_layer', text }],
    mrz: null,
    unavailableLanguages: [],
    ocrFailures: [],
  } as unknown as Extraction;
  const reading = readDocument({ type, country, files: [{ name: 'text', sha256: '', extraction }] });
  if (!holder?.lastName) return reading;
  const value = withoutFillers(`${holder.lastName} ${holder.firstName ?? ''}`);
  return {
    ...reading,
    fields: [
      { name: 'holder_name', value, file: 1, page: 1, confidence: 1, source: 'mrz', reader: 'test' },
      ...reading.fields.filter((f) => !(f.name === 'holder_name' && f.source === 'mrz')),
    ],
  };
}

const datesOf = (text: string, country?: string) => fieldsNamed(readText(text, 'other', country), 'date');
const isLongTerm = (text: string) =>
  fieldsNamed(readText(text, 'business_license'), 'validity_term').length > 0;
interface TextInput {
  text: string;
  asOf: string;
  country?: string;
}
const validityOf = <T extends TextInput>(input: T) => ({
  ...input,
  dates: datesOf(input.text, input.country),
  longTerm: isLongTerm(input.text),
});

export const checkIdExpiry = (input: TextInput & { mrzExpiry?: string }) =>
  validity.checkIdExpiry(validityOf(input));
export const checkIssuedWithin = (input: TextInput & { days: number }) =>
  validity.checkIssuedWithin(validityOf(input));
export const checkLicenceValidity = (input: TextInput) => validity.checkLicenceValidity(validityOf(input));
export const checkValidity = (
  input: TextInput & Omit<validity.DocumentValidityInput, 'dates' | 'longTerm' | 'asOf'>,
) => validity.checkValidity(validityOf(input));
export const readIssueDate = (input: TextInput) => {
  const found = validity.pickIssueDate(datesOf(input.text, input.country), input.asOf);
  return found ? { date: found.value, text: found.text, label: found.role } : undefined;
};

export const checkSides = (
  input: Omit<completeness.SidesInput, 'files'> & {
    files: { name: string; sha256: string; pages: string[] }[];
  },
) =>
  completeness.checkSides({
    ...input,
    files: input.files.map((f) => ({ ...f, sides: f.pages.map(readIdSide) })),
  });
export const checkAllPages = (pages: { file: string; page: number; text: string }[]) =>
  completeness.checkAllPages(
    pages.length,
    pages.flatMap((p) => readPageMarkers(p.text).map((m) => ({ ...m, file: p.file, filePage: p.page }))),
  );

interface IdentifiersText {
  text: string;
  mrzLines?: readonly string[];
  expectMrz?: boolean;
  zone?: ZoneReading;
  zoneSearched?: boolean;
  registered?: readonly string[];
}
const identifiersOf = (input: IdentifiersText): identifiers.IdentifiersInput => {
  const reading = readText(input.text);
  const zone = input.zone
    ? {
        format: input.zone.layout,
        lines: input.zone.lines,
        read: 'photo' as const,
        photo: reconcileZone(input.zone, input.text),
      }
    : input.mrzLines?.length
      ? { format: '', lines: [...reconcileLines(input.mrzLines, input.text)], read: 'extraction' as const }
      : reading.zone;
  return {
    identifiers: fieldsNamed(reading, 'identifier'),
    ...(zone ? { zone } : {}),
    ...(input.zoneSearched !== undefined ? { zoneSearched: input.zoneSearched } : {}),
    ...(input.expectMrz !== undefined ? { expectMrz: input.expectMrz } : {}),
    ...(input.registered ? { registered: input.registered } : {}),
  };
};
export const checkIdentifiers = (input: IdentifiersText) =>
  identifiers.checkIdentifiers(identifiersOf(input));
export const checkMrz = (input: IdentifiersText) => identifiers.checkMrz(identifiersOf(input));

export const checkConsistency = (input: Omit<consistency.ConsistencyInput, 'reading'> & { text: string }) =>
  consistency.checkConsistency({ ...input, reading: readText(input.text, input.type, input.country) });
export const findRegisteredField = (
  text: string,
  seller: SellerRecord,
  field: Parameters<typeof consistency.findRegisteredField>[2],
  country?: string,
) => consistency.findRegisteredField(readText(text), seller, field, country);
export const checkBillAddress = (text: string, seller: SellerRecord) =>
  consistency.checkBillAddress(readText(text, 'utility_bill'), seller);
export const readIdHolder = (text: string, mrz?: Holder) =>
  consistency.readIdHolder(readText(text, 'government_id', undefined, mrz));
export const checkIdMatchesRepresentative = (idText: string, licenceText: string, mrz?: Holder) =>
  consistency.checkIdMatchesRepresentative(
    readText(idText, 'government_id', undefined, mrz),
    readText(licenceText, 'business_license'),
  );
export const crossDocumentChecks = (
  list: readonly { type: DocumentType; text: string; idHolder?: Holder }[],
  seller: SellerRecord,
) =>
  consistency.crossDocumentChecks(
    list.map((r) => readText(r.text, r.type, undefined, r.idHolder)),
    seller,
  );
