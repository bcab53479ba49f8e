import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { caseDecisions } from './review.schema.js';

export type DecisionRow = typeof caseDecisions.$inferSelect;
export const DECISION_STATUSES = ['proposed', 'decided', 'sent_back', 'void'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export async function insertDecision(db: Db, row: typeof caseDecisions.$inferInsert): Promise<void> {
  await db.insert(caseDecisions).values(row);
}

/** A case's decisions, oldest first. */
export async function findDecisions(db: Db, caseId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(caseDecisions)
    .where(eq(caseDecisions.caseId, caseId))
    .orderBy(asc(caseDecisions.proposedAt), asc(caseDecisions.id));
}

/** The decisions waiting for a second reviewer on these cases. */
export async function findProposedDecisions(db: Db, caseIds: string[]): Promise<DecisionRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseDecisions)
    .where(and(inArray(caseDecisions.caseId, caseIds), eq(caseDecisions.status, 'proposed')));
}

/** A subquery of the cases with a decision waiting for a second reviewer (for the queue's filter). */
export const casesAwaitingSecondReviewer = (db: Db) =>
  db
    .select({ caseId: caseDecisions.caseId })
    .from(caseDecisions)
    .where(eq(caseDecisions.status, 'proposed'))
    .getSQL();

/** A proposal takes effect: the second reviewer (or none, for a single-reviewer decision) and the outcome. */
export async function markDecisionDecided(
  db: Db,
  decisionId: string,
  outcome: {
    reviewedBy: string | null;
    reviewNote: string | null;
    at: Date;
    caseStatus: string;
    reviewDueAt: Date | null;
  },
): Promise<void> {
  await db
    .update(caseDecisions)
    .set({
      status: 'decided',
      reviewedBy: outcome.reviewedBy,
      reviewedAt: outcome.reviewedBy ? outcome.at : null,
      reviewNote: outcome.reviewNote,
      decidedAt: outcome.at,
      caseStatus: outcome.caseStatus,
      reviewDueAt: outcome.reviewDueAt,
    })
    .where(and(eq(caseDecisions.id, decisionId), eq(caseDecisions.status, 'proposed')));
}

export async function markDecisionSentBack(
  db: Db,
  decisionId: string,
  review: { reviewedBy: string; reviewNote: string; at: Date },
): Promise<void> {
  await db
    .update(caseDecisions)
    .set({
      status: 'sent_back',
      reviewedBy: review.reviewedBy,
      reviewedAt: review.at,
      reviewNote: review.reviewNote,
    })
    .where(and(eq(caseDecisions.id, decisionId), eq(caseDecisions.status, 'proposed')));
}

/** The case closed another way (withdrawn) while a decision was proposed: the proposal lapses. */
export async function voidProposedDecisions(db: Db, caseId: string, at: Date): Promise<void> {
  await db
    .update(caseDecisions)
    .set({ status: 'void', reviewedAt: at })
    .where(and(eq(caseDecisions.caseId, caseId), eq(caseDecisions.status, 'proposed')));
}

export interface DecisionsByReviewer {
  userId: string;
  /** Decisions they proposed (or made alone) that took effect in the period. */
  decided: number;
  /** Decisions of others they approved as the second reviewer in the period. */
  approved: number;
  /** Of those they proposed, how many took effect after the case's SLA. */
  late: number;
}

/** Per reviewer, what took effect in [from, to). */
export async function countDecisionsByReviewer(db: Db, from: Date, to: Date): Promise<DecisionsByReviewer[]> {
  const period = and(
    eq(caseDecisions.status, 'decided'),
    gte(caseDecisions.decidedAt, from),
    lt(caseDecisions.decidedAt, to),
  );
  const proposed = await db
    .select({
      userId: caseDecisions.proposedBy,
      decided: sql<number>`count(*)::int`,
      late: sql<number>`(count(*) filter (where ${caseDecisions.decidedAt} > ${caseDecisions.reviewDueAt}))::int`,
    })
    .from(caseDecisions)
    .where(period)
    .groupBy(caseDecisions.proposedBy);
  const approved = await db
    .select({ userId: caseDecisions.reviewedBy, approved: sql<number>`count(*)::int` })
    .from(caseDecisions)
    .where(and(period, sql`${caseDecisions.reviewedBy} is not null`))
    .groupBy(caseDecisions.reviewedBy);
  const byUser = new Map<string, DecisionsByReviewer>();
  const entry = (userId: string) => {
    const found = byUser.get(userId) ?? { userId, decided: 0, approved: 0, late: 0 };
    byUser.set(userId, found);
    return found;
  };
  for (const row of proposed) Object.assign(entry(row.userId), { decided: row.decided, late: row.late });
  for (const row of approved) if (row.userId) entry(row.userId).approved = row.approved;
  return [...byUser.values()];
}
