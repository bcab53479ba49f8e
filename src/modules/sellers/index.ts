export * from './feed.contract.js';
export { type ImportOptions, type ImportSummary, importFeed } from './feed.import.js';
export { type FeedRecordOf, MAX_LINE_BYTES, parseFeed, type Rejection } from './feed.parse.js';
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
