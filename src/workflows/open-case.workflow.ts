import type { Db } from '../adapters/db/database.js';
import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  activePolicy,
  announceRestrictionChange,
  type CaseRow,
  caseDeadline,
  findLatestClearedCase,
  findOpenCaseForUpdate,
  findReasons,
  findRequirements,
  findSellerRestrictions,
  highestSeverity,
  insertCase,
  mergeRequirements,
  opensCase,
  type PlannedRequirement,
  type Policy,
  planRequirements,
  type RequirementRow,
  type RequirementStatus,
  reminderTimes,
  requirementNotices,
  type Severity,
  saveRequirements,
  severityOf,
  type Trigger,
  touchCase,
  upsertReason,
} from '../modules/cases/index.js';
import { recordNotification } from '../modules/notifications/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { DAY_MS } from '../platform/clock.js';
import { canonicalJson } from '../platform/crypto.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { caseDeadlineReached, caseReminderDue } from './case.jobs.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type OpenCaseDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

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

export interface OpenCaseInput {
  sellerId: string;
  findings: CaseFinding[];
  source: 'scan' | 'live' | 'manual';
  by: Principal;
  note?: string;
}

export type OpenCaseOutcome =
  | { outcome: 'opened' | 'updated' | 'unchanged'; caseId: string }
  | { outcome: 'below_threshold' | 'already_cleared' };

/**
 * Policy turns findings into a case: one open case per seller. A new case gets requirements,
 * a deadline and its reminders; an open case gets the new reasons and requirements. The same
 * findings again change nothing. Staff opening a case by hand are not held to the thresholds.
 */
export async function openOrUpdateCase(
  context: OpenCaseDeps,
  input: OpenCaseInput,
): Promise<OpenCaseOutcome> {
  const policy = await activePolicy(context.db);
  const seller = await findSeller(context.db, input.sellerId);
  if (!seller)
    throw new AppError('UNKNOWN_SELLER', `seller ${input.sellerId} is not in the store`, {
      where: 'seller_id',
    });
  const findings =
    input.source === 'manual'
      ? input.findings
      : input.findings.filter((f) => opensCase(f.trigger, f.score, policy));
  if (findings.length === 0) return { outcome: 'below_threshold' };
  const entityType = seller.entityType as 'business' | 'individual';
  for (let attempt = 0; ; attempt++) {
    try {
      return await context.db.transaction(async (tx) => {
        const open = await findOpenCaseForUpdate(tx, input.sellerId);
        if (open) return addToCase(context, tx, policy, open, entityType, findings, input);
        const fresh =
          input.source === 'manual' ? findings : await dropClearedFindings(tx, input.sellerId, findings);
        if (fresh.length === 0) return { outcome: 'already_cleared' as const };
        return createCase(context, tx, policy, entityType, fresh, input);
      });
    } catch (error) {
      // Two openers raced for the same seller; the loser finds the winner's case on retry.
      if (attempt === 0 && (error as { code?: string }).code === '23505') continue;
      throw error;
    }
  }
}

/**
 * A reviewer approved the seller (or staff withdrew the case) on this very evidence: the same
 * finding again must not reopen it. A finding that changed, or a new trigger, does.
 */
async function dropClearedFindings(
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

async function createCase(
  context: OpenCaseDeps,
  tx: Db,
  policy: Policy,
  entityType: 'business' | 'individual',
  findings: CaseFinding[],
  input: OpenCaseInput,
): Promise<OpenCaseOutcome> {
  const now = context.clock.now();
  const caseId = newId();
  const triggers = findings.map((f) => f.trigger);
  const deadlineAt = caseDeadline(triggers, now, policy);
  const severities = findings.map((f) => severityOf(f.trigger, f.score, policy));
  const before = (await findSellerRestrictions(tx, input.sellerId)).restrictions;
  const severity = highestSeverity(severities);
  await insertCase(tx, {
    id: caseId,
    sellerId: input.sellerId,
    status: 'awaiting_documents',
    severity,
    policyVersion: policy.version,
    openedAt: now,
    openedBy: input.by.actor,
    deadlineAt,
    updatedAt: now,
  });
  for (const finding of findings)
    await upsertReason(tx, reasonRow(caseId, finding, policy, input.source, now));
  await saveRequirements(
    tx,
    caseId,
    planRequirements({ triggers: findings, entityType, policy, openedAt: now }),
    now,
    newId,
  );
  await appendAuditEvent(tx, context.auditKey, now, {
    actor: input.by.actor,
    action: 'case.opened',
    entityType: 'case',
    entityId: caseId,
    data: {
      seller_id: input.sellerId,
      triggers,
      source: input.source,
      policy_version: policy.version,
      to: 'awaiting_documents',
      ...(input.note ? { note: input.note } : {}),
    },
  });
  await recordNotification(tx, {
    type: 'case.opened',
    sellerId: input.sellerId,
    caseId,
    occurredAt: now,
    data: {
      case_id: caseId,
      seller_id: input.sellerId,
      status: 'awaiting_documents',
      severity,
      triggers,
      reasons: findings.map((f) => ({ trigger: f.trigger, summary: f.summary })),
      requirements: requirementNotices(await findRequirements(tx, caseId), policy),
      deadline_at: deadlineAt.toISOString(),
      policy_version: policy.version,
      source: input.source,
    },
  });
  await announceRestrictionChange(tx, {
    sellerId: input.sellerId,
    caseId,
    cause: 'case.opened',
    at: now,
    before,
    after: await findSellerRestrictions(tx, input.sellerId),
  });
  await scheduleDeadline(context, tx, policy, caseId, deadlineAt, now);
  return { outcome: 'opened', caseId };
}

async function addToCase(
  context: OpenCaseDeps,
  tx: Db,
  policy: Policy,
  open: CaseRow,
  entityType: 'business' | 'individual',
  findings: CaseFinding[],
  input: OpenCaseInput,
): Promise<OpenCaseOutcome> {
  const now = context.clock.now();
  const known = new Map((await findReasons(tx, [open.id])).map((r) => [r.trigger, r]));
  const changed = findings.filter((f) => {
    const before = known.get(f.trigger);
    return (
      !before ||
      before.score !== f.score ||
      before.summary !== f.summary ||
      canonicalJson(before.evidence) !== canonicalJson(storedEvidence(f))
    );
  });
  if (changed.length === 0) return { outcome: 'unchanged', caseId: open.id };
  const before = (await findSellerRestrictions(tx, open.sellerId)).restrictions;
  for (const finding of changed)
    await upsertReason(tx, {
      ...reasonRow(open.id, finding, policy, input.source, now),
      addedAt: known.get(finding.trigger)?.addedAt ?? now,
    });
  const summaries = new Map([...known].map(([trigger, r]) => [trigger, r.summary]));
  for (const f of changed) summaries.set(f.trigger, f.summary);
  const existing = (await findRequirements(tx, open.id)).map((row) => plannedFromRow(row, summaries, policy));
  const added = planRequirements({ triggers: changed, entityType, policy, openedAt: now });
  await saveRequirements(tx, open.id, mergeRequirements(existing, added), now, newId);
  const allTriggers = [...new Set([...known.keys(), ...changed.map((f) => f.trigger)])];
  const severity = highestSeverity([
    open.severity as Severity,
    ...changed.map((f) => severityOf(f.trigger, f.score, policy)),
  ]);
  const newTriggers = changed.filter((f) => !known.has(f.trigger)).map((f) => f.trigger);
  const deadlineAt = new Date(
    Math.max(open.deadlineAt.getTime(), caseDeadline(newTriggers, now, policy).getTime()),
  );
  await touchCase(tx, open.id, now, severity, deadlineAt);
  await appendAuditEvent(tx, context.auditKey, now, {
    actor: input.by.actor,
    action: newTriggers.length ? 'case.reasons_added' : 'case.reasons_updated',
    entityType: 'case',
    entityId: open.id,
    data: { triggers: changed.map((f) => f.trigger), all_triggers: allTriggers, source: input.source },
  });
  await recordNotification(tx, {
    type: 'case.reasons_added',
    sellerId: open.sellerId,
    caseId: open.id,
    occurredAt: now,
    data: {
      case_id: open.id,
      seller_id: open.sellerId,
      triggers: changed.map((f) => f.trigger),
      all_triggers: allTriggers,
      requirements: requirementNotices(await findRequirements(tx, open.id), policy),
      deadline_at: deadlineAt.toISOString(),
    },
  });
  await announceRestrictionChange(tx, {
    sellerId: open.sellerId,
    caseId: open.id,
    cause: 'case.reasons_added',
    at: now,
    before,
    after: await findSellerRestrictions(tx, open.sellerId),
  });
  if (deadlineAt.getTime() !== open.deadlineAt.getTime())
    await scheduleDeadline(context, tx, policy, open.id, deadlineAt, now);
  return { outcome: 'updated', caseId: open.id };
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

/** Deadline and reminder jobs, enqueued in the case's own transaction (they exist only if it commits). */
export async function scheduleDeadline(
  context: OpenCaseDeps,
  tx: Db,
  policy: Policy,
  caseId: string,
  deadlineAt: Date,
  now: Date,
) {
  await context.queue.send(
    caseDeadlineReached,
    { case_id: caseId },
    { startAfter: deadlineAt, transaction: tx },
  );
  for (const at of reminderTimes(deadlineAt, policy, now))
    await context.queue.send(
      caseReminderDue,
      { case_id: caseId, days_before: Math.round((deadlineAt.getTime() - at.getTime()) / DAY_MS) },
      { startAfter: at, transaction: tx },
    );
}
