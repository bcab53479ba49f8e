import { createUser, type NewUser, type Principal } from '../modules/access/index.js';
import { findKnownSellerIds } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import type { Deps } from './deps.js';

/** A person who logs in; a seller's login only for a seller this marketplace has sent. */
export async function createLogin(context: Pick<Deps, 'db' | 'access'>, by: Principal, input: NewUser) {
  if (input.sellerId && (await findKnownSellerIds(context.db, [input.sellerId])).size === 0)
    throw new AppError('UNKNOWN_SELLER', `no seller ${input.sellerId} in this marketplace`, {
      where: 'seller_id',
    });
  return createUser(context.access, by, input);
}
