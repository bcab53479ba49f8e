/**
 * Text folding shared by every normaliser: Unicode NFKC (full-width letters and digits become
 * ASCII), lower case, diacritics removed, and the letters that do not decompose spelled out.
 */

const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPELLED_OUT_PATTERN = /[ßæœøłđðþı]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const HAN = /\p{Script=Han}/u;

/** `Ｍüller` → `muller`; `ØRSTED` → `orsted`. Han characters pass through unchanged. */
export function foldText(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}

/** German-style transliteration of umlauts (`müller` → `mueller`), the other common ASCII spelling. */
export function foldUmlautsAsE(raw: string): string {
  return foldText(
    raw
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[äöü]/g, (letter) => `${letter}e`),
  );
}

export const hasHan = (text: string): boolean => HAN.test(text);
export const isHanChar = (char: string): boolean => HAN.test(char);

/** Keeps letters and digits only: `Pridham-St.` → `pridhamst` (after folding). */
export const compact = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
