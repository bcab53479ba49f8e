import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { savedCaseFilters } from './saved-filters.schema.js';

export type SavedCaseFilterRow = typeof savedCaseFilters.$inferSelect;

export function findSavedCaseFilters(db: Db, userId: string): Promise<SavedCaseFilterRow[]> {
  return db
    .select()
    .from(savedCaseFilters)
    .where(eq(savedCaseFilters.userId, userId))
    .orderBy(asc(savedCaseFilters.createdAt), asc(savedCaseFilters.id));
}

export async function countSavedCaseFilters(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(savedCaseFilters)
    .where(eq(savedCaseFilters.userId, userId));
  return row?.n ?? 0;
}

export async function saveCaseFilter(db: Db, row: SavedCaseFilterRow): Promise<void> {
  await db.insert(savedCaseFilters).values(row);
}

/** Deletes one of the user's filters; answers whether there was one (another user's is never touched). */
export async function removeSavedCaseFilter(db: Db, userId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(savedCaseFilters)
    .where(and(eq(savedCaseFilters.userId, userId), eq(savedCaseFilters.id, id)))
    .returning({ id: savedCaseFilters.id });
  return deleted.length > 0;
}
