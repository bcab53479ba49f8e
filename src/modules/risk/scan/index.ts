export { scanFeedFolderColumnar } from './scan.columnar.js';
export { detectAll, SALES_HISTORY_DAYS } from './scan.detect.js';
export { ScanInput } from './scan.input.js';
export {
  associationFoundElsewhere,
  detectByPartition,
  partitionOf,
  partitionSellers,
  SELLERS_PER_PARTITION,
} from './scan.partitions.js';
export { FEED_FILES, feedFileIn, readFeedFolder } from './scan.sources.js';
