import { foldAscii } from '../names.js';

/**
 * Machine-readable zones as ICAO 9303 writes them (and the `mrz` package reads them): TD3 for
 * passports (2 × 44), TD1 for ID cards (3 × 30), check digits 7-3-1 with `<` = 0 and A = 10.
 */
const ICAO_STATE: Readonly<Record<string, string>> = {
  CN: 'CHN',
  HK: 'CHN',
  US: 'USA',
  GB: 'GBR',
  DE: 'D',
  FR: 'FRA',
  ES: 'ESP',
  IT: 'ITA',
  JP: 'JPN',
};

export const checkDigit = (field: string): string => {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charAt(i);
    const value = c === '<' ? 0 : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (weights[i % 3] ?? 0);
  }
  return String(sum % 10);
};

/** `Müller-Lüdenscheidt` → `MUELLER<LUEDENSCHEIDT` (ICAO transliteration, hyphens and spaces as `<`). */
const mrzText = (value: string): string =>
  foldAscii(
    value
      .replaceAll('Ä', 'AE')
      .replaceAll('Ö', 'OE')
      .replaceAll('Ü', 'UE')
      .replaceAll('ä', 'ae')
      .replaceAll('ö', 'oe')
      .replaceAll('ü', 'ue')
      .replaceAll('ß', 'ss'),
  )
    .toUpperCase()
    .replace(/'/g, '')
    .replace(/[^A-Z0-9]+/g, '<')
    .replace(/^<+|<+$/g, '');

const padField = (value: string, length: number): string => value.slice(0, length).padEnd(length, '<');
const yymmdd = (iso: string): string => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

export interface MrzPerson {
  surname: string;
  given: string;
  documentNumber: string;
  /** ISO alpha-2 of the issuing state and of the holder's nationality. */
  issuer: string;
  nationality: string;
  dateOfBirth: string;
  sex: 'M' | 'F';
  expiry: string;
  /** ICAO document code: `P` passports, `ID`/`I`/`CI` cards. */
  code?: string;
}

/** A field whose check digit was left as it was before the value was edited. */
export type TamperedField = 'document_number' | 'birth_date' | 'expiry_date';

const state = (country: string): string => padField(ICAO_STATE[country] ?? country, 3);

/** A check digit that the value does not give: what an edit without recomputing leaves behind. */
const wrongDigit = (field: string): string => String((Number(checkDigit(field)) + 3) % 10);

export function buildTd3(person: MrzPerson, tampered?: TamperedField): [string, string] {
  const name = padField(`${mrzText(person.surname)}<<${mrzText(person.given)}`, 39);
  const line1 = `${padField(person.code ?? 'P', 2)}${state(person.issuer)}${name}`;
  const number = padField(mrzText(person.documentNumber), 9);
  const birth = yymmdd(person.dateOfBirth);
  const expiry = yymmdd(person.expiry);
  const digit = (field: string, kind: TamperedField) =>
    tampered === kind ? wrongDigit(field) : checkDigit(field);
  const personal = padField('', 14);
  const parts = [
    number + digit(number, 'document_number'),
    birth + digit(birth, 'birth_date'),
    expiry + digit(expiry, 'expiry_date'),
    personal + checkDigit(personal).replace('0', '<'),
  ];
  const composite = checkDigit(parts.join(''));
  const line2 = `${parts[0]}${state(person.nationality)}${parts[1]}${person.sex}${parts[2]}${parts[3]}${composite}`;
  return [line1, line2];
}

export function buildTd1(person: MrzPerson, tampered?: TamperedField): [string, string, string] {
  const raw = mrzText(person.documentNumber);
  const digit = (field: string, kind: TamperedField) =>
    tampered === kind ? wrongDigit(field) : checkDigit(field);
  // A number longer than 9 continues in the optional data, after a `<` where its check digit would be.
  const numberPart =
    raw.length <= 9
      ? padField(raw, 9) + digit(padField(raw, 9), 'document_number') + padField('', 15)
      : `${raw.slice(0, 9)}<${padField(raw.slice(9) + digit(raw, 'document_number'), 15)}`;
  const line1 = `${padField(person.code ?? 'ID', 2)}${state(person.issuer)}${numberPart}`;
  const birth = yymmdd(person.dateOfBirth);
  const expiry = yymmdd(person.expiry);
  const upper = `${birth}${digit(birth, 'birth_date')}${person.sex}${expiry}${digit(expiry, 'expiry_date')}${state(person.nationality)}${padField('', 11)}`;
  const composite = checkDigit(
    line1.slice(5, 30) + upper.slice(0, 7) + upper.slice(8, 15) + upper.slice(18, 29),
  );
  const line3 = padField(`${mrzText(person.surname)}<<${mrzText(person.given)}`, 30);
  return [line1, upper + composite, line3];
}
