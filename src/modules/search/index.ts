/** Staff search across sellers: keys kept per profile, normalised as the association index does. */
export {
  copySearchKeys,
  findSellersMatching,
  indexUnsearchedSellers,
  saveSearchKeys,
} from './search.repository.js';
