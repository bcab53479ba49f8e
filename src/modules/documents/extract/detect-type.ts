import { fileTypeFromBuffer } from 'file-type';

/**
 * The real type of an upload, read from its first bytes by `file-type`; the file name and the
 * declared content type are never trusted.
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

const SUPPORTED: Readonly<Record<string, SupportedType>> = {
  pdf: { kind: 'pdf', mime: 'application/pdf' },
  // Illustrator files are PDFs with private data; every PDF reader opens them.
  ai: { kind: 'pdf', mime: 'application/pdf' },
  jpg: { kind: 'jpeg', mime: 'image/jpeg' },
  png: { kind: 'png', mime: 'image/png' },
  tif: { kind: 'tiff', mime: 'image/tiff' },
};

const UPLOAD_ONE_OF = 'upload a PDF, JPEG, PNG or TIFF';
const REFUSED: Readonly<Record<string, UnsupportedType>> = {
  heic: { unsupported: 'heic', reason: 'HEIC image; export it as JPEG' },
  heif: { unsupported: 'heif', reason: 'HEIF image; export it as JPEG' },
  avif: { unsupported: 'avif', reason: 'AVIF image; export it as JPEG' },
  gif: { unsupported: 'gif', reason: `GIF image; ${UPLOAD_ONE_OF}` },
  webp: { unsupported: 'webp', reason: `WEBP image; ${UPLOAD_ONE_OF}` },
  zip: { unsupported: 'zip', reason: `ZIP archive; ${UPLOAD_ONE_OF}` },
};
const OFFICE = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub']);

export const isSupportedType = (type: DetectedType): type is SupportedType => 'kind' in type;

export async function detectFileType(bytes: Uint8Array): Promise<DetectedType> {
  if (bytes.length === 0) return { unsupported: 'empty', reason: 'the file is empty (0 bytes)' };
  const found = await fileTypeFromBuffer(bytes);
  const ext = found?.ext;
  if (ext && SUPPORTED[ext]) return SUPPORTED[ext];
  if (ext && REFUSED[ext]) return REFUSED[ext];
  if (ext && OFFICE.has(ext))
    return { unsupported: 'zip', reason: `an Office document (${ext}); ${UPLOAD_ONE_OF}` };
  if (!found && hasPdfHeader(bytes)) return SUPPORTED.pdf!;
  if (!found && hasTiffHeader(bytes)) return SUPPORTED.tif!;
  return {
    unsupported: 'unknown',
    reason: found ? `a ${ext} file (${found.mime}); ${UPLOAD_ONE_OF}` : `not a PDF, JPEG, PNG or TIFF file`,
  };
}

/** `%PDF-` after leading junk, which `file-type` (rightly, for other formats) does not look past. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_SEARCH_BYTES)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * A TIFF header whose first directory lies past the bytes given: `file-type` reads the directory
 * to tell raw camera formats apart and gives up on a head (uploads are typed from their first 4 KiB).
 */
function hasTiffHeader(bytes: Uint8Array): boolean {
  const magic = Buffer.from(bytes.subarray(0, 4)).toString('latin1');
  return magic === 'II*\0' || magic === 'MM\0*';
}
