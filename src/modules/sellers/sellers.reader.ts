import { and, asc, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import type { DocumentRecord, EventRecord, SalesRecord, SellerRecord } from './feed.contract.js';
import { documentsOnFile, salesDays, sellerEvents, sellers } from './sellers.schema.js';

// The store read back in the feed's shape: keyset pages for the batch scan (`readStoreInto`;
// its events: sellers.events-scan.ts),
// one neighbourhood of sellers for the live path, and the market's daily orders.

/** Sellers in id order, a page at a time: a scan over the whole store holds one page. */
export async function* readSellerPages(db: Db, pageSize = 1000) {
  let after = '';
  for (;;) {
    const page = await db
      .select({
        sellerId: sellers.sellerId,
        entityType: sellers.entityType,
        status: sellers.status,
        profile: sellers.profile,
      })
      .from(sellers)
      .where(gt(sellers.sellerId, after))
      .orderBy(asc(sellers.sellerId))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.sellerId;
  }
}

export async function countSellers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sellers);
  return row?.n ?? 0;
}

/** One seller's daily sales from `from` to `to` (ISO dates, both included), oldest first. */
export async function readSellerSales(db: Db, sellerId: string, from: string, to: string) {
  const rows = await db
    .select()
    .from(salesDays)
    .where(
      sql`${salesDays.sellerId} = ${sellerId} and ${salesDays.day} between ${from}::date and ${to}::date`,
    )
    .orderBy(asc(salesDays.day));
  return rows.map((row) => ({ date: row.day, orders: row.orders ?? 0, revenue: Number(row.revenue ?? 0) }));
}

/**
 * Everything the detectors read about a few sellers (the live path re-evaluates them), or only
 * some of it: the feeds set to `false` are not read (their lists come back empty).
 */
export async function findFeedOfSellers(
  db: Db,
  sellerIds: string[],
  options: { events?: boolean; sales?: boolean; documents?: boolean } = {},
) {
  if (sellerIds.length === 0) return { sellers: [], events: [], sales: [], documents: [] };
  const [profiles, events, sales, documents] = await Promise.all([
    db.select({ profile: sellers.profile }).from(sellers).where(inArray(sellers.sellerId, sellerIds)),
    options.events !== false
      ? db
          .select({ payload: sellerEvents.payload })
          .from(sellerEvents)
          .where(inArray(sellerEvents.sellerId, sellerIds))
      : [],
    options.sales !== false ? db.select().from(salesDays).where(inArray(salesDays.sellerId, sellerIds)) : [],
    options.documents !== false
      ? db
          .select({ payload: documentsOnFile.payload })
          .from(documentsOnFile)
          .where(inArray(documentsOnFile.sellerId, sellerIds))
      : [],
  ]);
  return {
    sellers: profiles.map((row) => row.profile as SellerRecord),
    events: events.map((row) => row.payload as EventRecord),
    sales: sales.map(
      (row): SalesRecord => ({
        seller_id: row.sellerId,
        date: row.day,
        ...(row.orders === null ? {} : { orders: row.orders }),
        ...(row.revenue === null ? {} : { revenue: Number(row.revenue) }),
      }),
    ),
    documents: documents.map((row) => row.payload as DocumentRecord),
  };
}

/**
 * The events of these sellers written by a transaction at or after each one's mark (`through`,
 * a transaction id), and the horizon: every transaction before it had ended when they were read,
 * so an event before the horizon that is not here never will be (one statement, one snapshot).
 */
export async function findEventsArrivedSince(
  db: Db,
  marks: readonly { sellerId: string; through: string }[],
): Promise<{ horizon: string; events: { arrivedIn: string; event: EventRecord }[] }> {
  const rows = rowsOf<{ horizon: string; arrived_in: string | null; payload: EventRecord | null }>(
    await db.execute(sql`
      select h.horizon, e.arrived_in::text as arrived_in, e.payload
      from (select pg_snapshot_xmin(pg_current_snapshot())::text as horizon) h
      left join lateral (
        select e.arrived_in, e.payload
        from unnest(${sql.param(marks.map((m) => m.sellerId))}::text[],
                    ${sql.param(marks.map((m) => m.through))}::text[]) as m(seller_id, through)
        join seller_events e on e.seller_id = m.seller_id and e.arrived_in >= m.through::xid8
      ) e on true`),
  );
  return {
    horizon: rows[0]?.horizon ?? '0',
    events: rows.flatMap((r) =>
      r.payload && r.arrived_in ? [{ arrivedIn: r.arrived_in, event: r.payload }] : [],
    ),
  };
}

/**
 * What a scan needs of the whole store's daily sales, computed in SQL: the first and last day with
 * orders, how many such rows, and the market's orders per day (rows without orders are read like
 * days not sent).
 */
export async function findSalesOverview(db: Db) {
  const [bounds] = await db
    .select({
      earliest: sql<string | null>`min(${salesDays.day})::text`,
      latest: sql<string | null>`max(${salesDays.day})::text`,
      rows: sql<number>`count(*)::int`,
    })
    .from(salesDays)
    .where(isNotNull(salesDays.orders));
  return {
    earliest: bounds?.earliest ?? null,
    latest: bounds?.latest ?? null,
    rows: Number(bounds?.rows ?? 0),
    marketOrders: await findMarketDailyOrders(db, '0001-01-01', '9999-12-31'),
  };
}

/**
 * The days with orders of these sellers (a partition of a scan), each handed to `onDay` as numbers
 * (the day as days since 1970-01-01), a page of sellers at a time. Each seller's days come packed
 * by SQL into one text of numbers: a row and its object per day cost seven times the CPU in Node
 * (docs/scale.md, "Scan from the store reads events in SQL"). The numbers are PostgreSQL's own
 * shortest text of each `float8`, which `Number` reads back exactly, as the driver does.
 */
export async function readSalesOfSellers(
  db: Db,
  sellerIds: readonly string[],
  onDay: (sellerId: string, day: number, orders: number, revenue: number) => void,
  sellersPerPage = 2000,
): Promise<void> {
  for (let i = 0; i < sellerIds.length; i += sellersPerPage) {
    const rows = rowsOf<{ seller_id: string; days: string }>(
      await db.execute(sql`
        select seller_id, string_agg((day - date '1970-01-01') || ' ' || orders::float8 || ' '
                                     || coalesce(revenue, 0)::float8, ' ') as days
        from sales_days
        where seller_id = any(${sql.param(sellerIds.slice(i, i + sellersPerPage))}::text[])
          and orders is not null
        group by seller_id`),
    );
    for (const { seller_id: sellerId, days } of rows) {
      const numbers = days.split(' ');
      for (let n = 0; n < numbers.length; n += 3)
        onDay(sellerId, Number(numbers[n]), Number(numbers[n + 1]), Number(numbers[n + 2]));
    }
  }
}

export async function findMarketDailyOrders(db: Db, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ day: salesDays.day, orders: sql<number>`sum(${salesDays.orders})::float8` })
    .from(salesDays)
    .where(and(sql`${salesDays.day} >= ${from}::date`, sql`${salesDays.day} < ${to}::date`))
    .groupBy(salesDays.day);
  return new Map(rows.map((row) => [row.day, Number(row.orders)]));
}

/** The documents on file (the documents feed) of these sellers, by seller. */
export async function findDocumentsOnFileOf(db: Db, sellerIds: string[]) {
  const bySeller = new Map<string, (typeof documentsOnFile.$inferSelect)[]>();
  if (sellerIds.length === 0) return bySeller;
  const rows = await db.select().from(documentsOnFile).where(inArray(documentsOnFile.sellerId, sellerIds));
  for (const row of rows) bySeller.set(row.sellerId, [...(bySeller.get(row.sellerId) ?? []), row]);
  return bySeller;
}
