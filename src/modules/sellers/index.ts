export {
  findDataQualityNotes,
  findDataQualityNotesOf,
  readDataQualityNotePages,
  saveDataQualityNotes,
} from './data-notes.repository.js';
export { cleanFeedLine } from './feed.clean.js';
export * from './feed.contract.js';
export { type BatchCounts, type ImportSummary, importFeed } from './feed.import.js';
export { readLines } from './feed.lines.js';
export {
  type FeedRecordOf,
  MAX_LINE_BYTES,
  type ParsedLine,
  parseFeed,
  parseFeedLine,
  type Rejection,
} from './feed.parse.js';
export type { FieldNote } from './feed.sanitise.js';
export { DATA_QUALITY_CODES } from './feed.values.js';
export {
  findSellerCards,
  findSellerMarkets,
  type SellerMarket,
  sellerCardsTable,
  sellerIdsWhere,
} from './seller.market.js';
export {
  findEventOverview,
  readActivityOfSellers,
  readEventIdentifierPages,
} from './sellers.events-scan.js';
export {
  countDataQualityNotesByCode,
  listSellerIds,
  readDocumentsOfSellers,
  readFeedOfSellerPages,
} from './sellers.of-partition.js';
export {
  countSellers,
  findDocumentsOnFileOf,
  findEventsArrivedSince,
  findFeedOfSellers,
  findMarketDailyOrders,
  findSalesOverview,
  readSalesOfSellers,
  readSellerPages,
  readSellerSales,
} from './sellers.reader.js';
export {
  findKnownSellerIds,
  findProfileVersions,
  findSeller,
  findSellerEntityTypes,
  upsertSellers,
} from './sellers.repository.js';
export {
  advanceWatermarks,
  findWatermarks,
  watermarksOfSellers,
  watermarkWarnings,
} from './watermarks.repository.js';
