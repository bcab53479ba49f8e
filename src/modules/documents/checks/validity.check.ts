import type { DocumentType } from '../../sellers/index.js';
import { addDays, daysBetween, mrzDate } from '../calendar.js';
import { type FieldOf, fieldsNamed } from '../reading/reading.schema.js';
import { defineCheck, messagesOf } from './check.definition.js';
import { type CheckItem, checkItem } from './check.types.js';

type FoundDate = FieldOf<'date'>;

/**
 * Validity of a document from the dates printed on it, as of a reference date (`YYYY-MM-DD`).
 * A date that cannot be read fails rather than passes: the seller can fix it with a clearer copy,
 * and a check that passes on nothing would accept any expired document OCR misreads.
 */

export interface ValidityInput {
  /** The dates the document prints, in the order printed, each with its role (the dates reader's). */
  readonly dates: readonly FoundDate[];
  /** The reference date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The document states a validity with no end (长期, long-term). */
  readonly longTerm?: boolean;
}

const evidenceOf = (dates: readonly FoundDate[]) =>
  dates.map(({ value, text, role }) => ({ date: value, text, label: role }));
const latest = (dates: readonly FoundDate[]): FoundDate | undefined =>
  [...dates].sort((a, b) => a.value.localeCompare(b.value)).at(-1);

/**
 * Identity document not expired: the labelled expiry date, else the MRZ's, else the latest date
 * printed (on an ID it is the expiry; if even that has passed, the ID has expired).
 */
export function checkIdExpiry(input: ValidityInput & { readonly mrzExpiry?: string }): CheckItem {
  const dates = input.dates;
  const labelled = latest(dates.filter((d) => d.role === 'expiry'));
  const fallback = latest(dates.filter((d) => d.role === undefined || d.role === 'expiry'));
  const expiry = labelled?.value ?? input.mrzExpiry ?? fallback?.value;
  const source = labelled ? 'label' : input.mrzExpiry ? 'mrz' : fallback ? 'latest_date' : undefined;
  const evidence = { asOf: input.asOf, expiry, source, dates: evidenceOf(dates) };
  // A PRC resident card issued to someone over 45 is valid 长期 (for life): "2018.07.21-长期".
  if (!labelled && !input.mrzExpiry && input.longTerm)
    return checkItem(
      'validity',
      'ID_VALID',
      'pass',
      { ...evidence, longTerm: true },
      { expiry: '长期 / long-term' },
    );
  if (!expiry) return checkItem('validity', 'ID_EXPIRY_NOT_FOUND', 'fail', evidence);
  if (expiry < input.asOf) return checkItem('validity', 'ID_EXPIRED', 'fail', evidence, { expiry });
  return checkItem('validity', 'ID_VALID', 'pass', evidence, { expiry });
}

/**
 * Bill or statement issued within `days` of `asOf` (the requirement rule `issued_within_days`):
 * the statement or issue date, else the end of the statement period, else the latest unlabelled
 * date not after `asOf` (a statement's last transaction). Due dates and birth dates never count.
 */
export function checkIssuedWithin(input: ValidityInput & { readonly days: number }): CheckItem {
  const dates = input.dates;
  const chosen = pickIssueDate(dates, input.asOf);
  const earliest = addDays(input.asOf, -input.days);
  const evidence = {
    asOf: input.asOf,
    issued: chosen?.value,
    issuedText: chosen?.text,
    source: chosen?.role ?? (chosen ? 'latest_date' : undefined),
    withinDays: input.days,
    earliest,
    dates: evidenceOf(dates),
  };
  if (!chosen) return checkItem('validity', 'ISSUE_DATE_NOT_FOUND', 'fail', evidence);
  const params = { issued: chosen.value, days: input.days, earliest };
  if (chosen.value > input.asOf)
    return checkItem('validity', 'ISSUE_DATE_IN_FUTURE', 'fail', evidence, params);
  if (daysBetween(chosen.value, input.asOf) > input.days)
    return checkItem('validity', 'DOCUMENT_TOO_OLD', 'fail', evidence, params);
  return checkItem('validity', 'ISSUED_RECENTLY', 'pass', evidence, params);
}

/** The date a document was issued, as `checkIssuedWithin` reads it (also for the authenticity checks). */
export function pickIssueDate(dates: readonly FoundDate[], asOf: string): FoundDate | undefined {
  const pick = (labels: readonly (string | undefined)[], notAfter?: string) =>
    latest(dates.filter((d) => labels.includes(d.role) && (!notAfter || d.value <= notAfter)));
  return pick(['statement', 'issue']) ?? pick(['period_end']) ?? pick([undefined], asOf);
}

/**
 * Business licence valid on `asOf`: its expiry (or the end of its 营业期限) has not passed. A
 * licence stating 长期 / long-term passes; one without any end date is a warning (many registries,
 * the UK's and the US states', issue certificates that never expire).
 */
export function checkLicenceValidity(input: ValidityInput): CheckItem {
  const dates = input.dates;
  const expiry = latest(dates.filter((d) => d.role === 'expiry'));
  const evidence = { asOf: input.asOf, expiry: expiry?.value, dates: evidenceOf(dates) };
  if (expiry && expiry.value < input.asOf)
    return checkItem('validity', 'LICENCE_EXPIRED', 'fail', evidence, { expiry: expiry.value });
  if (expiry) return checkItem('validity', 'LICENCE_VALID', 'pass', evidence, { expiry: expiry.value });
  if (input.longTerm)
    return checkItem('validity', 'LICENCE_VALID_INDEFINITELY', 'pass', { ...evidence, longTerm: true });
  return checkItem('validity', 'LICENCE_EXPIRY_NOT_FOUND', 'warn', evidence);
}

export interface DocumentValidityInput extends ValidityInput {
  readonly type: DocumentType;
  /** The requirement's rules (SPEC section 4): a window for bills and statements, `unexpired` for IDs. */
  readonly rules?: {
    readonly issued_within_days?: number | undefined;
    readonly unexpired?: boolean | undefined;
  };
  /** The expiry read from the MRZ, `YYYY-MM-DD`, when the extraction found one. */
  readonly mrzExpiry?: string;
}

/** Default window for proof-of-address documents when the requirement names none. */
const DEFAULT_ISSUED_WITHIN_DAYS = 90;

const DATED_TYPES: ReadonlySet<DocumentType> = new Set([
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
]);

/** The validity checks that apply to a document of `type`. */
export function checkValidity(input: DocumentValidityInput): CheckItem[] {
  const checks: CheckItem[] = [];
  if (input.type === 'government_id' && input.rules?.unexpired !== false) checks.push(checkIdExpiry(input));
  if (input.type === 'business_license' && input.rules?.unexpired !== false)
    checks.push(checkLicenceValidity(input));
  const days = input.rules?.issued_within_days;
  if (days !== undefined || DATED_TYPES.has(input.type))
    checks.push(checkIssuedWithin({ ...input, days: days ?? DEFAULT_ISSUED_WITHIN_DAYS }));
  return checks;
}

/** The validity checks as one definition over the reading: the dates reader's dates, the zone's expiry. */
export const validityCheck = defineCheck({
  id: 'validity',
  group: 'validity',
  codes: messagesOf(
    'ID_VALID',
    'ID_EXPIRED',
    'ID_EXPIRY_NOT_FOUND',
    'ISSUED_RECENTLY',
    'DOCUMENT_TOO_OLD',
    'ISSUE_DATE_IN_FUTURE',
    'ISSUE_DATE_NOT_FOUND',
    'LICENCE_VALID',
    'LICENCE_VALID_INDEFINITELY',
    'LICENCE_EXPIRED',
    'LICENCE_EXPIRY_NOT_FOUND',
  ),
  misreadCanFail: ['ID_EXPIRY_NOT_FOUND', 'ISSUE_DATE_NOT_FOUND'],
  check: (reading, rules) => {
    if (!hasText(reading)) return [];
    const expiry = reading.zone?.expiry ? mrzDate(reading.zone.expiry, 'expiry', rules.asOf) : undefined;
    return checkValidity({
      type: reading.type,
      dates: fieldsNamed(reading, 'date'),
      asOf: rules.asOf,
      longTerm: fieldsNamed(reading, 'validity_term').length > 0,
      ...(rules.requirement ? { rules: rules.requirement } : {}),
      ...(expiry ? { mrzExpiry: expiry } : {}),
    });
  },
});

/** Some text was read from the document: the checks of what it says have something to go on. */
export const hasText = (reading: { pages: readonly { text: string }[] }): boolean =>
  reading.pages.some((page) => page.text.trim().length > 0);
