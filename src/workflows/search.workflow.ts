import { type CaseRow, findCase, findCasesOfSellers } from '../modules/cases/index.js';
import { findSellersMatching } from '../modules/search/index.js';
import { findSellerCards } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import type { Deps } from './deps.js';

export type SearchDeps = Pick<Deps, 'db'>;

/** Shorter queries match too much to mean anything; longer ones are not a name or a number. */
export const SEARCH_QUERY_LIMITS = { min: 2, max: 200 } as const;

export interface SearchHit {
  sellerId: string;
  name: string | null;
  country: string | null;
  marketplace: string | null;
  cases: Pick<CaseRow, 'id' | 'status' | 'severity' | 'openedAt'>[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses what cannot be a search, with a code the client can explain. */
function checkSearchQuery(raw: string): string {
  const q = raw.normalize('NFKC').trim();
  if ([...q].length < SEARCH_QUERY_LIMITS.min)
    throw new AppError('QUERY_TOO_SHORT', `a search needs at least ${SEARCH_QUERY_LIMITS.min} characters`, {
      where: 'q',
      min: SEARCH_QUERY_LIMITS.min,
    });
  if ([...q].length > SEARCH_QUERY_LIMITS.max)
    throw new AppError('QUERY_TOO_LONG', `a search holds at most ${SEARCH_QUERY_LIMITS.max} characters`, {
      where: 'q',
      max: SEARCH_QUERY_LIMITS.max,
    });
  return q;
}

/**
 * Sellers and cases a query finds: a case id opens its case's seller first, then the sellers the
 * search keys find (identifiers, names in any script, seller ids), each with its cases.
 */
export async function searchSellersAndCases(deps: SearchDeps, raw: string, limit = 20): Promise<SearchHit[]> {
  const q = checkSearchQuery(raw);
  const ids: string[] = [];
  if (UUID.test(q)) {
    const found = await findCase(deps.db, q.toLowerCase());
    if (found) ids.push(found.sellerId);
  }
  for (const id of await findSellersMatching(deps.db, q, limit)) if (!ids.includes(id)) ids.push(id);
  const page = ids.slice(0, limit);
  const [cards, cases] = await Promise.all([
    findSellerCards(deps.db, page),
    findCasesOfSellers(deps.db, page),
  ]);
  return page.map((sellerId) => {
    const card = cards.get(sellerId);
    return {
      sellerId,
      name: card?.name ?? null,
      country: card?.country ?? null,
      marketplace: card?.marketplace ?? null,
      cases: cases
        .filter((c) => c.sellerId === sellerId)
        .map((c) => ({ id: c.id, status: c.status, severity: c.severity, openedAt: c.openedAt })),
    };
  });
}
