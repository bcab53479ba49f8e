import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../adapters/db/database.js';
import type { SellerSummary } from '../modules/risk/index.js';
import type {
  DocumentRecord,
  EventRecord,
  FieldNote,
  SalesRecord,
  SellerRecord,
} from '../modules/sellers/index.js';

/**
 * The versions a worker's scan state holds for one seller: of its profile row, of its documents,
 * sales days and data-quality notes (each a set of rows: how many, and the newest transaction that
 * wrote one), of the stored summary row it started from, and the summary's mark. `''` for a part
 * never read.
 */
export interface HeldVersions {
  sellerId: string;
  profile: string;
  documents: string;
  sales: string;
  notes: string;
  summaryRow: string;
  /** Every event written by a transaction before this one is folded into the held summary. */
  through: string;
}

/** What changed for one seller since the versions held: a part is `undefined` when unchanged. */
export interface SellerDelta {
  sellerId: string;
  versions: Omit<HeldVersions, 'sellerId' | 'through'>;
  profileNumber: number | null;
  profile?: SellerRecord | null;
  documents?: DocumentRecord[];
  sales?: SalesRecord[];
  notes?: { kind: string; note: FieldNote }[];
  /** The stored summary to start again from (the row is not the one held), or `null`: none stored. */
  rebase?: { through: string; summary: SellerSummary } | null;
  /** Events written since the held mark (since the rebase's mark, or all, on a rebase). */
  events: { arrivedIn: string; event: EventRecord }[];
  salesThrough: string | null;
  /** Whether the versions of the sets may be kept (else they are read again next time). */
  settled: boolean;
  /** The version of the seller's link keys and of their holders (`linkVersion`). */
  links: string;
}

interface Row {
  seller_id: string;
  profile_version: string | null;
  profile_number: number | null;
  profile: SellerRecord | null;
  documents_version: string;
  settled: boolean;
  documents: DocumentRecord[] | null;
  sales_version: string;
  sales: [string, number | string | null, string | null][] | null;
  notes_version: string;
  notes: [string, string, string, string | null][] | null;
  summary_row: string | null;
  summary_through: string | null;
  summary: SellerSummary | null;
  events: [string, EventRecord][] | null;
  sales_through: string | null;
  links_version: string;
  horizon: string;
}

/**
 * A set of rows' version: how many there are and the sum of the transactions that wrote them (an
 * insert or a delete moves the count, an update moves the sum). `settled` when every writer is
 * below the horizon: a transaction still open then (it commits later) writes above it, so its
 * rows will move the version; otherwise the version is not kept (the rows are read again).
 */
const setVersion = (table: string) =>
  sql.raw(`(select count(*)::text || ':' || coalesce(sum(x.xmin::text::bigint), 0)::text as version,
      coalesce(max(x.xmin::text::bigint), 0) < (h.horizon::bigint % 4294967296) as settled
    from ${table} x where x.seller_id = k.seller_id)`);

/**
 * The version of a seller's place in the association clusters as `readClusters` finds it: each of
 * its link keys (addresses are not followed) with its holders, each holder with the transaction
 * that wrote its key and its profile row's (a block mate's representative). A key held by more
 * than `maxPerKey` sellers is set aside whoever holds it. Moves when the seller gains a key, a
 * key of it gains or loses a holder, or a holder's profile changes: what can join or leave the
 * cluster of a seller that was alone in it.
 */
const linkVersion = (maxPerKey: number) =>
  sql`(select md5(coalesce(string_agg(l.key || '=' || hk.holders, ',' order by l.key), '')) as version
      from seller_link_keys l
      cross join lateral (
        select case when count(*) > ${maxPerKey} then 'many' else string_agg(
          y.seller_id || ':' || y.xmin::text || ':' || coalesce(p.xmin::text, ''), ';' order by y.seller_id)
          end as holders
        from (select z.seller_id, z.xmin from seller_link_keys z where z.key = l.key
              order by z.seller_id limit ${maxPerKey + 1}) y
        left join sellers p on p.seller_id = y.seller_id) hk
      where l.seller_id = k.seller_id and l.key not like 'address:%')`;

/**
 * One statement, one snapshot: for each seller, the current version of every part and the rows of
 * the parts whose version is not the one held; the events written since the held mark (by seller
 * and transaction, through `seller_events_seller_arrival_idx`); the stored summary when its row is
 * not the one held (an erasure deletes it, another worker rewrites it); the sales watermark; and
 * the horizon (every transaction before it has ended, as `findEventsArrivedSince`); and the
 * version of the seller's link keys (`linkVersion`).
 */
export async function readSellerDeltas(
  db: Db,
  held: readonly HeldVersions[],
  maxPerKey: number,
): Promise<{ horizon: string; deltas: SellerDelta[] }> {
  if (held.length === 0) return { horizon: '0', deltas: [] };
  const column = (pick: (h: HeldVersions) => string) => sql.param(held.map(pick));
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select k.seller_id, h.horizon,
        p.version as profile_version, p.profile_version as profile_number,
        case when p.version is distinct from k.profile then p.profile end as profile,
        d.version as documents_version, d.settled and s.settled and n.settled as settled,
        case when d.version is distinct from k.documents then (
          select jsonb_agg(x.payload order by x.document_key) from documents_on_file x
          where x.seller_id = k.seller_id) end as documents,
        s.version as sales_version,
        case when s.version is distinct from k.sales then (
          select jsonb_agg(jsonb_build_array(x.day::text, x.orders, x.revenue::text) order by x.day)
          from sales_days x where x.seller_id = k.seller_id) end as sales,
        n.version as notes_version,
        case when n.version is distinct from k.notes then (
          select jsonb_agg(jsonb_build_array(x.kind, x.field, x.code, x.raw) order by x.note_key)
          from data_quality_notes x where x.seller_id = k.seller_id) end as notes,
        sm.version as summary_row,
        case when sm.version is distinct from k.summary_row then sm.through::text end as summary_through,
        case when sm.version is distinct from k.summary_row then sm.summary end as summary,
        (select jsonb_agg(jsonb_build_array(e.arrived_in::text, e.payload) order by e.arrived_in)
          from seller_events e
          where e.seller_id = k.seller_id and e.arrived_in >= (case
            when sm.version is null then '0'
            when sm.version is distinct from k.summary_row then sm.through::text
            else k.through end)::xid8) as events,
        coalesce(m.through, w.through)::text as sales_through, lv.version as links_version
      from unnest(${column((h) => h.sellerId)}::text[], ${column((h) => h.profile)}::text[],
                  ${column((h) => h.documents)}::text[], ${column((h) => h.sales)}::text[],
                  ${column((h) => h.notes)}::text[], ${column((h) => h.summaryRow)}::text[],
                  ${column((h) => h.through)}::text[])
        as k(seller_id, profile, documents, sales, notes, summary_row, through)
      cross join (select pg_snapshot_xmin(pg_current_snapshot())::text as horizon) h
      left join lateral (
        select x.xmin::text || ':' || x.profile_hash as version, x.profile_version, x.profile,
          coalesce(upper(x.profile->'store'->>'marketplace'), '') as market
        from sellers x where x.seller_id = k.seller_id) p on true
      left join lateral ${setVersion('documents_on_file')} d on true
      left join lateral ${setVersion('sales_days')} s on true
      left join lateral ${setVersion('data_quality_notes')} n on true
      left join lateral (
        select x.xmin::text as version, x.through, x.summary
        from seller_summaries x where x.seller_id = k.seller_id) sm on true
      left join lateral ${linkVersion(maxPerKey)} lv on true
      left join feed_watermarks m on m.kind = 'sales' and m.market = coalesce(p.market, '')
      left join feed_watermarks w on w.kind = 'sales' and w.market = '*'`),
  );
  const heldBy = new Map(held.map((h) => [h.sellerId, h]));
  const deltas = rows.map((row): SellerDelta => {
    const was = heldBy.get(row.seller_id)!;
    const versions = {
      profile: row.profile_version ?? '',
      documents: row.documents_version,
      sales: row.sales_version,
      notes: row.notes_version,
      summaryRow: row.summary_row ?? '',
    };
    return {
      sellerId: row.seller_id,
      versions,
      profileNumber: row.profile_number,
      ...(versions.profile !== was.profile ? { profile: row.profile } : {}),
      ...(versions.documents !== was.documents ? { documents: row.documents ?? [] } : {}),
      ...(versions.sales !== was.sales ? { sales: (row.sales ?? []).map(salesRecord(row.seller_id)) } : {}),
      ...(versions.notes !== was.notes
        ? {
            notes: (row.notes ?? []).map(([kind, field, code, raw]) => ({
              kind,
              note: { field, code, raw } as FieldNote,
            })),
          }
        : {}),
      ...(versions.summaryRow !== was.summaryRow || row.summary_row === null
        ? {
            rebase:
              row.summary && row.summary_through
                ? { through: row.summary_through, summary: row.summary }
                : null,
          }
        : {}),
      events: (row.events ?? []).map(([arrivedIn, event]) => ({ arrivedIn, event })),
      salesThrough: row.sales_through,
      settled: row.settled,
      links: row.links_version,
    };
  });
  return { horizon: rows[0]?.horizon ?? '0', deltas };
}

/** A sales day as `findFeedOfSellers` gives it (a null figure left out). */
const salesRecord =
  (sellerId: string) =>
  ([date, orders, revenue]: [string, number | string | null, string | null]): SalesRecord => ({
    seller_id: sellerId,
    date,
    ...(orders === null ? {} : { orders: Number(orders) }),
    ...(revenue === null ? {} : { revenue: Number(revenue) }),
  });
