import type { AddressInput } from '../../../matching/index.js';
import { type DocumentReading, readingText } from '../reading.schema.js';
import {
  type FieldMatch,
  findAddress,
  findCompanyName,
  findDate,
  findIdentifier,
  findPersonName,
} from './consistency.find.js';

/**
 * Where a value the seller registered appears in a reading: the consistency checks ask the
 * reading, and only this module searches its text (tolerant of OCR slips, case, word order,
 * abbreviations and script).
 */
export type Sought =
  | { readonly kind: 'company_name' | 'person_name' | 'identifier'; readonly value: string }
  | { readonly kind: 'date'; readonly value: string; readonly country?: string | undefined }
  | { readonly kind: 'address'; readonly value: AddressInput };

export function locateInReading(reading: Pick<DocumentReading, 'pages'>, sought: Sought): FieldMatch {
  const text = readingText(reading);
  switch (sought.kind) {
    case 'company_name':
      return findCompanyName(text, sought.value);
    case 'person_name':
      return findPersonName(text, sought.value);
    case 'identifier':
      return findIdentifier(text, sought.value);
    case 'date':
      return findDate(text, sought.value, sought.country);
    case 'address':
      return findAddress(text, sought.value);
  }
}

export type { FieldMatch };
