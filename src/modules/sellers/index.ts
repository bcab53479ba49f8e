export {
  findDataQualityNotes,
  findDataQualityNotesOf,
  type LineNotes,
  readDataQualityNotePages,
  saveDataQualityNotes,
} from './data-notes.repository.js';
export { type CleanLine, cleanFeedLine, type FeedLineCode } from './feed.clean.js';
export * from './feed.contract.js';
export { type ImportOptions, type ImportSummary, importFeed } from './feed.import.js';
export { type FeedRecordOf, MAX_LINE_BYTES, parseFeed, type Rejection } from './feed.parse.js';
export type { FieldNote } from './feed.sanitise.js';
export { DATA_QUALITY_CODES, type DataQualityCode } from './feed.values.js';
export { findSellerMarkets, type SellerMarket, sellerIdsWhere } from './seller.market.js';
export {
  countSellers,
  eventKeyOf,
  findDocumentsOnFile,
  findDocumentsOnFileOf,
  findEvents,
  findEventsOfType,
  findFeedOfSellers,
  findKnownSellerIds,
  findMarketDailyOrders,
  findProfileVersions,
  findSeller,
  readDocumentPages,
  readEventPages,
  readSalesPages,
  readSellerPages,
  readSellerSales,
  upsertSellers,
} from './sellers.repository.js';
export {
  advanceWatermarks,
  DATED_FEEDS,
  type DatedFeed,
  findWatermarks,
  isDatedFeed,
  WHOLE_FEED,
  watermarksOfSellers,
  watermarkWarnings,
} from './watermarks.repository.js';
