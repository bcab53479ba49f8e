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

/** What a search result or a case row shows of a seller: its name beside where it sells. */
export interface SellerCard extends SellerMarket {
  /** The business's legal name, else the legal representative's, else the store's. */
  name: string | null;
}

const nameSql = sql<
  string | null
>`coalesce(${sellers.profile}->'business'->>'legal_name', ${sellers.profile}->'legal_rep'->>'full_name', ${sellers.profile}->'store'->>'name')`;

export async function findSellerCards(db: Db, sellerIds: string[]): Promise<Map<string, SellerCard>> {
  if (sellerIds.length === 0) return new Map();
  const rows = await db
    .select({ sellerId: sellers.sellerId, name: nameSql, marketplace: marketplaceSql, country: countrySql })
    .from(sellers)
    .where(inArray(sellers.sellerId, sellerIds));
  return new Map(rows.map((row) => [row.sellerId, row]));
}

/**
 * A derived table `(seller_id, name, country, marketplace)` over every seller, for a list that
 * joins and sorts cases by their seller's card (the case list) without reading `sellers` itself.
 */
export function sellerCardsTable(db: Db): SQL {
  return db
    .select({
      seller_id: sellers.sellerId,
      name: sql`${nameSql}`.as('name'),
      country: sql`${countrySql}`.as('country'),
      marketplace: sql`${marketplaceSql}`.as('marketplace'),
    })
    .from(sellers)
    .getSQL();
}
