/** Staff search across sellers: keys kept per profile, normalised as the association index does. */
export { type SearchableSeller, searchKeysOfQuery, searchKeysOfSeller } from './search.keys.js';
export { findSellersMatching, saveSearchKeys } from './search.repository.js';
