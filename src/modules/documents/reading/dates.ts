/**
 * Dates read from document text, in the usual printed forms, with the label in front of them
 * when there is one. Numeric dates with slashes are read month-first only for US documents;
 * elsewhere day-first. A date that is not a real calendar day is not a date.
 */
import { isCalendarDate, iso } from '../calendar.js';

type DateLabel =
  | 'issue'
  | 'statement'
  | 'expiry'
  | 'birth'
  | 'established'
  | 'due'
  | 'valid_from'
  | 'period_start'
  | 'period_end';

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The text as printed. */
  readonly text: string;
  readonly index: number;
  readonly label?: DateLabel;
}

/** Countries that write numeric dates month first (`10/12/2026` is October 12). */
const MONTH_FIRST_COUNTRIES = new Set(['US', 'PR', 'GU', 'AS', 'VI', 'MP', 'FM', 'MH', 'PW']);

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])';
const ORDINAL = '(?:st|nd|rd|th)?';

type Reader = (m: RegExpExecArray, monthFirst: boolean) => [number, number, number] | undefined;

const monthOf = (word: string | undefined): number => MONTHS[(word ?? '').toLowerCase().slice(0, 3)] ?? 0;

/** Each form with how to read year, month and day from its groups. */
const FORMS: readonly (readonly [RegExp, Reader])[] = [
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, (m) => [Number(m[1]), Number(m[3]), Number(m[4])]],
  [/(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  // A dotted date (PRC ID cards print `2023.11.21-2043.11.20`) with a dot read as a comma or a
  // comma read beside a dot, the commonest slips of OCR on small print: `2023,11.21`, `2023,.11.21`.
  [
    /(?<![\d,.])((?:19|20)\d{2})([.,]{1,2})(\d{1,2})([.,]{1,2})(\d{1,2})(?![\d,]|\.\d)/g,
    (m) => {
      const separators = `${m[2]}${m[4]}`;
      const slip = (s: string | undefined) => s === '.' || s === ',' || s === ',.' || s === '.,';
      if (!slip(m[2]) || !slip(m[4]) || !separators.includes('.') || !separators.includes(','))
        return undefined;
      return [Number(m[1]), Number(m[3]), Number(m[5])];
    },
  ],
  [
    /(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)/g,
    (m, monthFirst) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      if (a > 12) return [year, b, a];
      if (b > 12) return [year, a, b];
      return monthFirst ? [year, a, b] : [year, b, a];
    },
  ],
  [
    new RegExp(
      `(?<!\\d)(\\d{1,2})${ORDINAL}[\\s.-]*${MONTH}\\.?(?:\\s*/\\s*${MONTH}\\.?)?[\\s,.-]*(\\d{4})(?!\\d)`,
      'gi',
    ),
    (m) => [Number(m[4]), monthOf(m[2]), Number(m[1])],
  ],
  [
    new RegExp(`(?<![a-z])${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'gi'),
    (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])],
  ],
];

/**
 * Label words, matched case-insensitively; for the range labels the first date starts the range.
 * A space between a label's words may be missing: OCR drops it (`Billdate:2026年08月30日`,
 * `Dateofissue`), PP-OCR more often than Tesseract.
 */
const spacesOptional = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source.replace(/ /g, '\\s*'), pattern.flags);
const LABELS: readonly (readonly [RegExp, DateLabel | 'validity_range' | 'period_range'])[] = (
  [
    [
      /有效期限|营业期限|有效期|period of validity|valid from|validity|business term|term of (?:business|operation)|operating (?:term|period)|period of operation|duration of business/gi,
      'validity_range',
    ],
    [/statement period|billing period|service period|账单周期/gi, 'period_range'],
    [
      /date of expiry|expiry date|expiration date|date of expiration|expires?(?: on)?|expiry|valid until|valid thru|valid through|有效期至|截止日期|到期日/gi,
      'expiry',
    ],
    [/date of birth|birth date|\bdob\b|born|出生日期|出生/gi, 'birth'],
    [
      /date of issue|issue date|issued on|date issued|issued|invoice date|签发日期|发证日期|签发|开具日期|发票日期/gi,
      'issue',
    ],
    [/statement date|bill date|billing date|date of statement|账单日期/gi, 'statement'],
    [/due date|payment due|pay by|due by|到期还款日|缴费截止/gi, 'due'],
    [/date of registration|registration date|incorporat\w*|established|成立日期|注册日期/gi, 'established'],
  ] as const
).map(([pattern, kind]) => [spacesOptional(pattern), kind] as const);

const RANGE_KINDS: ReadonlySet<string> = new Set(['validity_range', 'period_range']);
const RANGE_SEPARATOR = /^\s*(?:-|–|—|~|～|至|to|until|till|through)\s*$/i;

interface LabelHit {
  readonly index: number;
  readonly end: number;
  readonly kind: (typeof LABELS)[number][1];
}

const findLabels = (text: string): LabelHit[] => {
  const hits: LabelHit[] = [];
  for (const [pattern, kind] of LABELS)
    for (const m of text.matchAll(pattern)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      // A longer label already found here (`expiry date` holds `expiry`) wins.
      if (hits.some((h) => h.index <= index && h.end >= end)) continue;
      hits.push({ index, end, kind });
    }
  return hits.sort((a, b) => a.index - b.index);
};

const lineStart = (text: string, index: number): number => text.lastIndexOf('\n', index - 1) + 1;

/**
 * Every date in `text`, in reading order. `country` (ISO alpha-2) decides `10/12/2026`.
 * A label is the last one before the date on its line (and after the previous date); failing
 * that, the labels of the line above are given, in order, to the dates of a line that has as
 * many of them (a passport's `Date of birth   Date of expiry` over its two dates).
 */
export function findDates(text: string, country?: string): FoundDate[] {
  const monthFirst = MONTH_FIRST_COUNTRIES.has((country ?? '').toUpperCase());
  const raw: { index: number; end: number; date: string; text: string }[] = [];
  for (const [pattern, read] of FORMS)
    for (const m of text.matchAll(pattern)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (raw.some((r) => index < r.end && end > r.index)) continue;
      const parts = read(m, monthFirst);
      if (!parts || !isCalendarDate(...parts)) continue;
      raw.push({ index, end, date: iso(...parts), text: m[0].trim() });
    }
  raw.sort((a, b) => a.index - b.index);
  const labels = findLabels(text);
  const rangeUses = new Map<number, number>();
  const labelled: { found: (typeof raw)[number]; hit: LabelHit | undefined }[] = [];
  raw.forEach((found, i) => {
    const previous = labelled[i - 1];
    const from = Math.max(lineStart(text, found.index), previous?.found.end ?? 0);
    let hit = labels.filter((l) => l.index >= from && l.end <= found.index).at(-1);
    // The second date of a range (`2016.01.01-2036.01.01`, `1 Aug to 31 Aug`) shares its label.
    const between = previous ? text.slice(previous.found.end, found.index) : '';
    if (!hit && previous?.hit && RANGE_KINDS.has(previous.hit.kind) && RANGE_SEPARATOR.test(between))
      hit = previous.hit;
    labelled.push({ found, hit });
  });
  assignColumnLabels(text, labelled, labels);
  return labelled.map(({ found, hit }) => {
    const { end: _end, ...rest } = found;
    if (!hit) return rest;
    let label: DateLabel;
    if (hit.kind === 'validity_range' || hit.kind === 'period_range') {
      const uses = rangeUses.get(hit.index) ?? 0;
      rangeUses.set(hit.index, uses + 1);
      label =
        hit.kind === 'validity_range'
          ? uses === 0
            ? 'valid_from'
            : 'expiry'
          : uses === 0
            ? 'period_start'
            : 'period_end';
    } else label = hit.kind;
    return { ...rest, label };
  });
}

/** Labels of the line above given in order to the unlabelled dates of a line with as many dates. */
function assignColumnLabels(
  text: string,
  labelled: { found: { index: number }; hit: LabelHit | undefined }[],
  labels: readonly LabelHit[],
): void {
  const byLine = new Map<number, typeof labelled>();
  for (const entry of labelled) {
    const start = lineStart(text, entry.found.index);
    byLine.set(start, [...(byLine.get(start) ?? []), entry]);
  }
  for (const [start, entries] of byLine) {
    if (start === 0 || entries.some((e) => e.hit)) continue;
    const aboveStart = lineStart(text, start - 1);
    const aboveLabels = labels.filter((l) => l.index >= aboveStart && l.end <= start);
    const aboveHasDates = labelled.some((e) => e.found.index >= aboveStart && e.found.index < start);
    if (aboveHasDates || aboveLabels.length !== entries.length) continue;
    entries.forEach((entry, i) => {
      entry.hit = aboveLabels[i];
    });
  }
}
