/**
 * The limits a document file is held to, in one place: the upload route, the extraction and the
 * integrity check read them from here (a requirement's `max_bytes` may lower the upload limit).
 */
export const DOCUMENT_LIMITS = {
  /** Upload limit of SPEC section 5 / issue 5: 10 MiB per file. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Pages of a PDF or a multi-page TIFF: statements and licences are a few pages. */
  maxPages: 50,
  /** 50 MP covers 48 MP phone cameras and A3 scans at 600 dpi; decoded RGBA that is ~200 MB. */
  maxPixels: 50_000_000,
  /** A side longer than this is no document photo (panoramas, crafted headers). */
  maxSide: 20_000,
} as const;

export type DocumentLimits = typeof DOCUMENT_LIMITS;

/** `10 MB` for messages. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
