import type { Db } from '../../adapters/db/database.js';
import { canonicalJson } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import {
  type CaseReasonRow,
  type CaseRow,
  findActiveVersionAndOpenReasons,
  findLatestClearedCase,
  findReasons,
  insertCase,
  touchCase,
  upsertReason,
  writeCaseAssignment,
  writeCaseFields,
} from './case.repository.js';
import { caseDeadline } from './deadlines.js';
import type { Policy, Severity, Trigger } from './policy.contract.js';
import { findPolicyVersion } from './policy.repository.js';
import type { RequirementRow } from './requirement.repository.js';
import { findRequirements, saveRequirements } from './requirement.repository.js';
import {
  mergeRequirements,
  type PlannedRequirement,
  planRequirements,
  type RequirementStatus,
} from './requirements.js';
import { highestSeverity, severityOf } from './triage.js';

// The writes of a case's own rows that other layers may ask for. The row writers stay inside the
// module: every status change goes through `applyCaseAction`, everything else through here.

/** A finding as SPEC section 3 shapes it, the input of policy. */
export interface CaseFinding {
  trigger: Trigger;
  score: number;
  summary: string;
  evidence: Record<string, unknown>;
  related_seller_ids?: string[];
  /** missing_documentation: which documents are absent, rejected or expired. */
  missing_documents?: string[];
}

type EntityType = 'business' | 'individual';

export interface NewCase {
  sellerId: string;
  policy: Policy;
  entityType: EntityType;
  findings: CaseFinding[];
  openedBy: string;
  source: string;
  at: Date;
}

/** A new case with its reasons and planned requirements, awaiting documents until its deadline. */
export async function recordNewCase(
  tx: Db,
  input: NewCase,
): Promise<{ caseId: string; severity: Severity; deadlineAt: Date }> {
  const { policy, findings, at } = input;
  const caseId = newId();
  const deadlineAt = caseDeadline(
    findings.map((f) => f.trigger),
    at,
    policy,
  );
  const severity = highestSeverity(findings.map((f) => severityOf(f.trigger, f.score, policy)));
  await insertCase(tx, {
    id: caseId,
    sellerId: input.sellerId,
    status: 'awaiting_documents',
    severity,
    policyVersion: policy.version,
    openedAt: at,
    openedBy: input.openedBy,
    deadlineAt,
    updatedAt: at,
  });
  for (const finding of findings)
    await upsertReason(tx, reasonRow(caseId, finding, policy, input.source, at));
  const planned = planRequirements({
    triggers: findings,
    entityType: input.entityType,
    policy,
    openedAt: at,
  });
  await saveRequirements(tx, caseId, planned, at, newId);
  return { caseId, severity, deadlineAt };
}

export interface AddedFindings {
  changed: CaseFinding[];
  /** Triggers the case did not have before. */
  newTriggers: Trigger[];
  allTriggers: Trigger[];
  deadlineAt: Date;
}

/**
 * New or changed findings on an open case: their reasons and requirements join it, its severity
 * and deadline move up. `undefined` when every finding is already on the case as it is.
 */
export async function recordAddedFindings(
  tx: Db,
  open: CaseRow,
  input: Omit<NewCase, 'sellerId' | 'openedBy'>,
  /** The open case's reasons, when the caller read them in this transaction. */
  reasons?: readonly CaseReasonRow[],
): Promise<AddedFindings | undefined> {
  const { policy, at } = input;
  const known = new Map((reasons ?? (await findReasons(tx, [open.id]))).map((r) => [r.trigger, r]));
  const changed = input.findings.filter((f) => !isReasonAsFound(known.get(f.trigger), f));
  if (changed.length === 0) return undefined;
  for (const finding of changed)
    await upsertReason(tx, {
      ...reasonRow(open.id, finding, policy, input.source, at),
      addedAt: known.get(finding.trigger)?.addedAt ?? at,
    });
  const summaries = new Map([...known].map(([trigger, r]) => [trigger, r.summary]));
  for (const f of changed) summaries.set(f.trigger, f.summary);
  const existing = (await findRequirements(tx, open.id)).map((row) => plannedFromRow(row, summaries, policy));
  const added = planRequirements({ triggers: changed, entityType: input.entityType, policy, openedAt: at });
  await saveRequirements(tx, open.id, mergeRequirements(existing, added), at, newId);
  const severity = highestSeverity([
    open.severity as Severity,
    ...changed.map((f) => severityOf(f.trigger, f.score, policy)),
  ]);
  const newTriggers = changed.filter((f) => !known.has(f.trigger)).map((f) => f.trigger);
  const deadlineAt = new Date(
    Math.max(open.deadlineAt.getTime(), caseDeadline(newTriggers, at, policy).getTime()),
  );
  await touchCase(tx, open.id, at, severity, deadlineAt);
  const allTriggers = [...new Set([...known.keys(), ...changed.map((f) => f.trigger)])] as Trigger[];
  return { changed, newTriggers, allTriggers, deadlineAt };
}

/** The finding is this reason of the case as it is: same score, summary and evidence. */
const isReasonAsFound = (reason: CaseReasonRow | undefined, f: CaseFinding) =>
  reason !== undefined &&
  reason.score === f.score &&
  reason.summary === f.summary &&
  canonicalJson(reason.evidence) === canonicalJson(storedEvidence(f));

/**
 * What policy would leave as it is, for a whole batch in one statement: the active policy (the
 * findings below its thresholds) and whether a seller's open case already holds every one of
 * these findings as it is (adding them would change nothing: `findingsAdded` returns
 * `undefined`). So a re-evaluation that finds what the cases already say opens no transaction per
 * seller, and one that does change a case made a single read before it.
 */
export async function readPolicyAndFindingsOnCase(
  db: Db,
  sellerIds: readonly string[],
): Promise<{ policy: Policy; isOnCase: (sellerId: string, findings: readonly CaseFinding[]) => boolean }> {
  const read = await findActiveVersionAndOpenReasons(db, [...sellerIds]);
  const policy = read && (await findPolicyVersion(db, read.version));
  if (!read || !policy) throw new AppError('INTERNAL', 'the store has no active policy');
  const reasons = new Map<string, Map<string, CaseReasonRow>>();
  for (const { sellerId, reason } of read.reasons)
    reasons.set(sellerId, (reasons.get(sellerId) ?? new Map()).set(reason.trigger, reason));
  const isOnCase = (sellerId: string, findings: readonly CaseFinding[]) => {
    const held = reasons.get(sellerId);
    return held !== undefined && findings.every((f) => isReasonAsFound(held.get(f.trigger), f));
  };
  return { policy, isOnCase };
}

/**
 * A reviewer approved the seller (or staff withdrew the case) on this very evidence: the same
 * finding again must not reopen it. A finding that changed, or a new trigger, does.
 */
export async function dropClearedFindings(
  tx: Db,
  sellerId: string,
  findings: CaseFinding[],
): Promise<CaseFinding[]> {
  const cleared = await findLatestClearedCase(tx, sellerId);
  if (!cleared) return findings;
  const reasons = new Map((await findReasons(tx, [cleared.id])).map((r) => [r.trigger, r]));
  return findings.filter((f) => {
    const before = reasons.get(f.trigger);
    return (
      !before ||
      canonicalJson(before.evidence) !== canonicalJson(storedEvidence(f)) ||
      before.summary !== f.summary
    );
  });
}

/**
 * Who holds the case (`null`: nobody), compared and set on its revision: of two reviewers
 * claiming one case, the second gets `CONFLICT`. The status does not move here.
 */
export async function setCaseAssignee(
  tx: Db,
  current: CaseRow,
  assigneeId: string | null,
  at: Date,
): Promise<CaseRow> {
  await writeCaseAssignment(tx, current.id, current.revision, assigneeId, at);
  return {
    ...current,
    assigneeId,
    assignedAt: assigneeId === null ? null : at,
    revision: current.revision + 1,
    updatedAt: at,
  };
}

/**
 * Marks the case changed without changing its fields (a decision proposed or sent back), so a
 * writer holding the old revision has to look again.
 */
export async function markCaseChanged(tx: Db, current: CaseRow, at: Date): Promise<void> {
  await writeCaseFields(tx, current.id, current.revision, { updatedAt: at });
}

function reasonRow(caseId: string, finding: CaseFinding, policy: Policy, source: string, now: Date) {
  return {
    caseId,
    trigger: finding.trigger,
    score: finding.score,
    severity: severityOf(finding.trigger, finding.score, policy),
    summary: finding.summary,
    evidence: storedEvidence(finding),
    relatedSellerIds: finding.related_seller_ids ?? [],
    source,
    addedAt: now,
    updatedAt: now,
  };
}

/** The evidence as a case keeps it: the finding's, with the missing documents it names. */
const storedEvidence = (finding: CaseFinding) =>
  JSON.parse(
    JSON.stringify({
      ...finding.evidence,
      ...(finding.missing_documents ? { missing_documents: finding.missing_documents } : {}),
    }),
  ) as Record<string, unknown>;

/** A stored requirement back in the shape the planner merges. */
function plannedFromRow(
  row: RequirementRow,
  summaries: Map<string, string>,
  policy: Policy,
): PlannedRequirement {
  const triggers = row.triggers as Trigger[];
  return {
    material: row.material,
    kind: policy.materials[row.material]?.kind ?? 'document',
    triggers,
    reasons: triggers.map((trigger) => ({ trigger, summary: summaries.get(trigger) ?? row.reason })),
    reason: row.reason,
    accepted_variants: row.acceptedVariants as string[],
    rules: row.rules as PlannedRequirement['rules'],
    status: row.status as RequirementStatus,
    errors: row.errors as string[],
    due_at: row.dueAt,
  };
}
