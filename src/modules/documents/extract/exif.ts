import exifr from 'exifr';

/**
 * The few EXIF tags the authenticity checks read, from the raw EXIF block sharp returns (a TIFF
 * structure behind an `Exif\0\0` prefix), parsed by `exifr`. Malformed blocks give `{}`.
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

/** exifr's tag names for each field. */
const TAGS = {
  make: 'Make',
  model: 'Model',
  software: 'Software',
  modifiedAt: 'ModifyDate',
  takenAt: 'DateTimeOriginal',
  digitizedAt: 'CreateDate',
} as const satisfies Record<keyof ExifSummary, string>;

const EXIF_PREFIX = 'Exif\0\0';

export async function parseExif(block: Uint8Array | undefined): Promise<ExifSummary> {
  if (!block || block.length < 8) return {};
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const tiff = bytes.subarray(0, 6).toString('latin1') === EXIF_PREFIX ? bytes.subarray(6) : bytes;
  let tags: Record<string, unknown> | undefined;
  try {
    // Values stay as written: EXIF dates carry no zone, and reviving them would guess one.
    tags = await exifr.parse(tiff, {
      tiff: true,
      ifd0: {},
      exif: true,
      gps: false,
      interop: false,
      ifd1: false,
      pick: Object.values(TAGS),
      reviveValues: false,
      translateValues: false,
    });
  } catch {
    return {};
  }
  const summary: ExifSummary = {};
  for (const [key, tag] of Object.entries(TAGS) as [keyof ExifSummary, string][]) {
    const value = tags?.[tag];
    if (typeof value !== 'string' || value.trim() === '') continue;
    summary[key] = key.endsWith('At') ? exifDate(value.trim()) : value.trim();
  }
  return summary;
}

/** `2026:01:12 10:20:30` → `2026-01-12T10:20:30` (EXIF has no zone); anything else unchanged. */
function exifDate(value: string): string {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}` : value;
}
