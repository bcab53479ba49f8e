import { sql } from 'drizzle-orm';
import { type BulkDatabase, withBulkSession } from '../../adapters/db/bulk.js';
import { CopyText } from '../../adapters/db/copy-text.js';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import type { DocumentRecord, EventRecord, SalesRecord } from './feed.contract.js';
import { documentKeyOf, eventKeyOf } from './sellers.repository.js';

type Written = { written: number; unchanged: number; sellerIds: string[] };
type Changed = { seller_id: string; n: number };

/**
 * The warehouse-speed writes of a feed batch (docs/scale.md, "Import"): the batch goes through
 * `COPY` into a staging table that lives for one transaction, then one set-based upsert per kind
 * writes what changed. The same outcome as the row-by-row writes in sellers.repository.ts: a day
 * sent twice keeps its last row, an event already there is kept, a document is replaced only when
 * its content differs; what the database refuses fails the batch, which the import then isolates.
 */
export function bulkUpsertSales(database: BulkDatabase, rows: SalesRecord[]): Promise<Written> {
  if (rows.length === 0) return Promise.resolve(nothing());
  const text = new CopyText();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    text.add([row.seller_id, row.date, row.orders ?? null, row.revenue ?? null, i]);
  }
  return withBulkSession(database, async (session) => {
    await session.query(`create temp table stage_sales (seller_id text, day date, orders bigint,
      revenue numeric(20, 2), ord integer) on commit drop`);
    await session.copyIn('stage_sales', ['seller_id', 'day', 'orders', 'revenue', 'ord'], text);
    const changed = await session.query<Changed>(`
      with latest as (
        select distinct on (seller_id, day) seller_id, day, orders, revenue
        from stage_sales order by seller_id, day, ord desc
      ), written as (
        insert into sales_days (seller_id, day, orders, revenue)
        select seller_id, day, orders, revenue from latest
        on conflict (seller_id, day) do update set orders = excluded.orders, revenue = excluded.revenue
          where (sales_days.orders, sales_days.revenue) is distinct from (excluded.orders, excluded.revenue)
        returning seller_id
      )
      select seller_id, count(*)::int as n from written group by seller_id`);
    return outcome(rows.length, changed);
  });
}

export function bulkInsertEvents(database: BulkDatabase, events: EventRecord[]): Promise<Written> {
  if (events.length === 0) return Promise.resolve(nothing());
  const text = new CopyText();
  // `at` as the contract wrote it: UTC, ISO 8601, which PostgreSQL reads as the same instant.
  for (const event of events)
    text.add([eventKeyOf(event), event.seller_id, event.at, event.type, JSON.stringify(event)]);
  return withBulkSession(database, async (session) => {
    await session.query(`create temp table stage_events (event_key text, seller_id text,
      at timestamptz, type text, payload jsonb) on commit drop`);
    await session.copyIn('stage_events', ['event_key', 'seller_id', 'at', 'type', 'payload'], text);
    const changed = await session.query<Changed>(`
      with written as (
        insert into seller_events (event_key, seller_id, at, type, payload)
        select event_key, seller_id, at, type, payload from stage_events
        on conflict do nothing
        returning seller_id
      )
      select seller_id, count(*)::int as n from written group by seller_id`);
    return outcome(events.length, changed);
  });
}

/**
 * A batch of events in one statement, in the caller's transaction: the columns as arrays
 * (`unnest`), no staging table. What the live feed route writes per batch (a thousand lines or so,
 * where a staging table's creation and the extra round trips of COPY cost more than they save),
 * together with what the batch derives, in one commit. Same outcome as `bulkInsertEvents`.
 */
export async function insertEventBatch(db: Db, events: EventRecord[]): Promise<Written> {
  if (events.length === 0) return nothing();
  const keys: string[] = [];
  const sellerIds: string[] = [];
  const ats: string[] = [];
  const types: string[] = [];
  const payloads: string[] = [];
  for (const event of events) {
    keys.push(eventKeyOf(event));
    sellerIds.push(event.seller_id);
    ats.push(new Date(event.at).toISOString());
    types.push(event.type);
    payloads.push(JSON.stringify(event));
  }
  const changed = rowsOf<Changed>(
    await db.execute(sql`
      with written as (
        insert into seller_events (event_key, seller_id, at, type, payload)
        select * from unnest(${sql.param(keys)}::text[], ${sql.param(sellerIds)}::text[],
          ${sql.param(ats)}::timestamptz[], ${sql.param(types)}::text[], ${sql.param(payloads)}::jsonb[])
        on conflict do nothing
        returning seller_id
      )
      select seller_id, count(*)::int as n from written group by seller_id`),
  );
  return outcome(events.length, changed);
}

export function bulkUpsertDocuments(
  database: BulkDatabase,
  docs: DocumentRecord[],
  now: Date,
): Promise<Written> {
  if (docs.length === 0) return Promise.resolve(nothing());
  const latest = new Map(docs.map((doc) => [documentKeyOf(doc), doc]));
  const text = new CopyText();
  for (const [key, doc] of latest)
    text.add([
      key,
      doc.seller_id,
      doc.type,
      doc.status,
      doc.issued_on ?? null,
      doc.expires_on ?? null,
      JSON.stringify(doc),
    ]);
  return withBulkSession(database, async (session) => {
    await session.query(`create temp table stage_documents (document_key text, seller_id text,
      type text, status text, issued_on date, expires_on date, payload jsonb) on commit drop`);
    await session.copyIn(
      'stage_documents',
      ['document_key', 'seller_id', 'type', 'status', 'issued_on', 'expires_on', 'payload'],
      text,
    );
    const changed = await session.query<Changed>(
      `
      with written as (
        insert into documents_on_file (document_key, seller_id, type, status, issued_on, expires_on, payload, updated_at)
        select document_key, seller_id, type, status, issued_on, expires_on, payload, $1 from stage_documents
        on conflict (document_key) do update set status = excluded.status, expires_on = excluded.expires_on,
          payload = excluded.payload, updated_at = excluded.updated_at
          where documents_on_file.payload is distinct from excluded.payload
        returning seller_id
      )
      select seller_id, count(*)::int as n from written group by seller_id`,
      [now.toISOString()],
    );
    return outcome(docs.length, changed);
  });
}

const nothing = (): Written => ({ written: 0, unchanged: 0, sellerIds: [] });

function outcome(sent: number, changed: Changed[]): Written {
  const written = changed.reduce((n, row) => n + row.n, 0);
  return { written, unchanged: sent - written, sellerIds: changed.map((row) => row.seller_id) };
}
