import { and, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { inUuids } from '../../adapters/db/any-of.js';
import type { Db } from '../../adapters/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type CaseStatus, OPEN_STATUSES } from './case.state.js';
import { caseReasons, cases, policies } from './cases.schema.js';
import type { Severity, Trigger } from './policy.contract.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseReasonRow = typeof caseReasons.$inferSelect;

export async function findCase(
  db: Db,
  caseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  const query = db.select().from(cases).where(eq(cases.id, caseId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The seller's one open case, locked for the caller's transaction. */
export async function findOpenCaseForUpdate(db: Db, sellerId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.sellerId, sellerId), inArray(cases.status, [...OPEN_STATUSES])))
    .for('update');
  return row;
}

export async function insertCase(db: Db, row: typeof cases.$inferInsert): Promise<void> {
  await db.insert(cases).values(row);
}

/**
 * The only writer of `cases.status`. `expectedRevision` makes a stale writer fail instead of
 * overwriting a change it never saw.
 */
export async function writeCaseStatus(
  db: Db,
  caseId: string,
  expectedRevision: number,
  change: {
    status: CaseStatus;
    at: Date;
    submittedAt?: Date;
    decidedAt?: Date;
    closedAt?: Date;
    appealCount?: number;
    appealedAt?: Date;
    reviewDueAt?: Date;
    deadlineAt?: Date;
    assigneeId?: string | null;
  },
): Promise<void> {
  await writeCaseFields(db, caseId, expectedRevision, {
    status: change.status,
    updatedAt: change.at,
    ...(change.submittedAt ? { submittedAt: change.submittedAt } : {}),
    ...(change.decidedAt ? { decidedAt: change.decidedAt } : {}),
    ...(change.closedAt ? { closedAt: change.closedAt } : {}),
    ...(change.appealCount !== undefined ? { appealCount: change.appealCount } : {}),
    ...(change.appealedAt ? { appealedAt: change.appealedAt } : {}),
    ...(change.reviewDueAt ? { reviewDueAt: change.reviewDueAt } : {}),
    ...(change.deadlineAt ? { deadlineAt: change.deadlineAt } : {}),
    ...(change.assigneeId !== undefined
      ? { assigneeId: change.assigneeId, assignedAt: change.assigneeId === null ? null : change.at }
      : {}),
  });
}

/**
 * Who holds the case, compared and set on `revision`: of two reviewers claiming one case, the
 * second finds the revision moved and gets `CONFLICT`.
 */
export async function writeCaseAssignment(
  db: Db,
  caseId: string,
  expectedRevision: number,
  assigneeId: string | null,
  at: Date,
): Promise<void> {
  await writeCaseFields(db, caseId, expectedRevision, {
    assigneeId,
    assignedAt: assigneeId === null ? null : at,
    updatedAt: at,
  });
}

export async function writeCaseFields(
  db: Db,
  caseId: string,
  expectedRevision: number,
  set: Partial<typeof cases.$inferInsert>,
): Promise<void> {
  const updated = await db
    .update(cases)
    .set({ ...set, revision: sql`${cases.revision} + 1` })
    .where(and(eq(cases.id, caseId), eq(cases.revision, expectedRevision)))
    .returning({ id: cases.id });
  if (updated.length === 0)
    throw new AppError('CONFLICT', 'the case changed meanwhile; reload it and try again', {
      where: 'case',
      case_id: caseId,
    });
}

export async function touchCase(
  db: Db,
  caseId: string,
  at: Date,
  severity: Severity,
  deadlineAt: Date,
): Promise<void> {
  await db
    .update(cases)
    .set({ updatedAt: at, severity, deadlineAt, revision: sql`${cases.revision} + 1` })
    .where(eq(cases.id, caseId));
}

export async function findReasons(db: Db, caseIds: string[]): Promise<CaseReasonRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseReasons)
    .where(inUuids(caseReasons.caseId, caseIds))
    .orderBy(caseReasons.addedAt);
}

/**
 * The active policy's version and the open cases' reasons of these sellers, in one statement:
 * the policy row joined with every open reason (a row with no reason when none is open).
 * `undefined` when no policy is active.
 */
export async function findActiveVersionAndOpenReasons(
  db: Db,
  sellerIds: string[],
): Promise<{ version: string; reasons: { sellerId: string; reason: CaseReasonRow }[] } | undefined> {
  const rows = await db
    .select({ version: policies.version, sellerId: cases.sellerId, reason: caseReasons })
    .from(policies)
    .leftJoin(cases, and(inArray(cases.sellerId, sellerIds), inArray(cases.status, [...OPEN_STATUSES])))
    .leftJoin(caseReasons, eq(caseReasons.caseId, cases.id))
    .where(eq(policies.isActive, true));
  const [first] = rows;
  if (!first) return undefined;
  const reasons: { sellerId: string; reason: CaseReasonRow }[] = [];
  for (const { sellerId, reason } of rows) if (sellerId && reason) reasons.push({ sellerId, reason });
  return { version: first.version, reasons };
}

export async function upsertReason(db: Db, row: typeof caseReasons.$inferInsert): Promise<void> {
  await db
    .insert(caseReasons)
    .values(row)
    .onConflictDoUpdate({
      target: [caseReasons.caseId, caseReasons.trigger],
      set: {
        score: row.score,
        severity: row.severity,
        summary: row.summary,
        evidence: row.evidence,
        relatedSellerIds: row.relatedSellerIds,
        source: row.source,
        updatedAt: row.updatedAt,
      },
    });
}

export interface CaseFilter {
  sellerId?: string;
  statuses?: CaseStatus[];
  trigger?: Trigger;
  severity?: Severity;
  /** Keyset cursor: the (opened_at, id) of the last case of the previous page. */
  after?: { openedAt: Date; id: string };
  limit: number;
}

/** Newest first, with a cursor that stays stable while cases are added. */
export async function listCases(db: Db, filter: CaseFilter): Promise<CaseRow[]> {
  const conditions: SQL[] = [];
  if (filter.sellerId) conditions.push(eq(cases.sellerId, filter.sellerId));
  if (filter.statuses?.length) conditions.push(inArray(cases.status, filter.statuses));
  if (filter.severity) conditions.push(eq(cases.severity, filter.severity));
  if (filter.trigger)
    conditions.push(
      sql`exists (select 1 from ${caseReasons} where ${caseReasons.caseId} = ${cases.id} and ${caseReasons.trigger} = ${filter.trigger})`,
    );
  if (filter.after)
    conditions.push(
      or(
        lt(cases.openedAt, filter.after.openedAt),
        and(eq(cases.openedAt, filter.after.openedAt), lt(cases.id, filter.after.id)),
      )!,
    );
  return db
    .select()
    .from(cases)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(filter.limit);
}

/** The seller's cases that still shape what the account may do: the latest one, and any final rejection. */
export async function findCasesShapingRestrictions(db: Db, sellerId: string): Promise<CaseRow[]> {
  const rows = await db
    .select()
    .from(cases)
    .where(eq(cases.sellerId, sellerId))
    .orderBy(desc(cases.openedAt));
  return rows.filter((row, index) => index === 0 || row.status === 'rejected_final');
}

/** The seller's most recently closed case that ended without consequence (approved or withdrawn). */
export async function findLatestClearedCase(db: Db, sellerId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.sellerId, sellerId), inArray(cases.status, ['approved', 'withdrawn'])))
    .orderBy(desc(cases.closedAt))
    .limit(1);
  return row;
}

/** Every case of these sellers, newest first (a search's results show them beside the seller). */
export async function findCasesOfSellers(db: Db, sellerIds: string[]): Promise<CaseRow[]> {
  if (sellerIds.length === 0) return [];
  return db.select().from(cases).where(inArray(cases.sellerId, sellerIds)).orderBy(desc(cases.openedAt));
}

/** These cases (those that exist), unlocked: a bulk action's first look before each case's own transaction. */
export async function findCasesByIds(db: Db, caseIds: string[]): Promise<CaseRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(cases).where(inArray(cases.id, caseIds));
}
