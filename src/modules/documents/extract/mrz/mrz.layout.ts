/**
 * The ICAO 9303 layouts (parts 4–7): what each character of each line may hold and which check
 * digit covers which characters. The photo reader corrects OCR with this, field by field.
 */
export type MrzLayoutName = 'TD1' | 'TD2' | 'TD3' | 'MRV-A' | 'MRV-B';

/**
 * One class per character: `A` a letter or filler (codes, countries), `N` a digit, `X` a letter,
 * digit or filler (numbers, optional data), `D` a check digit, `S` sex (`M F X <`), `n` a name
 * character (letter or filler), `F` a filler (where a long document number leaves its digit out),
 * `Y` a letter or digit (a long document number, which has no fillers).
 */
export type SlotClass = 'A' | 'N' | 'X' | 'D' | 'S' | 'n' | 'F' | 'Y';

export interface CheckDigitRule {
  readonly field: 'documentNumber' | 'birthDate' | 'expirationDate' | 'personalNumber' | 'composite';
  /** `[line, start, end)` ranges the digit covers, in order. */
  readonly ranges: readonly (readonly [number, number, number])[];
  readonly at: readonly [number, number];
  /** A digit that may be a filler when what it covers is all fillers (an empty personal number). */
  readonly mayBeFiller?: boolean;
}

export interface MrzLayout {
  readonly name: MrzLayoutName;
  readonly lines: readonly string[];
  readonly checks: readonly CheckDigitRule[];
  /** Where the name field is: line, start. It runs to the end of the line. */
  readonly nameAt: readonly [number, number];
  /** Where the issuing state and the nationality are: line, start. */
  readonly countries: readonly (readonly [number, number])[];
}

const repeat = (c: SlotClass, n: number) => c.repeat(n);
const NUMBER_LINE_HEAD = `${repeat('X', 9)}D${repeat('A', 3)}${repeat('N', 6)}DS${repeat('N', 6)}D`;
const DATES = [
  { field: 'documentNumber', ranges: [[1, 0, 9]], at: [1, 9] },
  { field: 'birthDate', ranges: [[1, 13, 19]], at: [1, 19] },
  { field: 'expirationDate', ranges: [[1, 21, 27]], at: [1, 27] },
] as const satisfies readonly CheckDigitRule[];

export const MRZ_LAYOUTS: Readonly<Record<MrzLayoutName, MrzLayout>> = {
  TD3: {
    name: 'TD3',
    nameAt: [0, 5],
    countries: [
      [0, 2],
      [1, 10],
    ],
    lines: [`AA${repeat('A', 3)}${repeat('n', 39)}`, `${NUMBER_LINE_HEAD}${repeat('X', 14)}DD`],
    checks: [
      ...DATES,
      { field: 'personalNumber', ranges: [[1, 28, 42]], at: [1, 42], mayBeFiller: true },
      {
        field: 'composite',
        ranges: [
          [1, 0, 10],
          [1, 13, 20],
          [1, 21, 43],
        ],
        at: [1, 43],
      },
    ],
  },
  'MRV-A': {
    name: 'MRV-A',
    nameAt: [0, 5],
    countries: [
      [0, 2],
      [1, 10],
    ],
    lines: [`AA${repeat('A', 3)}${repeat('n', 39)}`, `${NUMBER_LINE_HEAD}${repeat('X', 16)}`],
    checks: DATES,
  },
  TD2: {
    name: 'TD2',
    nameAt: [0, 5],
    countries: [
      [0, 2],
      [1, 10],
    ],
    lines: [`AA${repeat('A', 3)}${repeat('n', 31)}`, `${NUMBER_LINE_HEAD}${repeat('X', 7)}D`],
    checks: [
      ...DATES,
      {
        field: 'composite',
        ranges: [
          [1, 0, 10],
          [1, 13, 20],
          [1, 21, 35],
        ],
        at: [1, 35],
      },
    ],
  },
  'MRV-B': {
    name: 'MRV-B',
    nameAt: [0, 5],
    countries: [
      [0, 2],
      [1, 10],
    ],
    lines: [`AA${repeat('A', 3)}${repeat('n', 31)}`, `${NUMBER_LINE_HEAD}${repeat('X', 8)}`],
    checks: DATES,
  },
  TD1: {
    name: 'TD1',
    nameAt: [2, 0],
    countries: [
      [0, 2],
      [1, 15],
    ],
    lines: [
      `AA${repeat('A', 3)}${repeat('X', 9)}D${repeat('X', 15)}`,
      `${repeat('N', 6)}DS${repeat('N', 6)}D${repeat('A', 3)}${repeat('X', 11)}D`,
      repeat('n', 30),
    ],
    checks: [
      { field: 'documentNumber', ranges: [[0, 5, 14]], at: [0, 14] },
      { field: 'birthDate', ranges: [[1, 0, 6]], at: [1, 6] },
      { field: 'expirationDate', ranges: [[1, 8, 14]], at: [1, 14] },
      {
        field: 'composite',
        ranges: [
          [0, 5, 30],
          [1, 0, 7],
          [1, 8, 15],
          [1, 18, 29],
        ],
        at: [1, 29],
      },
    ],
  },
};

/** Characters a filler is read as (the `<` itself, and what OCR makes of it). */
const FILLER_READS = '<KLCSZGE';
/** Filler look-alikes that are no digit's look-alike. */
const NOT_DIGIT_READS = 'KCE';

/**
 * ICAO 9303 part 5: a TD1 document number longer than nine characters continues in the optional
 * data, with a `<` where its check digit would be, then the rest of the number, then its check
 * digit over the whole number (French cards: `IDFRASXP3DUTE8<TUT5<<<…`, number `SXP3DUTE8TUT`).
 * Read as a nine-character number, that `<` was taken for a digit and a genuine card "did not add
 * up" (seed 59 #14). Given the first line as read (a character per cell, `undefined` for an empty
 * cell), the layout of such a number, or `undefined` when the line cannot hold one. The caller
 * reads the zone both ways and the check digits decide.
 */
export function longDocumentNumberLayout(
  layout: MrzLayout,
  firstLine: readonly (string | undefined)[],
): MrzLayout | undefined {
  const at14 = firstLine[14];
  const at15 = firstLine[15];
  if (layout.name !== 'TD1' || (at14 !== undefined && !FILLER_READS.includes(at14))) return undefined;
  if (at15 === undefined || at15 === '<') return undefined;
  let end = 16;
  while (end < 30 && firstLine[end] !== undefined && firstLine[end] !== '<') end++;
  // A filler read as a letter no digit is mistaken for (`TUT5K<<`) is not the check digit.
  while (end > 17 && NOT_DIGIT_READS.includes(firstLine[end - 1]!)) end--;
  const digitAt = end - 1;
  if (digitAt <= 15) return undefined;
  const first = layout.lines[0] ?? '';
  // Such a number fills its nine places: no filler inside it.
  return {
    ...layout,
    lines: [
      `${first.slice(0, 5)}${repeat('Y', 9)}F${repeat('Y', digitAt - 15)}D${first.slice(digitAt + 1)}`,
      ...layout.lines.slice(1),
    ],
    checks: layout.checks.map((check) =>
      check.field === 'documentNumber'
        ? {
            field: 'documentNumber',
            ranges: [
              [0, 5, 14],
              [0, 15, digitAt],
            ],
            at: [0, digitAt],
          }
        : check,
    ),
  };
}

/**
 * Document numbers whose shape the issuing state fixes, by state and layout, as slot classes of
 * the number's nine characters: where they are digits the resolver takes no letter there.
 * PRC passports are `E` or `G` and eight digits, or two letters and seven digits (`EA…`, `SE…`):
 * the third to the ninth characters are digits, so `E4S140421` is no Chinese passport number
 * (held-out seed 107 #91: `E45140421`'s edited digit matched it).
 */
const NUMBER_SHAPES: Readonly<Record<string, Partial<Record<MrzLayoutName, string>>>> = {
  CHN: { TD3: 'AYNNNNNNN' },
};

/** The layout's slot classes with the document number shaped as the issuing state prints it. */
export function slotsFor(layout: MrzLayout, issuer: string): readonly string[] {
  const shape = NUMBER_SHAPES[issuer]?.[layout.name];
  const [line, start, end] = layout.checks.find((c) => c.field === 'documentNumber')?.ranges[0] ?? [0, 0, 0];
  if (!shape || end - start !== shape.length) return layout.lines;
  return layout.lines.map((slots, k) =>
    k === line ? `${slots.slice(0, start)}${shape}${slots.slice(end)}` : slots,
  );
}
