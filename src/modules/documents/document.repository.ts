import { and, asc, desc, eq, inArray, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { inUuids } from '../../adapters/db/any-of.js';
import type { Db } from '../../adapters/db/database.js';
import { documentFiles, documents } from './documents.schema.js';

export type DocumentRow = typeof documents.$inferSelect;

/** A document's status once its seller took it back before handing the case in: kept, never counted. */
export const WITHDRAWN = 'withdrawn';

/** Marks a document withdrawn (its files and report stay, for the audit trail). */
export async function markDocumentWithdrawn(db: Db, id: string): Promise<void> {
  await db.update(documents).set({ status: WITHDRAWN }).where(eq(documents.id, id));
}
export type DocumentFileRow = typeof documentFiles.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
export type NewDocumentFile = Omit<
  typeof documentFiles.$inferInsert,
  'documentId' | 'dhash' | 'dhashBand0' | 'dhashBand1' | 'dhashBand2' | 'dhashBand3' | 'text'
>;

export async function insertDocument(db: Db, row: NewDocument, files: NewDocumentFile[]): Promise<void> {
  await db.insert(documents).values(row);
  await db.insert(documentFiles).values(files.map((file) => ({ ...file, documentId: row.id })));
}

export async function findDocument(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DocumentRow | undefined> {
  const query = db.select().from(documents).where(eq(documents.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** A case's documents, oldest first; none the seller withdrew. */
export async function findCaseDocuments(db: Db, caseId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.caseId, caseId), ne(documents.status, WITHDRAWN)))
    .orderBy(asc(documents.uploadedAt), asc(documents.id));
}

/** The documents of several cases at once (a page of a case list), withdrawn ones left out. */
export async function findDocumentsOfCases(db: Db, caseIds: readonly string[]): Promise<DocumentRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(and(inUuids(documents.caseId, caseIds), ne(documents.status, WITHDRAWN)));
}

/** The newest document uploaded against a requirement and not withdrawn. */
export async function findLatestDocumentFor(db: Db, requirementId: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.requirementId, requirementId), ne(documents.status, WITHDRAWN)))
    .orderBy(desc(documents.uploadedAt), desc(documents.id))
    .limit(1);
  return row;
}

export async function findDocumentFiles(db: Db, documentIds: string[]): Promise<DocumentFileRow[]> {
  if (documentIds.length === 0) return [];
  return db
    .select()
    .from(documentFiles)
    .where(inArray(documentFiles.documentId, documentIds))
    .orderBy(asc(documentFiles.documentId), asc(documentFiles.position));
}

/** A file of this case that has these bytes already: an upload of the same file twice. */
export async function findCaseFileBySha256(
  db: Db,
  caseId: string,
  sha256s: string[],
): Promise<{ documentId: string; sha256: string } | undefined> {
  const [row] = await db
    .select({ documentId: documentFiles.documentId, sha256: documentFiles.sha256 })
    .from(documentFiles)
    .innerJoin(documents, eq(documents.id, documentFiles.documentId))
    .where(and(eq(documents.caseId, caseId), inArray(documentFiles.sha256, sha256s)))
    .limit(1);
  return row;
}

export interface CheckedDocument {
  status: 'checked' | 'check_failed';
  verdict: 'pass' | 'fail' | null;
  report: unknown;
  reading: unknown;
  failure: string | null;
  checkedAt: Date;
  /** The seller's profile version the checks ran against (null when the checks could not run). */
  checkedProfileVersion: number | null;
  /** What was read from each file, by position. */
  files: { position: number; dhash?: string | undefined; text?: string | undefined }[];
}

export async function saveCheckedDocument(db: Db, id: string, checked: CheckedDocument): Promise<void> {
  const { files, ...result } = checked;
  await db.update(documents).set(result).where(eq(documents.id, id));
  for (const file of files) {
    const bands = file.dhash ? dhashBands(file.dhash) : [null, null, null, null];
    await db
      .update(documentFiles)
      .set({
        dhash: file.dhash ?? null,
        dhashBand0: bands[0],
        dhashBand1: bands[1],
        dhashBand2: bands[2],
        dhashBand3: bands[3],
        text: file.text ?? null,
      })
      .where(and(eq(documentFiles.documentId, id), eq(documentFiles.position, file.position)));
  }
}

/** Of these sellers, those with a checked document: whose checks a profile change can move. */
export async function sellersWithCheckedDocuments(db: Db, sellerIds: readonly string[]): Promise<string[]> {
  if (sellerIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ sellerId: documents.sellerId })
    .from(documents)
    .where(and(inArray(documents.sellerId, [...sellerIds]), eq(documents.status, 'checked')));
  return rows.map((r) => r.sellerId);
}

/** A seller's checked documents whose checks ran against an older profile (or an unrecorded one). */
export async function findDocumentsCheckedBefore(
  db: Db,
  sellerId: string,
  profileVersion: number,
): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.sellerId, sellerId),
        eq(documents.status, 'checked'),
        or(isNull(documents.checkedProfileVersion), lt(documents.checkedProfileVersion, profileVersion)),
      ),
    )
    .orderBy(asc(documents.uploadedAt), asc(documents.id));
}

/** A document's checks run again against a newer profile: the report and verdict change, the files do not. */
export async function saveRecheckedDocument(
  db: Db,
  id: string,
  rechecked: Pick<CheckedDocument, 'verdict' | 'report' | 'checkedAt' | 'checkedProfileVersion'>,
): Promise<void> {
  await db.update(documents).set(rechecked).where(eq(documents.id, id));
}

/** The four 16-bit bands of a 64-bit dHash (16 hex digits), each tagged with its place. */
function dhashBands(dhash: string): [string, string, string, string] {
  return [0, 1, 2, 3].map((band) => `${band}:${dhash.slice(band * 4, band * 4 + 4)}`) as [
    string,
    string,
    string,
    string,
  ];
}

export interface FileOfOtherSeller {
  sellerId: string;
  sha256: string;
  dhash: string | null;
  text: string | null;
}

/**
 * Files other sellers submitted that have the same bytes, or an image hash sharing a band with
 * one of these (the candidates for "near-identical"; the check measures the distance).
 */
export async function findFilesOfOtherSellers(
  db: Db,
  sellerId: string,
  files: { sha256: string; dhash?: string | undefined }[],
  limit = 200,
): Promise<FileOfOtherSeller[]> {
  const matches: SQL[] = [
    inArray(
      documentFiles.sha256,
      files.map((f) => f.sha256),
    ),
  ];
  for (const file of files) {
    if (!file.dhash) continue;
    const bands = dhashBands(file.dhash);
    matches.push(
      eq(documentFiles.dhashBand0, bands[0]),
      eq(documentFiles.dhashBand1, bands[1]),
      eq(documentFiles.dhashBand2, bands[2]),
      eq(documentFiles.dhashBand3, bands[3]),
    );
  }
  return db
    .select({
      sellerId: documentFiles.sellerId,
      sha256: documentFiles.sha256,
      dhash: documentFiles.dhash,
      text: documentFiles.text,
    })
    .from(documentFiles)
    .where(and(ne(documentFiles.sellerId, sellerId), or(...matches)))
    .limit(limit);
}
