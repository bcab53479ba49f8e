export * from './feed.contract.js';
export { type ImportOptions, type ImportSummary, importFeed } from './feed.import.js';
export { MAX_LINE_BYTES, parseFeed, type Rejection } from './feed.parse.js';
export {
  countSellers,
  eventKeyOf,
  findDocumentsOnFile,
  findDocumentsOnFileOf,
  findEvents,
  findEventsOfType,
  findKnownSellerIds,
  findProfileVersions,
  findSeller,
  readSellerPages,
  upsertSellers,
} from './sellers.repository.js';
