/** Extraction: bytes in, what the document checks read out. No database, no network. */
export {
  type DetectedType,
  detectFileType,
  isSupportedType,
} from './detect-type.js';
export {
  type Extraction,
  extractDocument,
} from './document.extract.js';

export {
  prepareImageForOcr,
  readImageHeader,
} from './image.js';
export { measureImage } from './image.metrics.js';
export { boxAsGiven } from './image.orientation.js';

export {
  createOcrPool,
  defaultPoolSize,
  type OcrLanguage,
  type OcrLine,
  type OcrPool,
  type OcrRegion,
  type OcrResult,
} from './ocr.js';
export {
  inspectPdf,
  renderPdfPage,
} from './pdf.js';
