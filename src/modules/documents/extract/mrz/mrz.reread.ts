import sharp from 'sharp';
import type { OcrPool } from '../ocr.js';
import type { MrzLayout } from './mrz.layout.js';
import { type Cell, type ResolvedZone, resolveZone } from './mrz.resolve.js';
import { MRZ_ALPHABET } from './mrz.zone.js';

/**
 * A field whose check digit fails (`invalid`, or `unsure` on a doubtful read), read again one cell
 * at a time. Read as a line, OCR's language model can pull a character towards a word: a crisp
 * `9` in `Z5V9NP8XP` came back `I` at 96 (`VIN`), on the zone and on the printed page alike (seed
 * 71 #14, a genuine German card failed `MRZ_CHECK_DIGIT`). Alone, the cell reads `9`. What a cell
 * gives alone, where it differs, is offered to the resolver as a candidate (`REREAD_COST`), and
 * the check digits choose, with a second witness required: the whole zone must then add up, the
 * composite without a change of its own. An edited digit is left alone: its cells read the same
 * alone, and a cell that does not would make the field's digit hold only by chance (one in ten),
 * the composite, which covers the field and the edited digit, then failing (a one-character change
 * moves its weighted sum: the weights 7, 3, 1 are prime to 10). The field's own check digit is
 * read again too (held-out seed 83 #18: a birth date's crisp `9` read `0`): put right, it must
 * make the composite, computed over it, hold as read; an edited digit, which the composite was
 * computed over, makes it fail.
 */

/** Pixels of white around a cell read alone (tesseract reads a glyph touching the edge badly). */
const CELL_MARGIN = 12;

/** Whether the zone, which did not add up, now adds up, every digit, the composite without a change of its own. */
export function acceptReread(layout: MrzLayout, before: ResolvedZone, after: ResolvedZone): boolean {
  if (!layout.checks.some((check) => check.field === 'composite')) return false;
  const status = (zone: ResolvedZone, field: string) => zone.checkDigits.find((c) => c.field === field);
  const composite = status(after, 'composite');
  if (composite?.status !== 'valid' || composite.asRead !== undefined) return false;
  return (
    before.checkDigits.some((c) => c.status !== 'valid') &&
    after.checkDigits.every((c) => c.status === 'valid')
  );
}

const cellPlaces = (line: number, start: number, end: number): (readonly [number, number])[] =>
  Array.from({ length: end - start }, (_, k) => [line, start + k] as const);

/** The failing fields' cells read alone, where a read differs from the line's: by `line:at`. */
async function rereadCells(
  layout: MrzLayout,
  cells: readonly (readonly Cell[])[],
  resolved: ResolvedZone,
  crop: Buffer,
  ocr: OcrPool,
): Promise<Map<string, string>> {
  const rereads = new Map<string, string>();
  const failing = resolved.checkDigits.filter((c) => c.status !== 'valid' && c.field !== 'composite');
  const { width = 0, height = 0 } = await sharp(crop).metadata();
  for (const check of failing) {
    const rule = layout.checks.find((r) => r.field === check.field);
    if (!rule) continue;
    // The field's characters and its digit: a crisp 9 read 0 is the digit itself (seed 83 #18).
    const places = [...rule.ranges.flatMap(([line, start, end]) => cellPlaces(line, start, end)), rule.at];
    for (const [line, at] of places) {
      const cell = cells[line]?.[at] ?? [];
      const box = cell[0]?.box;
      if (!box) continue;
      const left = Math.max(0, Math.floor(box.x0) - 2);
      const top = Math.max(0, Math.floor(box.y0) - 2);
      const cut = {
        left,
        top,
        width: Math.min(width, Math.ceil(box.x1) + 2) - left,
        height: Math.min(height, Math.ceil(box.y1) + 2) - top,
      };
      if (cut.width < 3 || cut.height < 3) continue;
      const image = await sharp(crop)
        .extract(cut)
        .extend({
          top: CELL_MARGIN,
          bottom: CELL_MARGIN,
          left: CELL_MARGIN,
          right: CELL_MARGIN,
          background: '#ffffff',
        })
        .png({ compressionLevel: 1 })
        .toBuffer();
      const read = await ocr.recognise(image, 'eng', { whitelist: MRZ_ALPHABET, singleChar: true });
      const char = read.status === 'read' ? read.text.trim().toUpperCase() : '';
      if (char.length === 1 && char !== cell[0]?.char) rereads.set(`${line}:${at}`, char);
    }
  }
  return rereads;
}

/** The zone resolved again with its failing fields' cells read alone, when that is vouched for; else null. */
export async function rereadFailingFields(
  layout: MrzLayout,
  cells: readonly (readonly Cell[])[],
  resolved: ResolvedZone,
  crop: Buffer,
  ocr: OcrPool,
  witness: ReadonlyMap<string, string> = new Map(),
): Promise<ResolvedZone | null> {
  if (!resolved.checkDigits.some((c) => c.status !== 'valid' && c.field !== 'composite')) return null;
  const rereads = await rereadCells(layout, cells, resolved, crop, ocr);
  // Where the page's own read differs from the band's, it is a candidate as a cell read alone is.
  for (const [key, char] of witness) {
    const [line = 0, at = 0] = key.split(':').map(Number);
    if (!rereads.has(key) && char !== cells[line]?.[at]?.[0]?.char) rereads.set(key, char);
  }
  if (rereads.size === 0) return null;
  const again = resolveZone(layout, cells, rereads, witness);
  return acceptReread(layout, resolved, again) ? again : null;
}
