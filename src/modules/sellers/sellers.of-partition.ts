import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { DocumentRecord, SellerRecord } from './feed.contract.js';
import type { FieldNote } from './feed.sanitise.js';
import type { DataQualityCode } from './feed.values.js';
import { dataQualityNotes, documentsOnFile, sellers } from './sellers.schema.js';

// The store read for one partition of a scan (`scan.partition` jobs, docs/scale.md): only these
// sellers' profiles, documents and notes, and their whereabouts and identity checks reduced in
// SQL (`readActivityOfSellers`, which the single-process store scan reads the same way). Each
// list is in the order of the store's keys, so a seller's records arrive as in the store scan.

/** Every seller's id, in the store's id order: a worker picks its partition's from them. */
export async function listSellerIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: sellers.sellerId }).from(sellers).orderBy(asc(sellers.sellerId));
  return rows.map((row) => row.id);
}

export interface SellersFeedPage {
  profiles: SellerRecord[];
  documents: DocumentRecord[];
  notes: { sellerId: string; kind: string; note: FieldNote }[];
}

/**
 * These sellers' profiles, documents and notes, `sellersPerPage` sellers at a time (`sellerIds`
 * in the store's id order); their events are read by `readActivityOfSellers`.
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
    const documents = await db
      .select({ payload: documentsOnFile.payload })
      .from(documentsOnFile)
      .where(inArray(documentsOnFile.sellerId, ids))
      .orderBy(asc(documentsOnFile.documentKey));
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
