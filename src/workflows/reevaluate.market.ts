import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../adapters/db/database.js';

/** Sellers whose sales one statement sums on PGlite: a slice of the sales, read from its primary key. */
const SELLERS_PER_SLICE = 500;

/**
 * The market's daily orders (`from` ≤ day < `to`) summed slice by slice of sellers on PGlite.
 * One `group by day` over every sales row runs for seconds there, in this thread: nothing else is
 * answered meanwhile. Each slice is a range of the primary key `(seller_id, day)`, bounded by the
 * `SELLERS_PER_SLICE`-th seller after the last one; the last slice has no upper bound, so sales of
 * a seller without a profile count too. Same sums as `findMarketDailyOrders`.
 */
export async function marketDailyOrdersBySlices(
  db: Db,
  from: string,
  to: string,
  perSlice = SELLERS_PER_SLICE,
): Promise<Map<string, number>> {
  const orders = new Map<string, number>();
  for (let after = ''; ; ) {
    const [bound] = rowsOf<{ seller_id: string }>(
      await db.execute(sql`
        select seller_id from sellers where seller_id > ${after}
        order by seller_id offset ${perSlice - 1} limit 1`),
    );
    const upTo = bound ? sql`and seller_id <= ${bound.seller_id}` : sql``;
    const rows = rowsOf<{ day: string; orders: number | string | null }>(
      await db.execute(sql`
        select day::text as day, sum(orders)::float8 as orders from sales_days
        where seller_id > ${after} ${upTo} and day >= ${from}::date and day < ${to}::date
        group by day`),
    );
    for (const row of rows) orders.set(row.day, (orders.get(row.day) ?? 0) + Number(row.orders ?? 0));
    if (!bound) return orders;
    after = bound.seller_id;
  }
}
