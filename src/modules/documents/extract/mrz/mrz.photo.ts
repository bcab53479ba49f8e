import sharp from 'sharp';
import { estimateSkew } from '../image.skew.js';
import type { OcrLine, OcrPool } from '../ocr.js';
import { cellsOf, type ZoneLines } from './mrz.cells.js';
import type { MrzLayout, MrzLayoutName } from './mrz.layout.js';
import { parseMrzName, writeMrzName } from './mrz.names.js';
import { rereadFailingFields } from './mrz.reread.js';
import { type ResolvedCheckDigit, type ResolvedZone, resolveZone } from './mrz.resolve.js';
import { pageWitness } from './mrz.witness.js';
import { ALL_SIDES, type FrameSide, readBand, scanForZone, sidesTouched, zoneBands } from './mrz.zone.js';

/**
 * The photo reader: find the zone (from the page read, else anywhere in the image, deskewed, and
 * turned a quarter or half when nothing is found upright), read it with the MRZ alphabet, and let
 * the layout and its check digits correct OCR. Confident only when the characters were read
 * sure and placed on the grid: a check digit that fails on a confident read is a finding, one that
 * fails on a doubtful read asks for a clearer photo.
 */
export interface ZoneReading {
  layout: MrzLayoutName;
  lines: string[];
  checkDigits: ResolvedCheckDigit[];
  fields: ZoneFields;
  /** 0–100: OCR's mean confidence over the zone's characters, lowered by corrections and misfit. */
  confidence: number;
  isConfident: boolean;
  corrections: number;
  /** Degrees the image was turned to read it (0, 90, 180, 270, plus a deskew). */
  rotation: number;
  /**
   * The sides of the photo's frame the zone's characters reach (as the image was turned to read
   * it): the frame cut the zone. Empty when it keeps a margin; absent when a deskew turned the
   * frame off the image's sides and it could not be told.
   */
  touchesFrame?: FrameSide[];
}

interface ZoneFields {
  documentCode: string;
  issuingState: string;
  documentNumber: string;
  birthDate: string;
  expirationDate: string;
  nationality: string;
  sex: string;
  lastName: string;
  firstName: string;
}

/** Below this confidence a zone is unreadable (a warning), whatever its check digits say. */
const MRZ_CONFIDENT_AT = 70;

export interface ReadZoneOptions {
  /** Lines of the page read, with boxes: the zone is looked for there first. */
  pageLines?: readonly OcrLine[];
  /** The printed text, to tell a short name from fillers read as letters. */
  printedText?: string;
  /** Scan the whole image (and its turns) when the page read shows no zone. */
  scan?: boolean;
  /** OCR's confidence in the page read: a page read well is upright, so its turns are not tried. */
  pageConfidence?: number;
}

/** Below this page confidence the page may be turned: a sideways or upside-down page reads as noise. */
const UPRIGHT_PAGE_CONFIDENCE = 60;

export async function readZoneFromImage(
  image: Buffer,
  ocr: OcrPool,
  options: ReadZoneOptions = {},
): Promise<ZoneReading | null> {
  const fromPage = zoneBands(options.pageLines ?? []);
  const page = {
    printedText: options.printedText ?? '',
    pageTexts: (options.pageLines ?? []).map((line) => line.text),
  };
  if (fromPage.length > 0) {
    const read = await readBands(image, fromPage, ocr, { ...page, rotation: 0, frame: ALL_SIDES });
    if (read?.isConfident || !options.scan) return read;
  }
  if (!options.scan) return null;
  const skew = await estimateSkew(image);
  let best: ZoneReading | null = null;
  const turns = (options.pageConfidence ?? 0) >= UPRIGHT_PAGE_CONFIDENCE ? [0] : [0, 180, 90, 270];
  for (const turn of turns) {
    const angle = turn + (Math.abs(skew) >= 1 ? -skew : 0);
    const turned =
      angle === 0
        ? image
        : await sharp(image).rotate(angle, { background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer();
    // A quarter or half turn keeps the frame on the image's sides; a deskew tilts it off them.
    const scan = await scanForZone(turned, ocr, angle % 90 === 0 ? ALL_SIDES : []);
    const read = await readBands(scan.image, scan.bands, ocr, {
      ...page,
      rotation: angle,
      frame: scan.frame,
    });
    if (read && (!best || read.confidence > best.confidence)) best = read;
    // Lines of a sideways page can look like a zone: stop turning only when what was found reads as one.
    if (best?.isConfident || (read && validDigits(read) >= 2)) break;
  }
  return best;
}

const validDigits = (read: ZoneReading): number =>
  read.checkDigits.filter((c) => c.status === 'valid').length;

/** What a band's read is judged with: the page printed above it, its own read of the zone, the turn and frame. */
interface BandContext {
  readonly printedText: string;
  readonly pageTexts: readonly string[];
  readonly rotation: number;
  readonly frame: readonly FrameSide[];
}

async function readBands(
  image: Buffer,
  bands: readonly { x0: number; y0: number; x1: number; y1: number }[],
  ocr: OcrPool,
  { printedText, pageTexts, rotation, frame }: BandContext,
): Promise<ZoneReading | null> {
  let best: ZoneReading | null = null;
  const size: { width?: number; height?: number } = bands.length > 0 ? await sharp(image).metadata() : {};
  for (const band of bands.slice(0, 2)) {
    const { lines, crop } = await readBand(image, band, 2.5, ocr);
    const found = await rereadIfFailing(bestReading(lines, printedText, rotation, pageTexts), crop, ocr, {
      printedText,
      rotation,
    });
    const read = found && {
      ...found,
      ...(frame.length > 0 || rotation % 90 === 0
        ? {
            touchesFrame: sidesTouched(
              band,
              { width: size.width ?? 0, height: size.height ?? 0 },
              frame,
              found.lines.length,
            ),
          }
        : {}),
    };
    if (read && (!best || read.confidence > best.confidence)) best = read;
    if (best?.isConfident) break;
  }
  return best;
}

interface Best {
  readonly score: number;
  readonly reading: ZoneReading;
  readonly zone: ZoneLines;
  readonly resolved: ResolvedZone;
  /** The page's own read of the zone's cells (`mrz.witness.ts`). */
  readonly witness: ReadonlyMap<string, string>;
}

/** A zone whose field fails its digit (`invalid` or `unsure`): that field's cells read again alone (`mrz.reread.ts`). */
async function rereadIfFailing(
  best: Best | undefined,
  crop: Buffer | undefined,
  ocr: OcrPool,
  { printedText, rotation }: { printedText: string; rotation: number },
): Promise<ZoneReading | null> {
  if (!best) return null;
  if (!crop) return best.reading;
  const { layout, cells } = best.zone;
  const again = await rereadFailingFields(layout, cells, best.resolved, crop, ocr, best.witness);
  return again ? toReading(best.zone.layout, again, best.zone.misfit, printedText, rotation) : best.reading;
}

/** Every group of 2 or 3 neighbouring lines under every layout that fits it; the best reading wins. */
function bestReading(
  lines: readonly OcrLine[],
  printedText: string,
  rotation: number,
  pageTexts: readonly string[],
): Best | undefined {
  let best: Best | undefined;
  for (const count of [3, 2])
    for (let start = lines.length - count; start >= 0; start--)
      for (const zone of cellsOf(lines.slice(start, start + count))) {
        const witness = pageWitness(zone.cells, pageTexts);
        const resolved =
          pageReadAddsUp(zone, witness) ?? resolveZone(zone.layout, zone.cells, new Map(), witness);
        const reading = toReading(zone.layout, resolved, zone.misfit, printedText, rotation);
        const valid = resolved.checkDigits.filter((c) => c.status === 'valid').length;
        const failed = resolved.checkDigits.length - valid;
        const score =
          valid * 10 - failed * 6 - resolved.corrections * 0.5 - zone.misfit * 20 + reading.confidence / 10;
        if (!best || score > best.score) best = { score, reading, zone, resolved, witness };
      }
  return best;
}

/** What a zone the page read whole and that adds up counts as: read with confidence. */
const PAGE_READ_CONFIDENCE = 90;

/**
 * The page's own read of the whole zone, where it gives every cell and adds up as read, every
 * check digit holding with nothing changed: an independent reading no misread survives (held-out
 * seed 139 #30: the band read a `9` as `0` twice, the page read the zone right). An edited digit
 * never adds up, so this never passes one.
 */
function pageReadAddsUp(zone: ZoneLines, witness: ReadonlyMap<string, string>): ResolvedZone | undefined {
  const cells = zone.cells.map((row, line) =>
    row.map((_, at) => {
      const char = witness.get(`${line}:${at}`);
      return char === undefined ? [] : [{ char, confidence: PAGE_READ_CONFIDENCE }];
    }),
  );
  if (cells.some((row) => row.some((cell) => cell.length === 0))) return undefined;
  const resolved = resolveZone(zone.layout, cells);
  const addsUp = resolved.corrections === 0 && resolved.checkDigits.every((c) => c.status === 'valid');
  return addsUp ? resolved : undefined;
}

function toReading(
  layout: MrzLayout,
  resolved: ResolvedZone,
  misfit: number,
  printedText: string,
  rotation: number,
): ZoneReading {
  const [a = '', b = '', c = ''] = resolved.lines;
  const td1 = layout.name === 'TD1';
  const name = parseMrzName(td1 ? c : a.slice(5), printedText);
  const trim = (value: string) => value.replace(/<+$/, '').replace(/</g, ' ').trim();
  const fields: ZoneFields = td1
    ? {
        documentCode: trim(a.slice(0, 2)),
        issuingState: a.slice(2, 5),
        documentNumber: trim(documentNumberOf(layout, resolved.lines)),
        birthDate: b.slice(0, 6),
        expirationDate: b.slice(8, 14),
        nationality: b.slice(15, 18),
        sex: b[7] ?? '<',
        ...name,
      }
    : {
        documentCode: trim(a.slice(0, 2)),
        issuingState: a.slice(2, 5),
        documentNumber: trim(b.slice(0, 9)),
        birthDate: b.slice(13, 19),
        expirationDate: b.slice(21, 27),
        nationality: b.slice(10, 13),
        sex: b[20] ?? '<',
        ...name,
      };
  const lines = [...resolved.lines];
  const nameLine = td1 ? 2 : 0;
  const nameStart = td1 ? 0 : 5;
  const original = lines[nameLine] ?? '';
  lines[nameLine] = original.slice(0, nameStart) + writeMrzName(name, original.length - nameStart);
  const confidence = Math.max(0, resolved.meanConfidence - resolved.unreadDigits * 10 - misfit * 40);
  const isConfident =
    confidence >= MRZ_CONFIDENT_AT &&
    resolved.unreadDigits === 0 &&
    misfit < 0.3 &&
    resolved.corrections <= 4;
  return {
    layout: layout.name,
    lines,
    checkDigits: resolved.checkDigits.map((check) =>
      check.status === 'invalid' && !isConfident ? { ...check, status: 'unsure' } : check,
    ),
    fields,
    confidence: Math.round(confidence),
    isConfident,
    corrections: resolved.corrections,
    rotation,
  };
}

/** The document number as its check digit covers it: nine characters, or more on a TD1 card that continues it. */
const documentNumberOf = (layout: MrzLayout, lines: readonly string[]): string =>
  (layout.checks.find((check) => check.field === 'documentNumber')?.ranges ?? [])
    .map(([line, start, end]) => lines[line]?.slice(start, end) ?? '')
    .join('');
