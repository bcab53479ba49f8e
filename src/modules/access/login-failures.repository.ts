import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { newId } from '../../platform/ids.js';
import { loginFailures } from './access.schema.js';

/** The failed logins since a time, for one account (by its email's hash) and for one address. */
export async function findLoginFailures(db: Db, who: { emailHash: string; address: string }, since: Date) {
  const times = (rows: { at: Date }[]) => rows.map((row) => row.at);
  const account = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.emailHash, who.emailHash), gt(loginFailures.at, since)));
  const address = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.address, who.address), gt(loginFailures.at, since)));
  return { account: times(account), address: times(address) };
}

/** Stores one failure; answers how many the account has since `since`, this one included. */
export async function recordLoginFailure(
  db: Db,
  failure: { emailHash: string; address: string; at: Date },
  since: Date,
): Promise<number> {
  await db.insert(loginFailures).values({ id: newId(), ...failure });
  // Old failures say nothing any more; removing them here keeps the table small without a job.
  await db.delete(loginFailures).where(sql`${loginFailures.at} < ${since}`);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(and(eq(loginFailures.emailHash, failure.emailHash), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

export async function clearLoginFailures(db: Db, emailHash: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.emailHash, emailHash));
}
