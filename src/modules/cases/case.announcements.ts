import type { Db } from '../../adapters/db/database.js';
import { type RequirementNotice, recordNotification } from '../notifications/index.js';
import {
  type CaseReasonRow,
  type CaseRow,
  findCasesShapingRestrictions,
  findReasons,
} from './case.repository.js';
import { type CaseStatus, isOpen } from './case.state.js';
import { type Policy, RESTRICTIONS, type Restriction, type Trigger } from './policy.contract.js';
import { activePolicy, findPolicyVersion } from './policy.repository.js';
import type { RequirementRow } from './requirement.repository.js';
import { deriveRestrictions } from './restrictions.js';

/** A case that shapes what the seller's account may do, with what its restrictions are derived from. */
export interface ShapingCase {
  id: string;
  status: CaseStatus;
  triggers: Trigger[];
  /** Appeals so far: a rejection under appeal keeps its restrictions. */
  appealCount: number;
  policy: Policy;
}

export interface SellerRestrictions {
  restrictions: Restriction[];
  can_sell: boolean;
  can_receive_payouts: boolean;
  open_case_id: string | null;
  cases: { case_id: string; status: CaseStatus; restrictions: Restriction[] }[];
}

/**
 * The seller's latest case and any final rejection, each with its triggers and the policy that
 * opened it (`known`: a policy the caller holds, not read again for the cases it opened).
 */
export async function loadShapingCases(db: Db, sellerId: string, known?: Policy): Promise<ShapingCase[]> {
  return (await readShapingCases(db, sellerId, known)).cases;
}

/** The shaping cases, with the reason rows their triggers were read from. */
export async function readShapingCases(
  db: Db,
  sellerId: string,
  known?: Policy,
): Promise<{ cases: ShapingCase[]; reasons: CaseReasonRow[] }> {
  const rows = await findCasesShapingRestrictions(db, sellerId);
  const reasons = await findReasons(
    db,
    rows.map((row) => row.id),
  );
  const policies = new Map<string, Policy>(known ? [[known.version, known]] : []);
  for (const row of rows)
    if (!policies.has(row.policyVersion))
      policies.set(
        row.policyVersion,
        (await findPolicyVersion(db, row.policyVersion)) ?? (await activePolicy(db)),
      );
  const cases = rows.map((row) => ({
    id: row.id,
    status: row.status as CaseStatus,
    triggers: reasons.filter((r) => r.caseId === row.id).map((r) => r.trigger as Trigger),
    appealCount: row.appealCount,
    policy: policies.get(row.policyVersion)!,
  }));
  return { cases, reasons };
}

/** What the account may do, from the cases that shape it: the union of their restrictions. */
export function combineRestrictions(cases: readonly ShapingCase[]): SellerRestrictions {
  const perCase = cases.map((c) => ({
    case_id: c.id,
    status: c.status,
    restrictions: deriveRestrictions(
      { status: c.status, triggers: c.triggers, appealCount: c.appealCount },
      c.policy,
    ),
  }));
  const restrictions = RESTRICTIONS.filter((r) => perCase.some((c) => c.restrictions.includes(r)));
  return {
    restrictions,
    can_sell: !restrictions.includes('listings_paused') && !restrictions.includes('deactivated'),
    can_receive_payouts: !restrictions.includes('payouts_held') && !restrictions.includes('deactivated'),
    open_case_id: cases.find((c) => isOpen(c.status))?.id ?? null,
    cases: perCase,
  };
}

export async function findSellerRestrictions(
  db: Db,
  sellerId: string,
  known?: Policy,
): Promise<SellerRestrictions> {
  return combineRestrictions(await loadShapingCases(db, sellerId, known));
}

/**
 * Records `seller.restrictions_changed` in the caller's transaction when a change to a case moved
 * what the account may do: the marketplace must hear when payouts are held or an account deactivated.
 */
export async function announceRestrictionChange(
  tx: Db,
  change: {
    sellerId: string;
    caseId: string;
    cause: 'case.opened' | 'case.reasons_added' | 'case.transitioned';
    at: Date;
    before: readonly Restriction[];
    after: SellerRestrictions;
  },
): Promise<void> {
  const { before, after } = change;
  const added = after.restrictions.filter((r) => !before.includes(r));
  const removed = before.filter((r) => !after.restrictions.includes(r));
  if (added.length === 0 && removed.length === 0) return;
  await recordNotification(tx, {
    type: 'seller.restrictions_changed',
    sellerId: change.sellerId,
    caseId: change.caseId,
    occurredAt: change.at,
    data: {
      seller_id: change.sellerId,
      case_id: change.caseId,
      cause: change.cause,
      before: [...before],
      after: after.restrictions,
      added,
      removed,
      can_sell: after.can_sell,
      can_receive_payouts: after.can_receive_payouts,
    },
  });
}

/** Requirements as notification events carry them, with their titles from the case's policy. */
export function requirementNotices(rows: readonly RequirementRow[], policy: Policy): RequirementNotice[] {
  return rows.map((row) => {
    const material = policy.materials[row.material];
    return {
      material: row.material,
      title: material?.title ?? { en: row.material.replaceAll('_', ' '), zh: row.material },
      kind: material?.kind ?? 'document',
      reason: row.reason,
      accepted_variants: row.acceptedVariants as string[],
      rules: row.rules as Record<string, unknown>,
      status: row.status,
      errors: row.errors as string[],
      due_at: row.dueAt.toISOString(),
    };
  });
}

/** The policy a case was opened under (its rules stay the ones the seller was told). */
export async function policyOfCase(db: Db, found: Pick<CaseRow, 'policyVersion'>): Promise<Policy> {
  return (await findPolicyVersion(db, found.policyVersion)) ?? activePolicy(db);
}
