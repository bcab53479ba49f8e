import { asc, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import type { DocumentRecord, SellerRecord } from './feed.contract.js';
import type { FieldNote } from './feed.sanitise.js';
import type { DataQualityCode } from './feed.values.js';
import { dataQualityNotes, sellers } from './sellers.schema.js';

// The store read for one partition of a scan (`scan.partition` jobs, docs/scale.md): only these
// sellers' profiles and notes, and their documents, whereabouts and identity checks reduced in
// SQL (`readDocumentsOfSellers`, `readActivityOfSellers`, which the single-process store scan
// reads the same way). Each
// list is in the order of the store's keys, so a seller's records arrive as in the store scan.

/** Every seller's id, in the store's id order: a worker picks its partition's from them. */
export async function listSellerIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: sellers.sellerId }).from(sellers).orderBy(asc(sellers.sellerId));
  return rows.map((row) => row.id);
}

export interface SellersFeedPage {
  profiles: SellerRecord[];
  notes: { sellerId: string; kind: string; note: FieldNote }[];
}

/**
 * These sellers' profiles and notes, `sellersPerPage` sellers at a time (`sellerIds` in the
 * store's id order); their documents and events are read by `readDocumentsOfSellers` and
 * `readActivityOfSellers`.
 */
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

/**
 * These sellers' documents on file, `sellersPerPage` sellers at a time, each reduced in SQL to
 * what the detectors read of the feed's record (its type, status and dates, from the stored
 * record: the columns beside it are not all rewritten when a document changes), each seller's in
 * key order (the store scan's order).
 */
export async function* readDocumentsOfSellers(
  db: Db,
  sellerIds: readonly string[],
  sellersPerPage = 5000,
): AsyncGenerator<DocumentRecord[]> {
  for (let i = 0; i < sellerIds.length; i += sellersPerPage) {
    const rows = rowsOf<{
      seller_id: string;
      type: DocumentRecord['type'];
      status: DocumentRecord['status'];
      issued_on: string | null;
      expires_on: string | null;
    }>(
      await db.execute(sql`
        select seller_id, payload->>'type' as type, payload->>'status' as status,
               payload->>'issued_on' as issued_on, payload->>'expires_on' as expires_on
        from documents_on_file
        where seller_id = any(${sql.param(sellerIds.slice(i, i + sellersPerPage))}::text[])
        order by document_key`),
    );
    yield rows.map((row) => ({
      seller_id: row.seller_id,
      type: row.type,
      status: row.status,
      issued_on: row.issued_on ?? undefined,
      expires_on: row.expires_on ?? undefined,
    }));
  }
}
