/**
 * Incremental updates of a PDF (ISO 32000-1 §7.5.6): a program that saves an existing PDF "in
 * place" appends the objects it changed, a new cross-reference section and a new `%%EOF` after the
 * issuer's bytes, which stay as they were. Each `startxref … %%EOF` ending is one save. The bytes up
 * to the first one are the file as it was first saved, and open on their own: comparing them with
 * the whole file says what the later saves changed. Pure over bytes; the caller opens the saves.
 */

/** Where each save of the file ends (the offset just past its `%%EOF`), in file order. */
export function saveEnds(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const ends: number[] = [];
  for (const match of text.matchAll(/startxref\s+\d+\s*%%EOF/g)) ends.push(match.index + match[0].length);
  // A linearised file (qpdf --linearize, "fast web view") opens with a first-page section that ends
  // in its own `%%EOF` before the rest of the same save: not a save of its own.
  if (ends.length > 1 && /\/Linearized\s/.test(text.slice(0, 1024))) ends.shift();
  return ends;
}

/** What one save of the file shows when opened on its own. */
export interface SaveView {
  readonly pageCount: number;
  readonly producer?: string | undefined;
  readonly createdAt?: string | undefined;
  readonly modifiedAt?: string | undefined;
  /** Text layer per page, in page order. */
  readonly pages: readonly string[];
}

/** The saves of a PDF with more than one: the first save against the file as it opens now. */
export interface PdfRevisions {
  /** Saves in the file: the first one and each incremental update after it. */
  readonly count: number;
  /** The first save on its own, or `undefined` when those bytes do not open. */
  readonly original?:
    | {
        readonly producer?: string | undefined;
        readonly createdAt?: string | undefined;
        readonly modifiedAt?: string | undefined;
        readonly pageCount: number;
      }
    | undefined;
  /** Pages (1-based) of the first save whose text the updates changed or removed. */
  readonly changedPages: readonly number[];
  /** Pages the updates added after the first save's last. */
  readonly addedPages: number;
  /** Words of the first save's text the updates took away, and words they put in (a few, as evidence). */
  readonly removedWords: readonly string[];
  readonly addedWords: readonly string[];
  /** Image objects the updates wrote (a page picture replaced, or a signature's image). */
  readonly imagesAdded: number;
}

const EVIDENCE_WORDS = 8;

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/** Words of `a` not in `b`, counting repeats (a multiset difference). */
function missingWords(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else missing.push(w);
  }
  return missing;
}

/**
 * The first save against the whole file. A page's text counts as changed when its words differ in
 * any way (a word replaced, taken away or put in): an issuer that stamps or signs does it in the
 * annotations or by writing the file anew, neither of which shows here.
 */
export function compareSaves(
  bytes: Uint8Array,
  ends: readonly number[],
  original: SaveView | undefined,
  now: SaveView,
): PdfRevisions {
  const appended = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(ends[0] ?? bytes.byteLength)
    .toString('latin1');
  const imagesAdded = appended.match(/\/Subtype\s*\/Image(?![A-Za-z])/g)?.length ?? 0;
  if (!original)
    return {
      count: ends.length,
      changedPages: [],
      addedPages: 0,
      removedWords: [],
      addedWords: [],
      imagesAdded,
    };
  const changedPages: number[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  for (const [i, before] of original.pages.entries()) {
    const was = wordsOf(before);
    const is = wordsOf(now.pages[i] ?? '');
    const gone = missingWords(was, is);
    const put = missingWords(is, was);
    if (gone.length > 0 || put.length > 0 || i >= now.pageCount) changedPages.push(i + 1);
    removed.push(...gone);
    added.push(...put);
  }
  return {
    count: ends.length,
    original: {
      producer: original.producer,
      createdAt: original.createdAt,
      modifiedAt: original.modifiedAt,
      pageCount: original.pageCount,
    },
    changedPages,
    addedPages: Math.max(0, now.pageCount - original.pageCount),
    removedWords: removed.slice(0, EVIDENCE_WORDS),
    addedWords: added.slice(0, EVIDENCE_WORDS),
    imagesAdded,
  };
}
