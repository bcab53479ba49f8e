import { findDates } from './dates.js';

/** Only the printed (visual) part is a second witness: the zone's own lines are in the text too. */
const printedVisual = (text: string): string =>
  text
    .split('\n')
    // A zone line is one run (or has fillers); two printed dates side by side are not one.
    .filter((line) => !/[<«]|[A-Z0-9]{15,}/.test(line))
    .join('\n');

export function printedValues(text: string): { printedDates: Set<string>; printedTokens: Set<string> } {
  const visual = printedVisual(text);
  return {
    printedDates: new Set(findDates(visual).map((d) => d.date.slice(2).replaceAll('-', ''))),
    printedTokens: new Set(visual.toUpperCase().match(/\b[A-Z0-9]{6,9}\b/g) ?? []),
  };
}

/**
 * Letters Latin OCR takes for one another in a name (`CHAO` read `CHAQ` in a zone: held-out seed
 * 101 #33), each pair in alphabetical order. A name has no check digit; the page's printed name
 * is the only other witness.
 */
const NAME_LOOKALIKES: ReadonlySet<string> = new Set(['OQ', 'DO', 'CG', 'EF', 'IL', 'UV']);

const isLookalike = (a: string, b: string): boolean => NAME_LOOKALIKES.has(a < b ? `${a}${b}` : `${b}${a}`);

/**
 * The zone's holder name with each word the page does not print put right where the page prints a
 * word of the same length one look-alike letter off it, and no other such word (`ZHENG CHAQ` with
 * `Given names CHAO` printed above is `ZHENG CHAO`). A word the page prints as read is kept.
 */
export function reconcileName(name: string, text: string): string {
  const printed = new Set(
    printedVisual(text)
      .toUpperCase()
      .match(/[A-Z]+/g) ?? [],
  );
  return name
    .split(' ')
    .map((word) => {
      if (word.length < 2 || printed.has(word)) return word;
      const near = [...printed].filter((p) => {
        if (p.length !== word.length) return false;
        const off = [...p].flatMap((c, k) => (c === word[k] ? [] : [[c, word[k]!] as const]));
        return off.length === 1 && isLookalike(off[0]![0], off[0]![1]);
      });
      return near.length === 1 ? near[0]! : word;
    })
    .join(' ');
}
