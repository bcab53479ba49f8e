import type { Cell } from './mrz.options.js';

/**
 * The page's own read of the zone: the page OCR (no whitelist, at the page's scale) read the
 * zone's lines with the rest of the page, apart from the zone reader's read of its band. Where it
 * gives a cell's character too, that cell has two witnesses: a character both read is read, however
 * unsure each was (a tampered digit the band read at 80 is a tampered digit, held-out seed 127
 * #88, #89), and where they differ, the page's character is one more candidate for the resolver
 * (`mrz.reread.ts`), accepted only when the whole zone then adds up.
 */

/** What the page OCR, reading without the zone's alphabet, prints for a zone's `1`. */
const ONE_LOOKALIKES = /[\]|]/g;

/** Share of a zone line's cells a page line must agree on to be its read: the same line, not another. */
const SAME_LINE_AT = 0.7;

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
    for (const text of texts) {
      if (text.length !== row.length) continue;
      const agreed = asRead.filter((char, at) => char === text[at]).length;
      if (!best || agreed > best.agreed) best = { text, agreed };
    }
    if (!best || best.agreed < row.length * SAME_LINE_AT) return;
    for (const [at, char] of [...best.text].entries()) witness.set(`${line}:${at}`, char);
  });
  return witness;
}
