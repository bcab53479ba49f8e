import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';

/** The feed kinds whose lines carry a day: their watermark says up to which day they have arrived. */
const DATED_FEEDS = ['sales', 'events'] as const;
export type DatedFeed = (typeof DATED_FEEDS)[number];
const WHOLE_FEED = '*';

/**
 * Moves the watermarks of `kind` forward to the latest day of these rows, for the whole feed and
 * for each marketplace the rows' sellers sell on. A day after `today` (a line dated in the
 * future) moves nothing past today. Never moves a watermark back.
 */
export async function advanceWatermarks(
  db: Db,
  kind: DatedFeed,
  rows: readonly { sellerId: string; day: string }[],
  today: string,
): Promise<void> {
  const latest = new Map<string, string>();
  for (const { sellerId, day } of rows) {
    const capped = day > today ? today : day;
    if (!(latest.get(sellerId)! >= capped)) latest.set(sellerId, capped);
  }
  if (latest.size === 0) return;
  const batch = JSON.stringify([...latest].map(([seller_id, day]) => ({ seller_id, day })));
  // Markets already at that day or later are left out before the upsert, which would lock their
  // row to the end of the transaction even to change nothing: the feed route writes a batch and
  // its watermark in one transaction, and concurrent batches would wait on each other's commit.
  await db.execute(sql`
    insert into feed_watermarks (kind, market, through)
    select ${kind}, latest.market, latest.through from (
      select market, max(day) as through from (
        -- The sellers' market column is the profile's marketplace, upper-cased, kept by the database.
        select coalesce(s.market, '') as market, v.day
        from json_to_recordset(${batch}::json) as v(seller_id text, day date)
        left join sellers s on s.seller_id = v.seller_id
        union all
        select ${WHOLE_FEED}, v.day from json_to_recordset(${batch}::json) as v(seller_id text, day date)
      ) days
      group by market
    ) latest
    where not exists (
      select 1 from feed_watermarks w
      where w.kind = ${kind} and w.market = latest.market and w.through >= latest.through)
    order by latest.market
    on conflict (kind, market) do update
      set through = greatest(feed_watermarks.through, excluded.through), updated_at = now()
      where feed_watermarks.through < excluded.through`);
}

/** Every watermark of `kind`: market ('*' for the whole feed) → last day received. */
export async function findWatermarks(db: Db, kind: DatedFeed): Promise<Map<string, string>> {
  const rows = rowsOf<{ market: string; through: string }>(
    await db.execute(sql`select market, through::text as through from feed_watermarks where kind = ${kind}`),
  );
  return new Map(rows.map((r) => [r.market, r.through]));
}

/**
 * The last day of `kind` received for each of these sellers: their marketplace's watermark, or
 * the whole feed's when their marketplace has none. Sellers with neither are left out: nothing of
 * that feed has arrived for them, so nothing of it may be judged.
 */
export async function watermarksOfSellers(
  db: Db,
  kind: DatedFeed,
  sellerIds: readonly string[],
): Promise<Map<string, string>> {
  if (sellerIds.length === 0) return new Map();
  const rows = rowsOf<{ seller_id: string; through: string | null }>(
    await db.execute(sql`
      select v.seller_id, coalesce(m.through, w.through)::text as through
      from unnest(${sql.param([...sellerIds])}::text[]) as v(seller_id)
      left join sellers s on s.seller_id = v.seller_id
      left join feed_watermarks m
        on m.kind = ${kind} and m.market = coalesce(upper(s.profile->'store'->>'marketplace'), '')
      left join feed_watermarks w on w.kind = ${kind} and w.market = ${WHOLE_FEED}`),
  );
  return new Map(rows.filter((r) => r.through !== null).map((r) => [r.seller_id, r.through!]));
}

/**
 * What a scan dated `asOf` should be told: each dated feed whose whole-feed watermark ends before
 * the day before `asOf` (the scan would read the days in between as days without sales or events).
 */
export async function watermarkWarnings(db: Db, asOf: Date): Promise<string[]> {
  const lastDay = new Date(asOf.getTime() - 86_400_000).toISOString().slice(0, 10);
  const warnings: string[] = [];
  for (const kind of DATED_FEEDS) {
    const through = (await findWatermarks(db, kind)).get(WHOLE_FEED);
    if (through && through < lastDay)
      warnings.push(
        `--as-of ${asOf.toISOString().slice(0, 10)} is past the ${kind} feed's last day received (${through}): the days after it are read as days without ${kind}`,
      );
  }
  return warnings;
}
