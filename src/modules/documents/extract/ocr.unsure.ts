import type { OcrLine } from './ocr.js';

/**
 * 汉字 read below this symbol confidence were read unsure. Measured on seed 59 #32 (`chi_sim`,
 * `{ layout: true }`): the misread brand characters `结` at 70 and `赛` at 83, every other 汉字 of
 * both lines at 90–99.
 */
const HAN_READ_SURELY_AT = 90;

/** A line that holds 汉字 read unsure: its text without whitespace and their positions in it. */
export interface UnsureHan {
  text: string;
  at: number[];
}

/**
 * The lines of a page whose 汉字 OCR was unsure of, each character placed by its symbol. A line
 * whose symbols do not spell its text (nothing to place them by) gives nothing.
 */
export function unsureHanOf(lines: readonly OcrLine[]): UnsureHan[] {
  return lines.flatMap((line) => {
    const text = [...line.text.replace(/\s/g, '')];
    const symbols = line.symbols.flatMap((s) =>
      [...s.text.replace(/\s/g, '')].map((c) => ({ c, confidence: s.confidence })),
    );
    if (symbols.length !== text.length || symbols.some((s, k) => s.c !== text[k])) return [];
    const at = symbols.flatMap((s, k) =>
      /\p{Script=Han}/u.test(s.c) && s.confidence < HAN_READ_SURELY_AT ? [k] : [],
    );
    return at.length > 0 ? [{ text: text.join(''), at }] : [];
  });
}
