import { and, count, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { cases } from './cases.schema.js';
import type { Severity } from './policy.contract.js';

const RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
const rankOf = sql<number>`${cases.queueRank}`;
const WAITING = ['submitted', 'appealed'];

/** When cases of a higher severity than this one were submitted since a time: the ones that overtake it. */
export async function findOvertakingSubmissions(db: Db, severity: string, since: Date): Promise<Date[]> {
  const rank = RANK[severity as Severity] ?? 2;
  if (rank === 0) return [];
  const rows = await db
    .select({ at: cases.submittedAt })
    .from(cases)
    .where(and(gt(cases.submittedAt, since), lt(rankOf, rank)));
  return rows.flatMap((row) => (row.at ? [row.at] : []));
}

/** Every case waiting on review: submitted, in review or appealed. */
export async function countWaitingForReview(db: Db): Promise<number> {
  const [row] = await db
    .select({ waiting: count() })
    .from(cases)
    .where(inArray(cases.status, [...WAITING, 'in_review']));
  return row?.waiting ?? 0;
}
