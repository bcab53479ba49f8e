/** Extraction: bytes in, what the document checks read out. No database, no network. */
export {
  type DetectedType,
  detectFileType,
  isSupportedType,
  PDF_HEADER_SEARCH_BYTES,
  type SupportedKind,
  type SupportedType,
  type UnsupportedKind,
  type UnsupportedType,
} from './detect-type.js';
export {
  EXTRACTION_LIMITS,
  type Extraction,
  type ExtractionFailureCode,
  type ExtractionResult,
  type ExtractOptions,
  extractDocument,
  type PageText,
} from './document.extract.js';
export type { ExifSummary } from './exif.js';
export {
  IMAGE_LIMITS,
  type ImageHeader,
  type ImageHeaderResult,
  OCR_MAX_SIDE,
  prepareImageForOcr,
  readImageHeader,
} from './image.js';
export {
  differenceHash,
  type Edge,
  hammingDistance,
  type ImageMetrics,
  METRIC_CONSTANTS,
  measureImage,
} from './image.metrics.js';
export {
  findMrz,
  MRZ_MAX_MISSING_FILLERS,
  type MrzField,
  type MrzFormat,
  type MrzReading,
  readMrz,
} from './mrz.js';
export {
  CHI_SIM_LANG_PATH,
  createOcrPool,
  DEBIAN_TESSDATA,
  defaultPoolSize,
  ENG_LANG_PATH,
  type OcrLanguage,
  type OcrPool,
  type OcrPoolOptions,
  type OcrRegion,
  type OcrResult,
} from './ocr.js';
export {
  inspectPdf,
  PDF_LIMITS,
  type PdfInspection,
  type PdfMetadata,
  type PdfPageText,
  type PdfResult,
  parsePdfDate,
  renderPdfPage,
} from './pdf.js';
