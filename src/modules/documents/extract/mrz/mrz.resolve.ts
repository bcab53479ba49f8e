import { mrzCheckDigit } from '../../../matching/index.js';
import { type CheckDigitRule, type MrzLayout, type SlotClass, slotsFor } from './mrz.layout.js';
import { type Cell, CONFUSIONS, DIGITS, fillerRuns, type Option, optionsOf } from './mrz.options.js';

export type { Cell };

/**
 * From what OCR saw in each character cell of a zone to the most likely lines: every cell gets
 * candidates (the character read, its known confusions where the field's type allows them), and
 * each check digit chooses, among the readings with the fewest changes, one that adds up.
 */

type CheckDigitStatus = 'valid' | 'invalid' | 'unsure';

export interface ResolvedCheckDigit {
  readonly field: CheckDigitRule['field'];
  readonly status: CheckDigitStatus;
  /** The field as OCR read it, when the digit holds only after confusions were undone in it. */
  readonly asRead?: string;
  /** The check digit's own cell was not read alone and sure: the page cannot vouch against it. */
  readonly digitUnsure?: true;
}

export interface ResolvedZone {
  readonly lines: string[];
  readonly checkDigits: ResolvedCheckDigit[];
  /** Cells whose character was changed from what OCR read (confusions undone). */
  readonly corrections: number;
  /** Digit cells where OCR read nothing usable. */
  readonly unreadDigits: number;
  /** Mean OCR confidence over the cells that held a character. */
  readonly meanConfidence: number;
}

/** Changes tried per check digit: two misread characters in one field is the most OCR gets wrong. */
const MAX_CHANGES = 2;
/**
 * A check digit is right by chance one time in ten, so trying many changes would "confirm" a
 * wrong reading: at most one change of a character read with confidence (cost 1), plus cheaper
 * ones (a character the field cannot hold, or one read with doubt).
 */
const MAX_COST = 1.5;

/** A cell read at least this sure, alone in its cell, counts as read: a check digit it breaks fails. */
const CONFIDENT_CELL = 90;
/** What a cell the band read nothing in is taken to hold from the page's read alone: a doubtful read. */
const WITNESS_ALONE = 50;

interface Position {
  readonly line: number;
  readonly at: number;
}

/**
 * `rereads`: by `line:at`, what cells read again alone gave where it differs (`mrz.reread.ts`).
 * `witness`: by `line:at`, what the page's own read gave (`mrz.witness.ts`): a cell both read
 * alike is read, however unsure each read was; a cell they read differently is in doubt.
 */
export function resolveZone(
  layout: MrzLayout,
  bandCells: readonly (readonly Cell[])[],
  rereads: ReadonlyMap<string, string> = new Map(),
  witness: ReadonlyMap<string, string> = new Map(),
): ResolvedZone {
  const doubtful = (p: Position): boolean => {
    const cell = bandCells[p.line]?.[p.at] ?? [];
    const seen = witness.get(`${p.line}:${p.at}`);
    if (seen !== undefined) return seen !== cell[0]?.char;
    return cell.length !== 1 || cell.some((read) => read.confidence < CONFIDENT_CELL);
  };
  // A cell the band read nothing in takes the page's character, as a doubtful read (still doubtful above).
  const cells = bandCells.map((row, line) =>
    row.map((cell, at) => {
      const seen = witness.get(`${line}:${at}`);
      return cell.length === 0 && seen ? [{ char: seen, confidence: WITNESS_ALONE }] : cell;
    }),
  );
  const [countryLine, countryAt] = layout.countries[0] ?? [0, 0];
  const issuer = [0, 1, 2].map((k) => cells[countryLine]?.[countryAt + k]?.[0]?.char ?? '<').join('');
  const options = slotsFor(layout, issuer).map((classes, line) => {
    const runs = fillerRuns(classes, cells[line] ?? []);
    return [...classes].map((slot, at) => {
      const cell = cells[line]?.[at] ?? [];
      // The second character of the document code is a filler far more often than K or L.
      const code = line === 0 && at === 1 && cell.some((read) => read.char === 'K' || read.char === 'L');
      return optionsOf(cell, slot as SlotClass, runs[at] || code, rereads.get(`${line}:${at}`));
    });
  });
  const chosen = options.map((line) => line.map((cell) => cell[0]?.char ?? '<'));
  const fixed = new Set<string>();
  const checkDigits: ResolvedCheckDigit[] = [];
  for (const rule of layout.checks) {
    const positions: Position[] = [
      ...rule.ranges.flatMap(([line, start, end]) =>
        Array.from({ length: end - start }, (_, i) => ({ line, at: start + i })),
      ),
      { line: rule.at[0], at: rule.at[1] },
    ];
    const free = positions.filter((p) => !fixed.has(`${p.line}:${p.at}`));
    const asRead = valueAt(chosen, rule);
    const status = chooseForRule(rule, positions, free, options, chosen, doubtful);
    const corrected = status === 'valid' && valueAt(chosen, rule) !== asRead;
    const digitUnsure = doubtful({ line: rule.at[0], at: rule.at[1] });
    checkDigits.push({
      field: rule.field,
      status,
      ...(corrected ? { asRead } : {}),
      ...(status !== 'valid' || corrected ? (digitUnsure ? { digitUnsure: true as const } : {}) : {}),
    });
    if (status === 'valid') for (const p of positions) fixed.add(`${p.line}:${p.at}`);
  }
  let corrections = 0;
  let unreadDigits = 0;
  let confidenceSum = 0;
  let confidenceCount = 0;
  layout.lines.forEach((classes, line) => {
    [...classes].forEach((slot, at) => {
      const cell = cells[line]?.[at] ?? [];
      const char = chosen[line]?.[at];
      if (cell.length > 0 && !cell.some((read) => read.char === char)) corrections++;
      if (
        (slot === 'N' || slot === 'D') &&
        !cell.some((read) => DIGITS.includes(read.char) || CONFUSIONS[read.char])
      )
        unreadDigits++;
      for (const read of cell.slice(0, 1)) {
        confidenceSum += read.confidence;
        confidenceCount++;
      }
    });
  });
  return {
    lines: chosen.map((line) => line.join('')),
    checkDigits,
    corrections,
    unreadDigits,
    meanConfidence: confidenceCount ? confidenceSum / confidenceCount : 0,
  };
}

const valueAt = (chosen: string[][], rule: CheckDigitRule): string =>
  rule.ranges.map(([line, start, end]) => chosen[line]?.slice(start, end).join('') ?? '').join('');

/** Whether one check digit of `lines` adds up under `layout` (after a correction from the printed text). */
export function checkDigitHolds(
  layout: MrzLayout,
  lines: readonly string[],
  field: CheckDigitRule['field'],
): boolean {
  const rule = layout.checks.find((check) => check.field === field);
  return rule
    ? holds(
        rule,
        lines.map((line) => [...line]),
      )
    : false;
}

/** `YYMMDD` with a month and a day that exist: a "correction" to day 00 is no reading. */
const isPlausibleDate = (value: string): boolean => {
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  return /^\d{6}$/.test(value) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

function holds(rule: CheckDigitRule, chosen: string[][]): boolean {
  const value = valueAt(chosen, rule);
  if ((rule.field === 'birthDate' || rule.field === 'expirationDate') && !isPlausibleDate(value))
    return false;
  const digit = chosen[rule.at[0]]?.[rule.at[1]];
  if (rule.mayBeFiller && /^<*$/.test(value) && (digit === '<' || digit === '0')) return true;
  return mrzCheckDigit(value) === digit;
}

/**
 * Tries the readings with at most MAX_CHANGES cells changed, cheapest first, and keeps the first
 * that adds up. Invalid is `unsure` when a cell it covers was doubtful or ambiguous, and no second
 * witness read it alike: then the digit proves nothing, and the seller is asked for a clearer
 * photo rather than told it is wrong.
 */
function chooseForRule(
  rule: CheckDigitRule,
  positions: readonly Position[],
  free: readonly Position[],
  options: readonly Option[][][],
  chosen: string[][],
  doubtful: (p: Position) => boolean,
): CheckDigitStatus {
  if (holds(rule, chosen)) return 'valid';
  const alternatives = free.flatMap((p) =>
    (options[p.line]?.[p.at] ?? []).slice(1).map((option) => ({ p, option })),
  );
  let best: { cost: number; changes: typeof alternatives } | undefined;
  const tryChanges = (changes: typeof alternatives) => {
    const cost = changes.reduce((sum, c) => sum + c.option.cost, 0);
    if (cost > MAX_COST || (best && cost >= best.cost)) return;
    const saved = changes.map((c) => chosen[c.p.line]![c.p.at]!);
    for (const c of changes) chosen[c.p.line]![c.p.at] = c.option.char;
    if (holds(rule, chosen)) best = { cost, changes };
    changes.forEach((c, i) => {
      chosen[c.p.line]![c.p.at] = saved[i]!;
    });
  };
  for (let i = 0; i < alternatives.length; i++) {
    tryChanges([alternatives[i]!]);
    if (MAX_CHANGES < 2) continue;
    for (let j = i + 1; j < alternatives.length; j++) {
      if (alternatives[i]!.p === alternatives[j]!.p) continue;
      tryChanges([alternatives[i]!, alternatives[j]!]);
    }
  }
  if (best) {
    for (const c of best.changes) chosen[c.p.line]![c.p.at] = c.option.char;
    return 'valid';
  }
  return positions.some(doubtful) ? 'unsure' : 'invalid';
}
