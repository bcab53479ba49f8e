import sharp from 'sharp';
import { estimateSkew } from './image.skew.js';
import type { OcrBox } from './ocr.js';

/**
 * A page photographed askew, turned level before OCR reads it: OCR's line model misreads tilted
 * print, and confidently (`LLC` read `EEE` at 96 on a licence photographed 1.5° askew, held-out
 * seed 83 #9; read level, `LLC`). What OCR places on the levelled page is placed back on the
 * page as given (`boxBeforeLevelling`), so a field's box is drawn where the seller sees it.
 */

/** Lines tilted by this many degrees or more are levelled (as the zone reader does). */
const LEVEL_FROM_DEGREES = 1;

interface Size {
  readonly width: number;
  readonly height: number;
}

/** How a page was levelled: turned by `degrees` (clockwise), from `given` to `levelled` pixels. */
export interface Levelling {
  readonly degrees: number;
  readonly given: Size;
  readonly levelled: Size;
}

/**
 * The page level, how it was turned and the tilt its lines were measured at; the page itself
 * when its lines already are.
 */
export async function levelPage(
  image: Buffer,
): Promise<{ image: Buffer; skew: number; levelling?: Levelling }> {
  const skew = await estimateSkew(image);
  if (Math.abs(skew) < LEVEL_FROM_DEGREES) return { image, skew };
  const turned = sharp(image).rotate(-skew, { background: '#ffffff' });
  const { data, info } = await turned.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  const { width = 0, height = 0 } = await sharp(image).metadata();
  return {
    image: data,
    skew,
    levelling: {
      degrees: -skew,
      given: { width, height },
      levelled: { width: info.width, height: info.height },
    },
  };
}

/** A box OCR found on the levelled page, on the page as given: the bounds of its corners turned back. */
export function boxBeforeLevelling(box: OcrBox, levelling: Levelling): OcrBox {
  const { degrees, given, levelled } = levelling;
  const radians = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
  const back = (x: number, y: number): [number, number] => {
    const [dx, dy] = [x - levelled.width / 2, y - levelled.height / 2];
    return [dx * cos + dy * sin + given.width / 2, -dx * sin + dy * cos + given.height / 2];
  };
  const corners = [back(box.x0, box.y0), back(box.x1, box.y0), back(box.x0, box.y1), back(box.x1, box.y1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  return {
    x0: clamp(Math.min(...xs), given.width),
    y0: clamp(Math.min(...ys), given.height),
    x1: clamp(Math.max(...xs), given.width),
    y1: clamp(Math.max(...ys), given.height),
  };
}
