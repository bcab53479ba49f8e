import { findDates } from '../dates.js';
import { placeText } from '../place.js';
import type { DocumentReader } from '../reader.types.js';
import type { FieldOf, ReadField } from '../reading.schema.js';

/** Readers every document goes through: its printed dates and its page numbers. */

const DATES = 'printed-dates';

/** Every date printed, with the role its label gives it (issued, expires, statement, birth…). */
export const datesReader: DocumentReader = {
  name: DATES,
  reads:
    'every printed date in the usual forms (2019-06-18, 18 June 2019, 2019年06月18日, ranges) with its role',
  appliesTo: () => true,
  read: (input) => ({
    fields: findDates(input.text, input.country).map(
      (d): FieldOf<'date'> => ({
        name: 'date',
        value: d.date,
        ...(d.label ? { role: d.label } : {}),
        at: d.index,
        ...placeText(input, DATES, d.text, d.index),
      }),
    ),
  }),
};

/** The most pages a numbered document is believed to have: beyond it a marker is a misreading. */
const MAX_NUMBERED_PAGES = 500;

/** A word in either case (the marker's number tokens are read case-sensitively: `l` is not `L`). */
const anyCase = (word: string): string =>
  [...word]
    .map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join('');
/**
 * A page number as OCR gives it: digits, where `1` may come back as `l`, `I` or `|` (the Chinese
 * model reads "Page 1 of 2" as "Pagel of2") and `0` as `O`. A token without a digit is one
 * character (`l`), never a word.
 */
const PAGE_NUMBER = String.raw`(\d{1,3}|[lI|]|(?=[\dlI|O]{0,2}\d)[\dlI|O]{2,3})`;
const WORDS = (words: readonly string[]) => words.map(anyCase).join('|');
/** `Page 2 of 3`, `Page 2/3`, `p. 2 of 3`, `Pg 2/3`, `Seite 2 von 3`, `Page 2 sur 3`, `Página 2 de 3`. */
const LATIN_MARKER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${WORDS(['page', 'pg', 'p', 'seite', 'página', 'pagina', 'pág', 'pag'])})\.?\s*${PAGE_NUMBER}\s*(?:${WORDS(['of', 'von', 'sur', 'de', 'di'])}|\/)\s*${PAGE_NUMBER}(?![\p{L}\d/])`,
  'gu',
);
/**
 * The numbers OCR may have meant: `l`, `I`, `|` are `1`, `O` is `0`; a confusable at either end
 * of a token with digits may also be noise (`Page1lof2`: the `l` between `1` and `of`). The
 * caller keeps the first that makes a possible page.
 */
const pageNumbers = (token: string): number[] => {
  const read = (t: string) => Number(t.replace(/[lI|]/g, '1').replace(/O/g, '0'));
  const stripped = token.replace(/^[lI|O]+(?=\d)|(?<=\d)[lI|O]+$/g, '');
  return stripped !== token ? [read(token), read(stripped)] : [read(token)];
};
/** `第2页 共3页`, `第 2 / 3 页`, and the total first: `共3页 第2页`. */
const HAN_MARKERS: readonly (readonly [RegExp, 'page_first' | 'total_first'])[] = [
  [/第\s*(\d{1,3})\s*页\s*[,，、]?\s*共\s*(\d{1,3})\s*页/gu, 'page_first'],
  [/第\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*页/gu, 'page_first'],
  [/共\s*(\d{1,3})\s*页\s*[,，、]?\s*第\s*(\d{1,3})\s*页/gu, 'total_first'],
];

/** Every `page n of N` printed in a text, full-width digits read as digits. */
export function readPageMarkers(text: string): { page: number; total: number; text: string }[] {
  const folded = text.normalize('NFKC');
  const markers: { page: number; total: number; text: string }[] = [];
  const add = (page: number, total: number, printed: string) => {
    if (page >= 1 && page <= total && total <= MAX_NUMBERED_PAGES)
      markers.push({ page, total, text: printed });
  };
  for (const m of folded.matchAll(LATIN_MARKER)) {
    const totals = pageNumbers(m[2] ?? '');
    const pair = pageNumbers(m[1] ?? '')
      .flatMap((page) => totals.map((total) => [page, total] as const))
      .find(([page, total]) => page >= 1 && page <= total && total <= MAX_NUMBERED_PAGES);
    if (pair) add(pair[0], pair[1], m[0]);
  }
  for (const [pattern, order] of HAN_MARKERS)
    for (const m of folded.matchAll(pattern)) {
      const [page, total] = order === 'page_first' ? [m[1], m[2]] : [m[2], m[1]];
      add(Number(page), Number(total), m[0]);
    }
  return markers;
}

const MARKERS = 'page-numbers';

/** Each page's `page n of N`, on the page it was printed on. */
export const pageMarkersReader: DocumentReader = {
  name: MARKERS,
  reads: 'page numbers printed as "Page 2 of 3", "第2页 共3页" on each page',
  appliesTo: () => true,
  read: (input) => ({
    fields: input.pages.flatMap((page) =>
      readPageMarkers(page.text).map(
        (m): ReadField => ({
          name: 'page_marker',
          value: `${m.page}/${m.total}`,
          number: m.page,
          total: m.total,
          ...placeText(input, MARKERS, m.text, undefined, page),
        }),
      ),
    ),
  }),
};
