import sharp from 'sharp';
import type { OcrBox, OcrLine, OcrPool } from '../ocr.js';

/**
 * Where the zone is in an image, and its lines read again with the MRZ alphabet at the size OCR
 * reads best. The zone is found from lines that look like one (long, no spaces, fillers or their
 * look-alikes), from the page read when there is one, else from a sparse read of the whole image.
 */
export const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
/** Width of the whole-image sparse read that looks for a zone. */
const MRZ_SCAN_WIDTH = 1000;
/** Character height the zone is scaled to for its own read (measured best between 22 and 30 px). */
const MRZ_GLYPH_HEIGHT = 26;

/** A line that could belong to a zone: 20+ characters of the MRZ alphabet, with fillers or their look-alikes. */
function looksLikeZoneLine(text: string): boolean {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  if (compact.length < 20) return false;
  const alphabet = [...compact].filter((c) => /[A-Z0-9<«]/.test(c)).length;
  return alphabet / compact.length >= 0.9 && (/[<«]/.test(compact) || /[KL]{4,}/.test(compact));
}

/** Neighbouring zone-like lines (one above the other, at most ~2 line heights apart), bottom group first. */
export function zoneBands(lines: readonly Pick<OcrLine, 'text' | 'box'>[]): OcrBox[] {
  const candidates = lines.filter((line) => looksLikeZoneLine(line.text)).sort((a, b) => a.box.y0 - b.box.y0);
  const bands: OcrBox[] = [];
  for (const line of candidates) {
    const last = bands.at(-1);
    const height = line.box.y1 - line.box.y0;
    if (last && line.box.y0 - last.y1 < height * 2.5) {
      last.x0 = Math.min(last.x0, line.box.x0);
      last.x1 = Math.max(last.x1, line.box.x1);
      last.y1 = Math.max(last.y1, line.box.y1);
    } else bands.push({ ...line.box });
  }
  return bands.reverse();
}

export type FrameSide = 'left' | 'top' | 'right' | 'bottom';

/** The sides of an image that are the photo's own frame (not a white margin trimmed away). */
export const ALL_SIDES: readonly FrameSide[] = ['left', 'top', 'right', 'bottom'];

/**
 * The frame sides a band of zone lines reaches: its characters end within `tolerance` line heights
 * of a side that is the photo's own frame, so the frame cut the zone (or the zone was printed
 * right up to the edge of what was photographed). A printed zone keeps a margin of several
 * characters to the page's edge, so a tight but whole scan does not touch.
 */
export function sidesTouched(
  band: OcrBox,
  size: { width: number; height: number },
  frame: readonly FrameSide[],
  lineCount: number,
): FrameSide[] {
  const lineHeight = Math.max(1, (band.y1 - band.y0) / Math.max(1, lineCount * 1.6));
  const tolerance = lineHeight * 0.6;
  const gaps: Record<FrameSide, number> = {
    left: band.x0,
    top: band.y0,
    right: size.width - band.x1,
    bottom: size.height - band.y1,
  };
  return frame.filter((side) => gaps[side] <= tolerance);
}

/**
 * Looks for zone lines anywhere in the image (prepared greyscale PNG). `frame` lists the sides of
 * the returned image that are still the photo's frame: a side white margin was trimmed from is not.
 */
export async function scanForZone(
  image: Buffer,
  ocr: OcrPool,
  frame: readonly FrameSide[] = ALL_SIDES,
): Promise<{ image: Buffer; bands: OcrBox[]; frame: FrameSide[] }> {
  // White margins (a turned photo's corners, a scan's border) would make the page's text smaller.
  const { width: fullWidth = 0, height: fullHeight = 0 } = await sharp(image).metadata();
  const trim = await sharp(image)
    .trim({ background: '#ffffff', threshold: 40 })
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true })
    .catch(() => undefined);
  const trimmed = trim?.data ?? image;
  const cutLeft = -(trim?.info.trimOffsetLeft ?? 0);
  const cutTop = -(trim?.info.trimOffsetTop ?? 0);
  const kept: Record<FrameSide, boolean> = {
    left: cutLeft === 0,
    top: cutTop === 0,
    right: !trim || cutLeft + trim.info.width >= fullWidth,
    bottom: !trim || cutTop + trim.info.height >= fullHeight,
  };
  const sides = frame.filter((side) => kept[side]);
  const { width = 0 } = await sharp(trimmed).metadata();
  const scaled =
    width > MRZ_SCAN_WIDTH * 1.2 || width < MRZ_SCAN_WIDTH * 0.8
      ? await sharp(trimmed).resize({ width: MRZ_SCAN_WIDTH }).png({ compressionLevel: 1 }).toBuffer()
      : trimmed;
  const read = await ocr.recognise(scaled, 'eng', { whitelist: MRZ_ALPHABET, sparse: true, layout: true });
  if (read.status !== 'read') return { image: scaled, bands: [], frame: sides };
  return { image: scaled, bands: zoneBands(read.lines ?? []), frame: sides };
}

/** The band cut out with a margin, scaled to MRZ_GLYPH_HEIGHT, read line by line with character boxes. */
export async function readBand(
  image: Buffer,
  band: OcrBox,
  lineCount: number,
  ocr: OcrPool,
): Promise<{ lines: OcrLine[]; crop?: Buffer }> {
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const lineHeight = Math.max(4, (band.y1 - band.y0) / Math.max(1, lineCount * 1.6));
  const margin = Math.round(lineHeight * 1.2);
  const left = Math.max(0, band.x0 - margin);
  const top = Math.max(0, band.y0 - margin);
  const right = Math.min(width, band.x1 + margin);
  const bottom = Math.min(height, band.y1 + margin);
  if (right - left < 20 || bottom - top < 8) return { lines: [] };
  const scale = Math.min(4, Math.max(0.25, MRZ_GLYPH_HEIGHT / lineHeight));
  const crop = await sharp(image)
    .extract({ left, top, width: right - left, height: bottom - top })
    .resize({ width: Math.round((right - left) * scale) })
    .normalise()
    .png({ compressionLevel: 1 })
    .toBuffer();
  const read = await ocr.recognise(crop, 'eng', { whitelist: MRZ_ALPHABET, layout: true });
  if (read.status !== 'read') return { lines: [] };
  // The crop is what the boxes are in: a cell is cut from it to be read again alone.
  return { lines: (read.lines ?? []).filter((line) => line.symbols.length >= 10), crop };
}
