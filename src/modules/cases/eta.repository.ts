import { and, count, eq, gt, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { CaseRow } from './case.repository.js';
import { cases } from './cases.schema.js';
import type { Severity } from './policy.contract.js';

const RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
const rankOf = sql<number>`case ${cases.severity} when 'high' then 0 when 'medium' then 1 else 2 end`;
const WAITING = ['submitted', 'appealed'];

/**
 * Cases the review queue will decide before this one: those already in review, and those waiting
 * that come first in the queue's order (a higher severity, or the same severity submitted earlier).
 */
export async function countCasesAhead(db: Db, found: CaseRow): Promise<number> {
  if (found.status === 'in_review') return 0;
  const submittedAt = found.submittedAt ?? found.updatedAt;
  const rank = RANK[found.severity as Severity] ?? 2;
  const earlier: SQL = or(
    lt(rankOf, rank),
    and(
      eq(rankOf, rank),
      or(lt(cases.submittedAt, submittedAt), and(eq(cases.submittedAt, submittedAt), lt(cases.id, found.id))),
    ),
  ) as SQL;
  const [row] = await db
    .select({ ahead: count() })
    .from(cases)
    .where(
      and(
        ne(cases.id, found.id),
        or(eq(cases.status, 'in_review'), and(inArray(cases.status, WAITING), earlier)),
      ),
    );
  return row?.ahead ?? 0;
}

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
