import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { sellers } from './sellers.schema.js';

/** Where a seller sells and where it is registered: what the review queue filters by and shows. */
export interface SellerMarket {
  sellerId: string;
  /** The profile's `store.marketplace`. */
  marketplace: string | null;
  /** The registered country: the business's, or an individual's registered address's. */
  country: string | null;
}

const marketplaceSql = sql<string | null>`${sellers.profile}->'store'->>'marketplace'`;
const countrySql = sql<
  string | null
>`coalesce(${sellers.profile}->'business'->>'country', ${sellers.profile}->'address'->>'country')`;

/**
 * A subquery of the ids of sellers on `marketplace` and registered in `country` (either may be left
 * out), on the stored, indexed `market` and `country` columns (not the profile's JSON).
 */
export function sellerIdsWhere(db: Db, filter: { marketplace?: string; country?: string }): SQL {
  const conditions: SQL[] = [];
  if (filter.marketplace) conditions.push(sql`${sellers.market} = ${filter.marketplace.toUpperCase()}`);
  if (filter.country) conditions.push(sql`${sellers.country} = ${filter.country.toUpperCase()}`);
  return db
    .select({ sellerId: sellers.sellerId })
    .from(sellers)
    .where(conditions.length ? and(...conditions) : undefined)
    .getSQL();
}

export async function findSellerMarkets(db: Db, sellerIds: string[]): Promise<Map<string, SellerMarket>> {
  if (sellerIds.length === 0) return new Map();
  const rows = await db
    .select({ sellerId: sellers.sellerId, marketplace: marketplaceSql, country: countrySql })
    .from(sellers)
    .where(inArray(sellers.sellerId, sellerIds));
  return new Map(rows.map((row) => [row.sellerId, row]));
}
