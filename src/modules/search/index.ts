/** Staff search across sellers: keys kept per profile, normalised as the association index does. */
export { findSellersMatching, indexUnsearchedSellers, saveSearchKeys } from './search.repository.js';
