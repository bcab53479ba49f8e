import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { caseAppeals } from './review.schema.js';

export type AppealRow = typeof caseAppeals.$inferSelect;

export async function insertAppeal(db: Db, row: typeof caseAppeals.$inferInsert): Promise<void> {
  await db.insert(caseAppeals).values(row);
}

/** A case's appeals, the first first. */
export async function findAppeals(db: Db, caseId: string): Promise<AppealRow[]> {
  return db.select().from(caseAppeals).where(eq(caseAppeals.caseId, caseId)).orderBy(asc(caseAppeals.number));
}
