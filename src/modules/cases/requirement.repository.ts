import { and, eq, inArray, sql } from 'drizzle-orm';
import { inUuids } from '../../adapters/db/any-of.js';
import type { Db } from '../../adapters/db/database.js';
import { requirements } from './cases.schema.js';
import type { PlannedRequirement, RequirementStatus } from './requirements.js';

export type RequirementRow = typeof requirements.$inferSelect;

/** The requirements of several cases at once (a page of a case list), in each case's order. */
export async function findRequirementsOfCases(db: Db, caseIds: readonly string[]): Promise<RequirementRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(requirements)
    .where(inUuids(requirements.caseId, caseIds))
    .orderBy(requirements.createdAt, requirements.material);
}

export async function findRequirements(db: Db, caseId: string): Promise<RequirementRow[]> {
  return db
    .select()
    .from(requirements)
    .where(eq(requirements.caseId, caseId))
    .orderBy(requirements.createdAt, requirements.material);
}

/** Writes a case's requirements as planned: new materials are added, existing ones updated in place. */
export async function saveRequirements(
  db: Db,
  caseId: string,
  planned: PlannedRequirement[],
  at: Date,
  newId: () => string,
) {
  if (planned.length === 0) return;
  await db
    .insert(requirements)
    .values(
      planned.map((r) => ({
        id: newId(),
        caseId,
        material: r.material,
        triggers: r.triggers,
        reason: r.reason,
        acceptedVariants: r.accepted_variants,
        rules: r.rules,
        status: r.status,
        errors: r.errors,
        dueAt: r.due_at,
        createdAt: at,
        updatedAt: at,
      })),
    )
    .onConflictDoUpdate({
      target: [requirements.caseId, requirements.material],
      set: {
        triggers: sql`excluded.triggers`,
        reason: sql`excluded.reason`,
        acceptedVariants: sql`excluded.accepted_variants`,
        rules: sql`excluded.rules`,
        status: sql`excluded.status`,
        dueAt: sql`excluded.due_at`,
        updatedAt: sql`excluded.updated_at`,
      },
      setWhere: sql`(${requirements.triggers}, ${requirements.reason}, ${requirements.rules}, ${requirements.status}, ${requirements.dueAt})
        is distinct from (excluded.triggers, excluded.reason, excluded.rules, excluded.status, excluded.due_at)`,
    });
}

export async function setRequirementStatuses(
  db: Db,
  caseId: string,
  from: readonly RequirementStatus[],
  to: RequirementStatus,
  at: Date,
): Promise<void> {
  await db
    .update(requirements)
    .set({ status: to, updatedAt: at })
    .where(and(eq(requirements.caseId, caseId), inArray(requirements.status, [...from])));
}

/**
 * A reviewer asks for a requirement again: it is `errored` with the reviewer's reason codes, due
 * anew, and only a document uploaded from now on answers it.
 */
export async function reaskRequirement(
  db: Db,
  requirementId: string,
  ask: { errors: string[]; dueAt: Date },
  at: Date,
): Promise<void> {
  await db
    .update(requirements)
    .set({ status: 'errored', errors: ask.errors, dueAt: ask.dueAt, reaskedAt: at, updatedAt: at })
    .where(eq(requirements.id, requirementId));
}

/** A requirement's status after a document answered it: `errored` carries the failed check codes. */
export async function setRequirementResult(
  db: Db,
  requirementId: string,
  result: { status: RequirementStatus; errors: string[] },
  at: Date,
): Promise<void> {
  await db
    .update(requirements)
    .set({ status: result.status, errors: result.errors, updatedAt: at })
    .where(eq(requirements.id, requirementId));
}
