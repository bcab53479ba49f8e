import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import type { EventRecord } from './feed.contract.js';

// What a store scan reads of `seller_events`, each part reduced in SQL to what the scan uses of
// it, never whole payloads (docs/scale.md, "Scan from the store reads events in SQL"): the
// identifiers of the association index (once, in key order), the counts and the latest event
// time, and a partition's whereabouts and identity checks. Only known sellers' events count, as
// `ScanInput.addEvent` keeps only those; the store holds an event once per seller and
// `event_id` (its key), so none is sent twice here.

/** An event that carries identifiers, as the association index reads it: nothing else of it. */
export interface EventIdentifiers {
  seller_id: string;
  type: string;
  ip?: string | undefined;
  device_id?: string | undefined;
  card_fingerprint?: string | undefined;
  bank_account_number?: string | undefined;
  field?: string | undefined;
  /** A profile change's values, as stored (an address is an object). */
  old?: unknown;
  new?: unknown;
}

/** A text field of the payload, or null when it is absent or not text (the index reads only text). */
const text = (field: string) =>
  sql.raw(`case when jsonb_typeof(payload->'${field}') = 'string' then payload->>'${field}' end`);

/**
 * The events of known sellers that carry identifiers (logins, cards added, payouts, profile
 * changes), each reduced in SQL to its seller, type and identifying fields, in key order (the
 * order the store scan always fed the association index): what a store scan feeds the index.
 */
export async function* readEventIdentifierPages(
  db: Db,
  pageSize = 10_000,
): AsyncGenerator<EventIdentifiers[]> {
  let after = '';
  for (;;) {
    const page = rowsOf<{
      event_key: string;
      seller_id: string;
      type: string;
      ip: string | null;
      device_id: string | null;
      card_fingerprint: string | null;
      bank_account_number: string | null;
      field: string | null;
      old: unknown;
      new: unknown;
    }>(
      await db.execute(sql`
        select event_key, seller_id, type, ${text('ip')} as ip, ${text('device_id')} as device_id,
               ${text('card_fingerprint')} as card_fingerprint,
               ${text('bank_account_number')} as bank_account_number, ${text('field')} as field,
               payload->'old' as old, payload->'new' as new
        from seller_events
        where event_key > ${after} and type in ('login', 'card_added', 'payout', 'profile_change')
          and exists (select 1 from sellers s where s.seller_id = seller_events.seller_id)
        order by event_key
        limit ${pageSize}`),
    );
    if (page.length === 0) return;
    yield page.map((row) => ({
      seller_id: row.seller_id,
      type: row.type,
      ip: row.ip ?? undefined,
      device_id: row.device_id ?? undefined,
      card_fingerprint: row.card_fingerprint ?? undefined,
      bank_account_number: row.bank_account_number ?? undefined,
      field: row.field ?? undefined,
      old: row.old ?? undefined,
      new: row.new ?? undefined,
    }));
    after = page.at(-1)!.event_key;
  }
}

export interface EventOverview {
  /** Events of known sellers, and of sellers the store has no profile of (a scan skips them). */
  events: number;
  unknownSellers: number;
  /** The latest known seller's event's time in ms (null: no event). */
  latestEventAt: number | null;
}

/** What a scan counts of the store's events, in one aggregate. */
export async function findEventOverview(db: Db): Promise<EventOverview> {
  const [row] = rowsOf<{ events: number; unknown_sellers: number; ms: number | null }>(
    await db.execute(sql`
      select count(*) filter (where s.seller_id is not null)::int as events,
             count(*) filter (where s.seller_id is null)::int as unknown_sellers,
             (extract(epoch from max(e.at) filter (where s.seller_id is not null)) * 1000)::float8 as ms
      from seller_events e left join sellers s on s.seller_id = e.seller_id`),
  );
  return {
    events: Number(row?.events ?? 0),
    unknownSellers: Number(row?.unknown_sellers ?? 0),
    latestEventAt: row?.ms === null || row?.ms === undefined ? null : Math.round(Number(row.ms)),
  };
}

/** The event types a scan reads whereabouts (logins, shipments, payouts) and identity checks from. */
export type ActivityRecord = Extract<
  EventRecord,
  { type: 'login' | 'shipment' | 'payout' | 'identity_check' }
>;

interface ActivityRow {
  seller_id: string;
  type: ActivityRecord['type'];
  at: string;
  country: string | null;
  ship_type: 'seller' | 'marketplace_fulfillment' | null;
  result: 'passed' | 'failed' | 'incomplete' | null;
  reason: string | null;
}

/**
 * These sellers' logins, shipments, payouts and identity checks, `sellersPerPage` sellers at a
 * time, each reduced in SQL to the fields the detectors read (a field absent from the payload is
 * absent here), each seller's in key order (the store scan's order). Which of them count (a login
 * without its IP's country says nothing of where the seller is) is `ScanInput.addActivity`'s
 * to say, as for every event of a feed file: filtering here too cost three times the read.
 */
export async function* readActivityOfSellers(
  db: Db,
  sellerIds: readonly string[],
  sellersPerPage = 5000,
): AsyncGenerator<ActivityRecord[]> {
  for (let i = 0; i < sellerIds.length; i += sellersPerPage) {
    const rows = rowsOf<ActivityRow>(
      await db.execute(sql`
        select seller_id, type, payload->>'at' as at,
               case type when 'login' then payload->>'ip_country'
                         when 'payout' then payload->>'bank_country'
                         when 'shipment' then payload#>>'{ship_from,country}' end as country,
               case type when 'shipment' then payload#>>'{ship_from,type}' end as ship_type,
               case type when 'identity_check' then payload->>'result' end as result,
               case type when 'identity_check' then payload->>'reason' end as reason
        from seller_events
        where seller_id = any(${sql.param(sellerIds.slice(i, i + sellersPerPage))}::text[])
          and type in ('login', 'shipment', 'payout', 'identity_check')
        order by event_key`),
    );
    yield rows.map(activityOf);
  }
}

/** One row of `readActivityOfSellers` as the event record it was cut from (its other fields left out). */
function activityOf(row: ActivityRow): ActivityRecord {
  const base = { seller_id: row.seller_id, at: row.at };
  const country = row.country ?? undefined;
  switch (row.type) {
    case 'identity_check':
      return { ...base, type: row.type, result: row.result ?? undefined, reason: row.reason ?? undefined };
    case 'shipment':
      return { ...base, type: row.type, ship_from: { type: row.ship_type ?? undefined, country } };
    case 'login':
      return { ...base, type: row.type, ip_country: country };
    default:
      return { ...base, type: row.type, bank_country: country };
  }
}
