import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  findCase,
  findReasons,
  findRequirements,
  materialChecked,
  policyOfCase,
} from '../modules/cases/index.js';
import { findSeller } from '../modules/sellers/index.js';
import {
  checkRelationshipStatement,
  insertStatement,
  type LinkedAccount,
  latestStatementVersion,
  matchLinkedAccount,
  outcomeOf,
  type RelationshipStatement,
  relationshipRulesOf,
  type StatementCheck,
  type StatementRow,
} from '../modules/statements/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type StatementsDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

export interface StatementResult {
  /** Absent for a preflight: nothing was stored. */
  statement: StatementRow | undefined;
  checks: StatementCheck[];
  outcome: 'pass' | 'warn' | 'fail';
}

/**
 * The seller hands in the written statement a requirement asks for. It is checked at once; a
 * failing statement is stored (a new version, never overwriting) and leaves the requirement
 * `errored` with the codes, as a failing document does. `preflight` checks without storing.
 */
export async function handInStatement(
  context: StatementsDeps,
  principal: Principal,
  input: { caseId: string; material: string; statement: RelationshipStatement; preflight: boolean },
): Promise<StatementResult> {
  await visibleCase(context, principal, input.caseId);
  if (principal.role === 'integration')
    throw new AppError('FORBIDDEN', 'the seller writes its statement', { where: 'Authorization' });
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, input.caseId, { forUpdate: true });
    if (current?.status !== 'awaiting_documents')
      throw new AppError(
        'CASE_NOT_ACCEPTING_DOCUMENTS',
        `case ${input.caseId} is ${current?.status ?? 'gone'}: statements are handed in while it awaits material`,
        { where: 'caseId', status: current?.status },
      );
    const policy = await policyOfCase(tx, current);
    const requirement = (await findRequirements(tx, current.id)).find((r) => r.material === input.material);
    if (!requirement || policy.materials[input.material]?.kind !== 'statement')
      throw new AppError('NOT_FOUND', `case ${current.id} asks for no statement ${input.material}`, {
        where: 'material',
      });
    const linked = await linkedAccountsOf(tx, current.id);
    for (const [i, entry] of input.statement.entries.entries())
      if (linked.length > 0 && !matchLinkedAccount(entry.account, linked))
        throw new AppError(
          'STATEMENT_ACCOUNT_NOT_IN_CASE',
          `"${entry.account}" is not one of the accounts this case links to yours`,
          { where: `body.entries.${i}.account` },
        );
    const checks = checkRelationshipStatement(
      input.statement,
      linked,
      relationshipRulesOf(policy.statements),
    );
    const outcome = outcomeOf(checks);
    if (input.preflight) return { statement: undefined, checks, outcome };
    const at = context.clock.now();
    const row: StatementRow = {
      id: newId(),
      caseId: current.id,
      requirementId: requirement.id,
      material: input.material,
      version: (await latestStatementVersion(tx, requirement.id)) + 1,
      body: input.statement,
      checks,
      outcome,
      author: principal.actor,
      createdAt: at,
    };
    await insertStatement(tx, row);
    const failed = checks.filter((c) => c.status === 'fail').map((c) => c.code);
    await materialChecked(tx, requirement.id, failed, at);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'statement.submitted',
      entityType: 'case',
      entityId: current.id,
      data: { statement_id: row.id, material: input.material, version: row.version, outcome, failed },
    });
    return { statement: row, checks, outcome };
  });
}

/** The accounts the case's findings link to this seller, with their store names. */
async function linkedAccountsOf(db: Deps['db'], caseId: string): Promise<LinkedAccount[]> {
  const ids = [...new Set((await findReasons(db, [caseId])).flatMap((r) => r.relatedSellerIds as string[]))];
  const accounts: LinkedAccount[] = [];
  for (const sellerId of ids) {
    const seller = await findSeller(db, sellerId);
    const store = (seller?.profile as { store?: { name?: unknown } } | undefined)?.store?.name;
    accounts.push({ sellerId, storeName: typeof store === 'string' ? store : undefined });
  }
  return accounts;
}
