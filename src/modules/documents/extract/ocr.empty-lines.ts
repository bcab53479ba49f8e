import type { OcrLine, OcrPool, OcrResult } from './ocr.js';

type Read = Extract<OcrResult, { status: 'read' }>;

/** At most this many lines of one page are read again: a photo's background can hold many. */
const MAX_REREADS = 4;
/** What a line read empty still shows: the edge of the card or of the photo, read as `|`. */
const EDGE_MARKS = /[\s|｜!！:：。，,.'"“”‘’_\-—~]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * A line Tesseract found on a page read in Chinese but read as (almost) nothing: wide, as tall as
 * text, and at most two characters besides the edge marks. Seed 97 #1: a 营业执照's 名称 line on a
 * photo, its box from the left border to the line's end, read `|`; the same box, a little wider
 * on each side and read alone, gives `名 称 东莞市亿锦家居用品有限公司` at confidence 80.
 */
const isReadEmpty = (line: OcrLine): boolean => {
  const width = line.box.x1 - line.box.x0;
  const height = line.box.y1 - line.box.y0;
  return height >= 16 && width >= 200 && width >= 4 * height && line.text.replace(EDGE_MARKS, '').length <= 2;
};

/**
 * A Chinese page's lines read empty, read again alone, each in its own box with a margin of an
 * eighth of its height. A line read again is kept when it holds two 汉字 or more; the page's text is
 * then its lines in order, so that the finders see the line where it is printed.
 */
export async function rereadEmptyLines(image: Buffer, read: Read, ocr: OcrPool): Promise<Read> {
  const empty = (read.lines ?? []).filter(isReadEmpty).slice(0, MAX_REREADS);
  if (empty.length === 0) return read;
  const found = new Map<OcrLine, OcrLine>();
  for (const line of empty) {
    const margin = Math.round((line.box.y1 - line.box.y0) / 8);
    const left = Math.max(0, line.box.x0 - margin);
    const top = Math.max(0, line.box.y0 - margin);
    const rectangle = {
      left,
      top,
      width: line.box.x1 + margin - left,
      height: line.box.y1 + margin - top,
    };
    const again = await ocr.recognise(image, read.language, { rectangle, layout: true });
    if (again.status !== 'read') continue;
    const centre = (l: OcrLine) => (l.box.y0 + l.box.y1) / 2;
    const closest = (again.lines ?? [])
      .filter((l) => (l.text.match(HAN)?.length ?? 0) >= 2)
      .sort((a, b) => Math.abs(centre(a) - centre(line)) - Math.abs(centre(b) - centre(line)))[0];
    if (closest) found.set(line, closest);
  }
  if (found.size === 0) return read;
  const lines = (read.lines ?? []).map((line) => found.get(line) ?? line);
  return { ...read, lines, text: lines.map((line) => line.text).join('\n') };
}
