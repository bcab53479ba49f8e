/** Staff search across sellers: keys kept per profile, normalised as the association index does. */
export { findSellersMatching, saveSearchKeys } from './search.repository.js';
