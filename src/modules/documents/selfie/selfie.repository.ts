import { and, desc, eq } from 'drizzle-orm';
import { inUuids } from '../../../adapters/db/any-of.js';
import type { Db } from '../../../adapters/db/database.js';
import { documentFiles, documents } from '../documents.schema.js';
import { selfies } from './selfies.schema.js';

export type SelfieRow = typeof selfies.$inferSelect;

export async function insertSelfie(db: Db, row: SelfieRow): Promise<void> {
  await db.insert(selfies).values(row);
}

/** The selfies of several cases at once (a page of a case list). */
export async function findSelfiesOfCases(db: Db, caseIds: readonly string[]): Promise<SelfieRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(selfies).where(inUuids(selfies.caseId, caseIds));
}

/** A case's selfies, newest first. */
export async function findSelfies(db: Db, caseId: string): Promise<SelfieRow[]> {
  return db.select().from(selfies).where(eq(selfies.caseId, caseId)).orderBy(desc(selfies.uploadedAt));
}

export async function findSelfie(db: Db, id: string): Promise<SelfieRow | undefined> {
  const [row] = await db.select().from(selfies).where(eq(selfies.id, id));
  return row;
}

/** The same image already taken as a selfie on this case. */
export async function findCaseSelfieBySha256(db: Db, caseId: string, sha256: string) {
  const [row] = await db
    .select({ id: selfies.id })
    .from(selfies)
    .where(and(eq(selfies.caseId, caseId), eq(selfies.sha256, sha256)))
    .limit(1);
  return row;
}

/** The seller's newest document of a material (any case) with its first file: the ID a selfie is held to. */
export async function findLatestSellerDocumentFile(db: Db, sellerId: string, material: string) {
  const [row] = await db
    .select({ documentId: documents.id, sha256: documentFiles.sha256, mime: documentFiles.mime })
    .from(documents)
    .innerJoin(documentFiles, and(eq(documentFiles.documentId, documents.id), eq(documentFiles.position, 0)))
    .where(and(eq(documents.sellerId, sellerId), eq(documents.material, material)))
    .orderBy(desc(documents.uploadedAt))
    .limit(1);
  return row;
}
