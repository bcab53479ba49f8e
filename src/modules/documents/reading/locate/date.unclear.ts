import { editDistance, mrzCheckDigit } from '../../../matching/index.js';
import { findDates } from '../dates.js';
import type { ReadZone } from '../reading.schema.js';
import { lines } from './find.common.js';

/**
 * A registered date the document's text does not give back as a date, looked for two more ways:
 * in the machine-readable zone (a passport's or an ID card's birth date, where its check digit
 * holds: a second, independently checked read of the same date), and as a near miss in OCR'd text
 * (`1974年5月:日`, `1L0JUN 1970`: the date printed with one or two characters OCR could not read).
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Where each zone format keeps the birth date (`YYMMDD`, then its check digit): line, first character. */
const BIRTH_AT: Readonly<Record<number, readonly [line: number, start: number]>> = {
  44: [1, 13],
  36: [1, 13],
  30: [1, 0],
};

/** The zone's birth date when its check digit holds, `YYMMDD`. */
export function zoneBirthDate(zone: Pick<ReadZone, 'lines'> | undefined): string | undefined {
  // The format from its longest line: OCR may have dropped a trailing filler of one.
  const width = Math.max(0, ...(zone?.lines ?? []).map((l) => l.length));
  const at = BIRTH_AT[width];
  if (!zone || !at) return undefined;
  const line = zone.lines[at[0]] ?? '';
  const value = line.slice(at[1], at[1] + 6);
  if (!/^\d{6}$/.test(value)) return undefined;
  return mrzCheckDigit(value) === line[at[1] + 6] ? value : undefined;
}

/** The date `YYYY-MM-DD` is the zone's birth date (the zone keeps two digits of the year). */
export const isZoneBirthDate = (zone: Pick<ReadZone, 'lines'> | undefined, expected: string): boolean => {
  const read = zoneBirthDate(zone);
  return read !== undefined && read === expected.slice(2).replaceAll('-', '');
};

/** The ways documents print a date, without spaces, upper case. */
function printedForms(expected: string): string[] {
  const [y = '', m = '', d = ''] = expected.split('-');
  const mm = m;
  const dd = d;
  const mn = String(Number(m));
  const dn = String(Number(d));
  const mon = MONTHS[Number(m) - 1] ?? '';
  return [
    `${y}年${mn}月${dn}日`,
    `${y}年${mm}月${dd}日`,
    `${y}-${mm}-${dd}`,
    `${y}.${mm}.${dd}`,
    `${y}/${mm}/${dd}`,
    `${dd}.${mm}.${y}`,
    `${dd}/${mm}/${y}`,
    `${mm}/${dd}/${y}`,
    `${dd}-${mm}-${y}`,
    `${dd}${mon}${y}`,
    `${dn}${mon}${y}`,
    `${mon}${dn},${y}`,
  ];
}

/** Characters OCR may misread in a date: at most this many, and never the whole year. */
const MAX_UNREAD = 2;

/**
 * A window of an OCR'd line that is the expected date up to one or two unreadable characters, and
 * that is no date itself: `1974年5月:日` for 1974-05-01 is returned; `1974年5月11日` is another
 * date, read cleanly, and is not.
 */
export function findUnclearDate(text: string, expected: string): string | undefined {
  const year = expected.slice(0, 4);
  for (const raw of lines(text)) {
    const line = raw.replace(/\s+/g, '').toUpperCase();
    if (!line.includes(year)) continue;
    for (const form of printedForms(expected)) {
      const allowed = form.length >= 10 ? MAX_UNREAD : 1;
      for (let i = 0; i < line.length; i++)
        for (let length = form.length - allowed; length <= form.length + allowed; length++) {
          if (length < 6 || i + length > line.length) continue;
          const window = line.slice(i, i + length);
          if (!window.includes(year) || window === form) continue;
          // Digits inside a longer run are another number's (a PRC ID number holds the birth date).
          if (/\d/.test(line[i - 1] ?? '') && /^\d/.test(window)) continue;
          if (/\d/.test(line[i + length] ?? '') && /\d$/.test(window)) continue;
          if (editDistance(form, window, allowed) > allowed) continue;
          if (findDates(window).length > 0) continue;
          return raw.trim();
        }
    }
  }
  return undefined;
}
