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

interface CheckRow {
  seller_id: string;
  at: string;
  result: 'passed' | 'failed' | 'incomplete' | null;
  reason: string | null;
}

/** Between the values of a seller's packed whereabouts: no timestamp, country or ship-from type holds it. */
const UNIT = '\u001f';

/**
 * These sellers' whereabouts (logins, shipments, payouts) and identity checks, `sellersPerPage`
 * sellers at a time, each reduced in SQL to the fields the detectors read, each seller's in key
 * order (the store scan's order). A seller's whereabouts come packed by SQL into one text
 * (`l`/`p`, time, country; `s`, time, country, ship-from type), as its days of sales do: a row
 * per event cost six times the CPU in Node. A login without a country, a shipment without where
 * it left from or a payout without its bank's country is left out there (its text is null, which
 * `string_agg` skips): the contract stores no empty value, so that is `ScanInput.addActivity`'s
 * own rule, which every record read here still goes through. Identity checks (a reason is free
 * text) come one row each, with or without a result.
 */
export async function* readActivityOfSellers(
  db: Db,
  sellerIds: readonly string[],
  sellersPerPage = 5000,
): AsyncGenerator<ActivityRecord[]> {
  for (let i = 0; i < sellerIds.length; i += sellersPerPage) {
    const ids = sql.param(sellerIds.slice(i, i + sellersPerPage));
    const packed = rowsOf<{ seller_id: string; whereabouts: string }>(
      await db.execute(sql`
        select seller_id, string_agg(case type
            when 'login' then 'l' || chr(31) || (payload->>'at') || chr(31) || (payload->>'ip_country')
            when 'payout' then 'p' || chr(31) || (payload->>'at') || chr(31) || (payload->>'bank_country')
            else 's' || chr(31) || (payload->>'at') || chr(31) || (payload#>>'{ship_from,country}')
                 || chr(31) || (payload#>>'{ship_from,type}') end, chr(31) order by event_key) as whereabouts
        from seller_events
        where seller_id = any(${ids}::text[]) and type in ('login', 'shipment', 'payout')
        group by seller_id`),
    );
    const records: ActivityRecord[] = [];
    for (const { seller_id, whereabouts } of packed) {
      if (whereabouts === null) continue;
      const v = whereabouts.split(UNIT);
      for (let n = 0; n < v.length; ) {
        const at = v[n + 1]!;
        if (v[n] === 'l') records.push({ seller_id, type: 'login', at, ip_country: v[n + 2]! });
        else if (v[n] === 'p') records.push({ seller_id, type: 'payout', at, bank_country: v[n + 2]! });
        else {
          const from = { country: v[n + 2]!, type: v[n + 3] as 'seller' | 'marketplace_fulfillment' };
          records.push({ seller_id, type: 'shipment', at, ship_from: from });
          n += 1;
        }
        n += 3;
      }
    }
    const checks = rowsOf<CheckRow>(
      await db.execute(sql`
        select seller_id, payload->>'at' as at, payload->>'result' as result, payload->>'reason' as reason
        from seller_events
        where seller_id = any(${ids}::text[]) and type = 'identity_check'
        order by event_key`),
    );
    for (const row of checks)
      records.push({
        seller_id: row.seller_id,
        type: 'identity_check',
        at: row.at,
        result: row.result ?? undefined,
        reason: row.reason ?? undefined,
      });
    yield records;
  }
}
