/**
 * The real type of an upload, read from its first bytes; the file name and the declared
 * content type are never trusted.
 */
type SupportedKind = 'pdf' | 'jpeg' | 'png' | 'tiff';
type UnsupportedKind = 'empty' | 'heic' | 'heif' | 'avif' | 'gif' | 'webp' | 'zip' | 'unknown';

export interface SupportedType {
  kind: SupportedKind;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff';
}
interface UnsupportedType {
  unsupported: UnsupportedKind;
  reason: string;
}
export type DetectedType = SupportedType | UnsupportedType;

/** How far into the file `%PDF-` may start: readers accept leading junk within the first KiB. */
const PDF_HEADER_SEARCH_BYTES = 1024;

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((value, index) => bytes[at + index] === value);

const unsupported = (kind: UnsupportedKind, reason: string): UnsupportedType => ({
  unsupported: kind,
  reason,
});

export const isSupportedType = (type: DetectedType): type is SupportedType => 'kind' in type;

export function detectFileType(bytes: Uint8Array): DetectedType {
  if (bytes.length === 0) return unsupported('empty', 'the file is empty (0 bytes)');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'png', mime: 'image/png' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'tiff', mime: 'image/tiff' };
  }
  if (hasPdfHeader(bytes)) return { kind: 'pdf', mime: 'application/pdf' };
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIC_BRANDS.has(brand)) return unsupported('heic', `HEIC image (brand ${brand}); export it as JPEG`);
    if (HEIF_BRANDS.has(brand)) return unsupported('heif', `HEIF image (brand ${brand}); export it as JPEG`);
    if (AVIF_BRANDS.has(brand)) return unsupported('avif', `AVIF image (brand ${brand}); export it as JPEG`);
  }
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    return unsupported('gif', 'GIF image; upload a PDF, JPEG, PNG or TIFF');
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return unsupported('webp', 'WEBP image; upload a PDF, JPEG, PNG or TIFF');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return unsupported('zip', 'ZIP archive (or an Office document); upload a PDF, JPEG, PNG or TIFF');
  }
  return unsupported('unknown', 'not a PDF, JPEG, PNG or TIFF file');
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(bytes.length, PDF_HEADER_SEARCH_BYTES));
  return head.includes('%PDF-');
}
