export {
  type ColumnarScan,
  type ColumnarScanOptions,
  partitionOf,
  scanFeedFolderColumnar,
} from './scan.columnar.js';
export { type DetectOptions, detectAll, SALES_HISTORY_DAYS } from './scan.detect.js';
export { ScanInput } from './scan.input.js';
export { FEED_FILES, type FileReadReport, feedFileIn, readFeedFolder } from './scan.sources.js';
