import { and, asc, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { DocumentRecord, EventRecord, SellerRecord } from './feed.contract.js';
import type { FieldNote } from './feed.sanitise.js';
import type { DataQualityCode } from './feed.values.js';
import { dataQualityNotes, documentsOnFile, sellerEvents, sellers } from './sellers.schema.js';

// The store read for one partition of a scan (`scan.partition` jobs, docs/scale.md): only these
// sellers' profiles, documents, events and notes. Each list is in the order the whole-store
// readers give (`readSellerPages` … by key), so a seller's records arrive as in the store scan.

/** Every seller's id, in the store's id order: a worker picks its partition's from them. */
export async function listSellerIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: sellers.sellerId }).from(sellers).orderBy(asc(sellers.sellerId));
  return rows.map((row) => row.id);
}

export interface SellersFeedPage {
  profiles: SellerRecord[];
  documents: DocumentRecord[];
  events: EventRecord[];
  notes: { sellerId: string; kind: string; note: FieldNote }[];
}

/** These sellers' feed, `sellersPerPage` sellers at a time (`sellerIds` in the store's id order). */
export async function* readFeedOfSellerPages(
  db: Db,
  sellerIds: readonly string[],
  sellersPerPage = 2000,
): AsyncGenerator<SellersFeedPage> {
  for (let i = 0; i < sellerIds.length; i += sellersPerPage) {
    const ids = sellerIds.slice(i, i + sellersPerPage);
    const profiles = await db
      .select({ profile: sellers.profile })
      .from(sellers)
      .where(inArray(sellers.sellerId, ids))
      .orderBy(asc(sellers.sellerId));
    const documents = await db
      .select({ payload: documentsOnFile.payload })
      .from(documentsOnFile)
      .where(inArray(documentsOnFile.sellerId, ids))
      .orderBy(asc(documentsOnFile.documentKey));
    const events = await db
      .select({ payload: sellerEvents.payload })
      .from(sellerEvents)
      .where(inArray(sellerEvents.sellerId, ids))
      .orderBy(asc(sellerEvents.eventKey));
    const notes = await db
      .select({
        sellerId: dataQualityNotes.sellerId,
        kind: dataQualityNotes.kind,
        field: dataQualityNotes.field,
        code: dataQualityNotes.code,
        raw: dataQualityNotes.raw,
      })
      .from(dataQualityNotes)
      .where(inArray(dataQualityNotes.sellerId, ids))
      .orderBy(asc(dataQualityNotes.noteKey));
    yield {
      profiles: profiles.map((row) => row.profile as SellerRecord),
      documents: documents.map((row) => row.payload as DocumentRecord),
      events: events.map((row) => row.payload as EventRecord),
      notes: notes.map((row) => ({
        sellerId: row.sellerId,
        kind: row.kind,
        note: { field: row.field, code: row.code as DataQualityCode, raw: row.raw },
      })),
    };
  }
}

/** The store's data-quality notes counted by code, as the store scan's summary counts them. */
export async function countDataQualityNotesByCode(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ code: dataQualityNotes.code, n: sql<number>`count(*)::int` })
    .from(dataQualityNotes)
    .groupBy(dataQualityNotes.code);
  return Object.fromEntries(rows.map((row) => [row.code, Number(row.n)]));
}

/** The event types that carry an identifier the association index reads, and those fields. */
const IDENTIFYING_TYPES = ['login', 'card_added', 'payout', 'profile_change'];
const IDENTIFYING_FIELDS = [
  'device_id',
  'ip',
  'card_fingerprint',
  'bank_account_number',
  'field',
  'old',
  'new',
];

/**
 * The events of known sellers that carry identifiers, each reduced in SQL to its seller, type and
 * identifying fields (values as stored), in key order as `readEventPages` gives them: what a
 * scan's coordinator feeds the association index without reading whole payloads.
 */
export async function* readEventIdentifierPages(db: Db, pageSize = 10_000) {
  let after = '';
  const fields = sql.join(
    IDENTIFYING_FIELDS.map((field) => sql`${field}`),
    sql`, `,
  );
  for (;;) {
    const page = await db
      .select({
        key: sellerEvents.eventKey,
        identifiers: sql<
          Record<string, unknown>
        >`jsonb_build_object('seller_id', ${sellerEvents.sellerId}, 'type', ${sellerEvents.type})
          || coalesce((select jsonb_object_agg(e.key, e.value) from jsonb_each(${sellerEvents.payload}) e
                       where e.key in (${fields})), '{}'::jsonb)`,
      })
      .from(sellerEvents)
      .where(
        and(
          gt(sellerEvents.eventKey, after),
          inArray(sellerEvents.type, IDENTIFYING_TYPES),
          sql`exists (select 1 from ${sellers} where ${sellers.sellerId} = ${sellerEvents.sellerId})`,
        ),
      )
      .orderBy(asc(sellerEvents.eventKey))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page.map((row) => row.identifiers as unknown as EventRecord);
    after = page.at(-1)!.key;
  }
}

/** The latest event's time of the store's known sellers, in ms (null: no event). */
export async function findLatestEventAt(db: Db): Promise<number | null> {
  const [row] = await db
    .select({ ms: sql<number | null>`(extract(epoch from max(${sellerEvents.at})) * 1000)::float8` })
    .from(sellerEvents)
    .where(sql`exists (select 1 from ${sellers} where ${sellers.sellerId} = ${sellerEvents.sellerId})`);
  return row?.ms === null || row?.ms === undefined ? null : Math.round(Number(row.ms));
}
