import type { SlotClass } from './mrz.layout.js';

/**
 * What each cell of a zone may be: the character read, the look-alikes its field's type allows,
 * a filler inside a run of fillers, and what the cell gave when read again alone.
 */

interface CellRead {
  readonly char: string;
  /** OCR's confidence in the character, 0–100. */
  readonly confidence: number;
  /** Where OCR placed it, in the pixels of the zone's crop (to read the cell again alone). */
  readonly box?: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

/** What OCR put in one character cell: nothing, one character, or (rarely) two overlapping. */
export type Cell = readonly CellRead[];

/** OCR confusions of the MRZ font, both ways (issue 12's list, plus `6`/`G`, `0`/`Q D`). */
export const CONFUSIONS: Readonly<Record<string, string>> = {
  '<': 'KLCSZGE',
  K: '<',
  L: '<1',
  C: '<',
  S: '<5',
  Z: '<2',
  G: '<6',
  E: '<',
  '0': 'OQD',
  O: '0',
  Q: '0',
  D: '0',
  '1': 'IL',
  I: '1',
  '8': 'B',
  B: '8',
  '5': 'S',
  '2': 'Z',
  '6': 'G',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
const ALLOWED: Readonly<Record<SlotClass, string>> = {
  A: `${LETTERS}<`,
  N: DIGITS,
  X: `${LETTERS}${DIGITS}<`,
  D: DIGITS,
  S: 'MFX<',
  n: `${LETTERS}<`,
  F: '<',
  Y: `${LETTERS}${DIGITS}`,
};
/** A read below this is doubtful: every confusion of it becomes a candidate at a small cost. */
const DOUBTFUL_BELOW = 60;

export interface Option {
  readonly char: string;
  readonly cost: number;
}

const LOOKALIKES = 'KLCSZGE';

/**
 * Cells of free fields (document number, optional data) inside a run of fillers and their
 * look-alikes (`<<<<KLK`): fillers read as letters. A single letter between other characters
 * (`L898902C3`) is not in such a run.
 */
export function fillerRuns(classes: string, cells: readonly Cell[]): boolean[] {
  const flags = Array.from({ length: classes.length }, () => false);
  const isFillerish = (at: number) => {
    const char = cells[at]?.[0]?.char;
    return classes[at] === 'X' && (char === undefined || char === '<' || LOOKALIKES.includes(char));
  };
  for (let at = 0; at < classes.length; ) {
    if (!isFillerish(at)) {
      at++;
      continue;
    }
    let end = at;
    while (end < classes.length && isFillerish(end)) end++;
    let fillers = 0;
    for (let i = at; i < end; i++) if (!cells[i]?.[0] || cells[i]?.[0]?.char === '<') fillers++;
    if (end - at >= 3 && fillers >= 2) for (let i = at; i < end; i++) flags[i] = true;
    at = end;
  }
  return flags;
}

/**
 * What a cell read again alone gave, where it differs from the line's read: a second witness for
 * that character, any the field allows (`9` read `I` inside `Z5V9NP8XP`, which no confusion list
 * holds), tried like a doubtful character's look-alike.
 */
const REREAD_COST = 0.5;

export function optionsOf(cell: Cell, slot: SlotClass, inFillerRun = false, reread?: string): Option[] {
  const allowed = ALLOWED[slot];
  const options = new Map<string, number>();
  const offer = (char: string, cost: number) => {
    if (allowed.includes(char) && cost < (options.get(char) ?? Number.POSITIVE_INFINITY))
      options.set(char, cost);
  };
  if (inFillerRun) offer('<', 0);
  if (reread !== undefined && cell.length > 0) offer(reread, REREAD_COST);
  for (const read of cell) {
    offer(read.char, inFillerRun ? 0.6 : 0);
    const forced = !allowed.includes(read.char);
    const doubtful = read.confidence < DOUBTFUL_BELOW;
    for (const alt of CONFUSIONS[read.char] ?? '') offer(alt, forced ? 0.3 : doubtful ? 0.5 : 1);
  }
  if (cell.length === 0) offer('<', 0);
  if (options.size === 0) for (const digit of allowed) offer(digit, 2);
  return [...options.entries()].map(([char, cost]) => ({ char, cost })).sort((a, b) => a.cost - b.cost);
}
