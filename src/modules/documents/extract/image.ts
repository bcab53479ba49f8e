import sharp, { type Metadata, type Sharp } from 'sharp';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import { type ExifSummary, parseExif } from './exif.js';

/**
 * Images: the header is read and checked against the limits before a single pixel is decoded,
 * and every decode carries sharp's own pixel limit as a second guard.
 */
export const IMAGE_LIMITS = {
  maxPixels: DOCUMENT_LIMITS.maxPixels,
  maxSide: DOCUMENT_LIMITS.maxSide,
  /** Multi-page TIFFs: the same page limit as PDFs. */
  maxPages: DOCUMENT_LIMITS.maxPages,
} as const;

/** Longest side an image is scaled to before OCR: tesseract's time grows with the area. */
const OCR_MAX_SIDE = 2400;

export interface ImageHeader {
  format: string;
  width: number;
  height: number;
  pages: number;
  channels: number;
  /** Pixels per inch recorded in the file, if any. */
  density?: number;
  hasAlpha: boolean;
  /** EXIF orientation 1–8 (rotated photos are 5–8: width and height swap on display). */
  orientation?: number;
  exif: ExifSummary;
}

export type ImageHeaderResult =
  | { ok: true; header: ImageHeader }
  | { ok: false; code: 'image_unreadable' | 'image_too_large' | 'image_too_many_pages'; reason: string };

/** Reads only the header (sharp's metadata does not decode pixels) and applies IMAGE_LIMITS. */
export async function readImageHeader(bytes: Uint8Array): Promise<ImageHeaderResult> {
  let meta: Metadata;
  try {
    // metadata() parses the header only; no pixel is decoded, so the limit is applied below.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    return { ok: false, code: 'image_unreadable', reason: errorText(error) };
  }
  const { width, height } = meta;
  if (!width || !height) return { ok: false, code: 'image_unreadable', reason: 'no image dimensions' };
  const pixels = width * height;
  if (pixels > IMAGE_LIMITS.maxPixels || Math.max(width, height) > IMAGE_LIMITS.maxSide) {
    const reason = `${width} × ${height} pixels exceeds the limit of ${IMAGE_LIMITS.maxPixels} pixels / ${IMAGE_LIMITS.maxSide} per side`;
    return { ok: false, code: 'image_too_large', reason };
  }
  const pages = meta.pages ?? 1;
  if (pages > IMAGE_LIMITS.maxPages) {
    return {
      ok: false,
      code: 'image_too_many_pages',
      reason: `${pages} pages exceeds ${IMAGE_LIMITS.maxPages}`,
    };
  }
  const header: ImageHeader = {
    format: meta.format,
    width,
    height,
    pages,
    channels: meta.channels,
    hasAlpha: meta.hasAlpha,
    exif: await parseExif(meta.exif),
  };
  if (meta.density !== undefined) header.density = meta.density;
  if (meta.orientation !== undefined) header.orientation = meta.orientation;
  return { ok: true, header };
}

/** A sharp pipeline over an image whose header already passed `readImageHeader`. */
export const openImage = (bytes: Uint8Array, page = 0): Sharp =>
  sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, page }).rotate();

/** Upright, greyscale, at most OCR_MAX_SIDE: what the OCR pool reads. */
export async function prepareImageForOcr(bytes: Uint8Array, page = 0): Promise<Buffer> {
  return openImage(bytes, page)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize({ width: OCR_MAX_SIDE, height: OCR_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
