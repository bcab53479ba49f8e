/**
 * The few EXIF tags the authenticity checks read, parsed from the raw EXIF block sharp returns
 * (a TIFF structure, optionally behind an `Exif\0\0` prefix). Malformed blocks give `{}`.
 */
export interface ExifSummary {
  make?: string;
  model?: string;
  software?: string;
  /** IFD0 DateTime: when the file was last changed (editors rewrite it). */
  modifiedAt?: string;
  /** DateTimeOriginal: when the picture was taken. */
  takenAt?: string;
  /** DateTimeDigitized. */
  digitizedAt?: string;
}

const TAG = {
  make: 0x010f,
  model: 0x0110,
  software: 0x0131,
  dateTime: 0x0132,
  exifIfd: 0x8769,
  dateTimeOriginal: 0x9003,
  dateTimeDigitized: 0x9004,
} as const;
const ASCII = 2;
const LONG = 4;
const MAX_ENTRIES = 512;

export function parseExif(block: Uint8Array | undefined): ExifSummary {
  if (!block || block.length < 8) return {};
  const offset = block.length >= 6 && String.fromCharCode(...block.subarray(0, 4)) === 'Exif' ? 6 : 0;
  const view = new DataView(block.buffer, block.byteOffset + offset, block.byteLength - offset);
  try {
    const order = view.getUint16(0);
    if (order !== 0x4949 && order !== 0x4d4d) return {};
    const little = order === 0x4949;
    const ifd0 = readIfd(view, view.getUint32(4, little), little);
    const exifOffset = ifd0.get(TAG.exifIfd);
    const exif = typeof exifOffset === 'number' ? readIfd(view, exifOffset, little) : new Map();
    const text = (map: Map<number, string | number>, tag: number): string | undefined => {
      const value = map.get(tag);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const summary: ExifSummary = {};
    const entries: [keyof ExifSummary, string | undefined][] = [
      ['make', text(ifd0, TAG.make)],
      ['model', text(ifd0, TAG.model)],
      ['software', text(ifd0, TAG.software)],
      ['modifiedAt', exifDate(text(ifd0, TAG.dateTime))],
      ['takenAt', exifDate(text(exif, TAG.dateTimeOriginal))],
      ['digitizedAt', exifDate(text(exif, TAG.dateTimeDigitized))],
    ];
    for (const [key, value] of entries) if (value !== undefined) summary[key] = value;
    return summary;
  } catch {
    return {};
  }
}

function readIfd(view: DataView, start: number, little: boolean): Map<number, string | number> {
  const values = new Map<number, string | number>();
  const count = Math.min(view.getUint16(start, little), MAX_ENTRIES);
  for (let index = 0; index < count; index++) {
    const entry = start + 2 + index * 12;
    const tag = view.getUint16(entry, little);
    const type = view.getUint16(entry + 2, little);
    const length = view.getUint32(entry + 4, little);
    if (type === LONG && length === 1) values.set(tag, view.getUint32(entry + 8, little));
    if (type === ASCII) {
      const at = length <= 4 ? entry + 8 : view.getUint32(entry + 8, little);
      const chars: number[] = [];
      for (let i = 0; i < length && at + i < view.byteLength; i++) {
        const char = view.getUint8(at + i);
        if (char === 0) break;
        chars.push(char);
      }
      values.set(tag, String.fromCharCode(...chars));
    }
  }
  return values;
}

/** `2026:01:12 10:20:30` → `2026-01-12T10:20:30` (EXIF has no zone); anything else unchanged. */
function exifDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}` : value;
}
