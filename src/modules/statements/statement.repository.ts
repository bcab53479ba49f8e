import { desc, eq } from 'drizzle-orm';
import { inUuids } from '../../adapters/db/any-of.js';
import type { Db } from '../../adapters/db/database.js';
import { statements } from './statements.schema.js';

export type StatementRow = typeof statements.$inferSelect;

export async function insertStatement(db: Db, row: StatementRow): Promise<void> {
  await db.insert(statements).values(row);
}

/** The statements of several cases at once (a page of a case list). */
export async function findStatementsOfCases(db: Db, caseIds: readonly string[]): Promise<StatementRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(statements).where(inUuids(statements.caseId, caseIds));
}

/** A case's statements, newest version first per requirement. */
export async function findStatements(db: Db, caseId: string): Promise<StatementRow[]> {
  return db.select().from(statements).where(eq(statements.caseId, caseId)).orderBy(desc(statements.version));
}

export async function latestStatementVersion(db: Db, requirementId: string): Promise<number> {
  const [row] = await db
    .select({ version: statements.version })
    .from(statements)
    .where(eq(statements.requirementId, requirementId))
    .orderBy(desc(statements.version))
    .limit(1);
  return row?.version ?? 0;
}
