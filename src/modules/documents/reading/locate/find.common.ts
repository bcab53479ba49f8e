import { compact, hanSyllables } from '../../../matching/index.js';

/**
 * Finders: where a registered value appears in a document's text, tolerant of OCR confusions,
 * case, word order, abbreviations and script. Each returns whether it was found, the text that
 * matched best (also when not found, for the reviewer) and a similarity in 0..1.
 */
export interface FieldMatch {
  readonly isFound: boolean;
  readonly matched?: string;
  readonly similarity: number;
  /**
   * Not found, but printed with one character off that OCR confuses (`科艺路` for `科苑路`, number,
   * unit and city right): the text as read, for a warning that asks to confirm rather than a fail.
   */
  readonly unclear?: string;
}

export const NOT_FOUND: FieldMatch = { isFound: false, similarity: 0 };

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Text with 汉字 runs spelled as joined pinyin and everything else compacted: compares across scripts. */
export const scriptFolded = (text: string): string =>
  compact(text.replace(/\p{Script=Han}+/gu, (run) => ` ${hanSyllables(run).join('')} `));
