import sharp from 'sharp';
import { type DetectedType, detectFileType, isSupportedType, type SupportedType } from './detect-type.js';
import { type ImageHeader, prepareImageForOcr, readImageHeader } from './image.js';
import { type ImageMetrics, measureImage } from './image.metrics.js';
import { findMrz, type MrzReading } from './mrz.js';
import type { OcrLanguage, OcrPool } from './ocr.js';
import { inspectPdf, type PdfInspection, renderPdfPage } from './pdf.js';

/**
 * One file in, everything the checks read out: type, limits, text per page (text layer, else
 * OCR of the rendered page or the image), metadata, image metrics and the MRZ.
 */
export const EXTRACTION_LIMITS = {
  /** Upload limit of SPEC section 5 / issue 5. */
  maxFileBytes: 10 * 1024 * 1024,
  /** A PDF page with fewer characters in its text layer than this is treated as scanned and OCR'd. */
  minTextLayerChars: 20,
} as const;

export type ExtractionFailureCode =
  | 'file_too_large'
  | 'unsupported_type'
  | 'pdf_encrypted'
  | 'pdf_unreadable'
  | 'pdf_too_many_pages'
  | 'image_unreadable'
  | 'image_too_large'
  | 'image_too_many_pages';

export interface PageText {
  page: number;
  source: 'text_layer' | 'ocr';
  text: string;
  /** OCR confidence 0–100; absent for the text layer. */
  confidence?: number;
}

export interface Extraction {
  type: SupportedType;
  pages: PageText[];
  pdf?: Omit<PdfInspection, 'pages'>;
  image?: { header: ImageHeader; metrics: ImageMetrics };
  mrz: MrzReading | null;
  /** Languages asked for whose data is missing, with why: never silently skipped. */
  unavailableLanguages: { language: OcrLanguage; reason: string }[];
  /** OCR runs that failed (the page then has no text). */
  ocrFailures: { page: number; reason: string }[];
}

export type ExtractionResult =
  | { ok: true; extraction: Extraction }
  | { ok: false; code: ExtractionFailureCode; reason: string; type?: DetectedType };

export interface ExtractOptions {
  ocr: OcrPool;
  /** Languages to read scanned pages in; 'eng' by default. */
  languages?: OcrLanguage[];
}

export async function extractDocument(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractionResult> {
  if (bytes.length > EXTRACTION_LIMITS.maxFileBytes) {
    const reason = `${bytes.length} bytes exceeds the limit of ${EXTRACTION_LIMITS.maxFileBytes}`;
    return { ok: false, code: 'file_too_large', reason };
  }
  const type = detectFileType(bytes);
  if (!isSupportedType(type)) return { ok: false, code: 'unsupported_type', reason: type.reason, type };
  const extraction: Extraction = { type, pages: [], mrz: null, unavailableLanguages: [], ocrFailures: [] };
  const languages = options.languages ?? ['eng'];
  for (const language of languages) {
    if (!options.ocr.isAvailable(language)) {
      extraction.unavailableLanguages.push({ language, reason: `language ${language} unavailable` });
    }
  }
  const readable = languages.filter((language) => options.ocr.isAvailable(language));
  const ocrPage = async (page: number, image: Buffer): Promise<void> => {
    const texts: string[] = [];
    let confidence = 100;
    for (const language of readable) {
      const result = await options.ocr.recognise(image, language);
      if (result.status === 'read') {
        texts.push(result.text.trim());
        confidence = Math.min(confidence, result.confidence);
      } else {
        extraction.ocrFailures.push({ page, reason: result.reason });
      }
    }
    if (texts.length > 0) extraction.pages.push({ page, source: 'ocr', text: texts.join('\n'), confidence });
  };

  let band: MrzReading | undefined;
  if (type.kind === 'pdf') {
    const inspected = await inspectPdf(bytes);
    if (!inspected.ok) return { ok: false, code: inspected.code, reason: inspected.reason, type };
    const { pages, ...rest } = inspected.pdf;
    extraction.pdf = rest;
    for (const page of pages) {
      if (page.text.replace(/\s/g, '').length >= EXTRACTION_LIMITS.minTextLayerChars) {
        extraction.pages.push({ page: page.page, source: 'text_layer', text: page.text });
      } else {
        await ocrPage(page.page, await renderPdfPage(bytes, page.page));
      }
    }
  } else {
    const header = await readImageHeader(bytes);
    if (!header.ok) return { ok: false, code: header.code, reason: header.reason, type };
    // OCR runs in its worker thread and sharp in libuv's pool: the metrics are measured meanwhile.
    const metrics = measureImage(bytes, header.header);
    metrics.catch(() => undefined);
    let prepared = prepareImageForOcr(bytes, 0);
    for (let page = 0; page < header.header.pages; page++) {
      const image = await prepared;
      if (page + 1 < header.header.pages) prepared = prepareImageForOcr(bytes, page + 1);
      await ocrPage(page + 1, image);
      band ??= await readMrzBand(extraction, page + 1, image, options.ocr);
    }
    extraction.image = { header: header.header, metrics: await metrics };
  }
  extraction.mrz = band ?? findMrz(extraction.pages.map((page) => page.text).join('\n'));
  return { ok: true, extraction };
}

/** The MRZ alphabet: what the second read of a zone may output. */
const MRZ_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
/** Width the MRZ band is read at: 44 characters at ~20 px each. */
export const MRZ_BAND_WIDTH = 900;
/** Filler runs a page read shows when a zone is there but came out garbled. */
const MRZ_TRACE = /<{3,}|[A-Z0-9]<<[A-Z]/;

/**
 * Chevrons defeat a general read: fillers come out as `ccc`, `=` or `«`, a `6` as `8`. When a page
 * shows the trace of a zone but none parses, or its check digits fail, its lower half is read again
 * with only the MRZ alphabet (passports and ID backs carry the zone at the bottom); a better zone
 * found there joins the text and is the document's MRZ.
 */
async function readMrzBand(
  extraction: Extraction,
  page: number,
  image: Buffer,
  ocr: OcrPool,
): Promise<MrzReading | undefined> {
  const entry = extraction.pages.find((p) => p.page === page);
  const first = entry ? findMrz(entry.text) : null;
  if (!entry || !MRZ_TRACE.test(entry.text) || first?.hasValidCheckDigits) return undefined;
  const { width = 0, height = 0 } = await sharp(image).metadata();
  if (width === 0 || height === 0) return undefined;
  const top = Math.floor(height * 0.5);
  // Large glyphs read worse: the band is scaled to MRZ_BAND_WIDTH (measured: 19 zones of 24 at 800 px, 4 at 1600).
  const band = await sharp(image)
    .extract({ left: 0, top, width, height: height - top })
    .resize({ width: Math.min(width, MRZ_BAND_WIDTH) })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const result = await ocr.recognise(band, 'eng', { whitelist: MRZ_CHARACTERS });
  if (result.status !== 'read') return undefined;
  const reading = findMrz(result.text) ?? undefined;
  // Read twice, an OCR slip rarely repeats: the reading whose check digits hold more often stands;
  // an edited zone fails the same way both times.
  if (!reading || (first && validDigits(reading) <= validDigits(first))) return undefined;
  entry.text = `${entry.text}\n${reading.lines.join('\n')}`;
  return reading;
}

const validDigits = (reading: MrzReading): number =>
  reading.details.filter((d) => /CheckDigit$/.test(d.field) && d.valid).length;
