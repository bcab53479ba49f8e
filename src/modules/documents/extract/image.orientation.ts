import sharp from 'sharp';
import type { OcrLanguage, OcrPool } from './ocr.js';

/**
 * Photos that reach us sideways, upside down or mirrored (a front camera mirrors what it sees)
 * and carry no EXIF orientation to say so: OCR reads them as noise, and the seller would be asked
 * for a clearer copy of a sharp photo. A page read below `TRY_TURNS_BELOW` is read again, small,
 * in the other ways up (upside down, on either side, mirrored); the way that reads clearly better
 * (`readability`) than the page as given wins, and the page is read in full that way. A page that
 * reads badly every way (blurred, dark) costs the four small reads only.
 */
const TRY_TURNS_BELOW = 55;
/** How much better (OCR confidence points) another way up must read to be taken. */
const CLEARLY_BETTER_BY = 15;
/** Longest side of the small reads: enough for tesseract to tell words from noise. */
const PROBE_SIDE = 1000;

export interface Turn {
  /** Clockwise degrees the image was turned to read it. */
  degrees: 0 | 90 | 180 | 270;
  /** Mirrored left to right before turning. */
  mirrored: boolean;
}

/** Upside down first: the commonest, and the one taken without trying the others when it reads far better. */
const TURNS: readonly Turn[] = [
  { degrees: 180, mirrored: false },
  { degrees: 90, mirrored: false },
  { degrees: 270, mirrored: false },
  { degrees: 0, mirrored: true },
];
/** A turn that reads this much better than the page as given is taken at once. */
const PLAINLY_BETTER_BY = 30;

/** Characters in words of three or more letters or digits that make the score count in full. */
const WORDS_ENOUGH = 40;

/**
 * OCR's confidence, counted in full only when the text has words in it: tesseract can be sure of
 * a few letters it found in the stripes of a sideways page ("Hl di ki"), never of a page of words.
 */
export function readability(text: string, confidence: number): number {
  const wordChars = text
    .split(/\s+/)
    .filter((token) => /^[\p{L}\p{N}][\p{L}\p{N}.,:;'/-]{2,}$/u.test(token))
    .reduce((sum, token) => sum + token.length, 0);
  return confidence * Math.min(1, wordChars / WORDS_ENOUGH);
}

/** The image turned as `turn` says (PNG, same pixels otherwise). */
export function turnImage(image: Buffer, turn: Turn, maxSide?: number): Promise<Buffer> {
  let pipeline = sharp(image);
  if (turn.mirrored) pipeline = pipeline.flop();
  if (turn.degrees) pipeline = pipeline.rotate(turn.degrees);
  if (maxSide) pipeline = pipeline.resize({ width: maxSide, height: maxSide, fit: 'inside' });
  return pipeline.png({ compressionLevel: 1 }).toBuffer();
}

/**
 * The way up a page reads best, when it read poorly as given (`read`: the full read's text and
 * confidence) and another way reads clearly better; `undefined` to keep it as it is. Never
 * throws: a failed small read counts as unreadable.
 */
export async function findReadableTurn(
  image: Buffer,
  read: { text: string; confidence: number },
  ocr: OcrPool,
  language: OcrLanguage,
): Promise<Turn | undefined> {
  if (read.confidence >= TRY_TURNS_BELOW) return undefined;
  const probe = async (turn: Turn) => {
    try {
      const result = await ocr.recognise(await turnImage(image, turn, PROBE_SIDE), language);
      return result.status === 'read' ? readability(result.text, result.confidence) : 0;
    } catch {
      return 0;
    }
  };
  const asGiven = readability(read.text, read.confidence);
  let best: { turn: Turn; score: number } | undefined;
  for (const turn of TURNS) {
    const score = await probe(turn);
    if (!best || score > best.score) best = { turn, score };
    if (score >= TRY_TURNS_BELOW && score >= asGiven + PLAINLY_BETTER_BY) break;
  }
  if (!best || best.score < TRY_TURNS_BELOW || best.score < asGiven + CLEARLY_BETTER_BY) return undefined;
  return best.turn;
}

/** A rectangle as shares (0–1) of an image's width and height. */
interface ShareBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A box found on the turned image, placed on the image as uploaded (what the document viewer
 * draws): the turn undone, then the mirror. The readers keep the upright boxes.
 */
export function boxAsGiven(box: ShareBox, turn: Turn): ShareBox {
  const back = ([u, v]: [number, number]): [number, number] => {
    const [x, y]: [number, number] =
      turn.degrees === 90
        ? [v, 1 - u]
        : turn.degrees === 180
          ? [1 - u, 1 - v]
          : turn.degrees === 270
            ? [1 - v, u]
            : [u, v];
    return turn.mirrored ? [1 - x, y] : [x, y];
  };
  const [ax, ay] = back([box.x, box.y]);
  const [bx, by] = back([box.x + box.width, box.y + box.height]);
  return { x: Math.min(ax, bx), y: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
}
