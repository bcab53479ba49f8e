import type { Placement, ReaderInput } from './reader.types.js';
import type { ReadPage } from './reading.schema.js';

const squash = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** The page an offset of the document's text falls on (pages without text are not in the text). */
function pageAt(pages: readonly ReadPage[], at: number): ReadPage | undefined {
  let start = 0;
  let last: ReadPage | undefined;
  for (const page of pages) {
    if (page.source === 'none') continue;
    const end = start + page.text.length;
    if (at < end + 1) return page;
    start = end + 1;
    last = page;
  }
  return last;
}

/**
 * Where a value printed at `at` in the document's text was read: its page, and the OCR line
 * that holds it (box and confidence) when OCR gave lines; the page's confidence otherwise.
 */
export function placeText(
  input: Pick<ReaderInput, 'pages' | 'lines'>,
  reader: string,
  printed: string,
  at?: number,
  onPage?: { file: number; page: number },
): Placement {
  const page =
    onPage !== undefined
      ? input.pages.find((p) => p.file === onPage.file && p.page === onPage.page)
      : at !== undefined
        ? pageAt(input.pages, at)
        : input.pages.find((p) => squash(p.text).includes(squash(printed)));
  const file = page?.file ?? onPage?.file ?? 1;
  const number = page?.page ?? onPage?.page ?? 1;
  const wanted = squash(printed);
  const line = wanted
    ? input.lines.find(
        (l) => l.file === file && l.page === number && squash(l.text).includes(wanted.slice(0, 40)),
      )
    : undefined;
  const source = page?.source === 'ocr' ? 'ocr' : 'text_layer';
  const confidence = line ? line.confidence : source === 'ocr' ? Math.round(page?.confidence ?? 0) / 100 : 1;
  return {
    file,
    page: number,
    ...(line ? { box: line.box } : {}),
    confidence,
    source,
    reader,
    text: printed,
  };
}
