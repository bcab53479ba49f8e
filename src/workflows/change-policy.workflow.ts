import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { activatePolicy, activePolicy, type Policy, parsePolicy } from '../modules/cases/index.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type ChangePolicyDeps = Pick<Deps, 'auditKey' | 'clock' | 'db'>;

/** An admin changes the policy: a new version becomes active, the change is audited, open cases keep theirs. */
export async function changePolicy(
  context: ChangePolicyDeps,
  by: Principal,
  document: unknown,
): Promise<Policy> {
  const policy = parsePolicy(document);
  const previous = await activePolicy(context.db);
  await context.db.transaction(async (tx) => {
    await activatePolicy(tx, policy, by.actor);
    await appendAuditEvent(tx, context.auditKey, context.clock.now(), {
      actor: by.actor,
      action: 'policy.activated',
      entityType: 'policy',
      entityId: policy.version,
      data: { previous_version: previous.version },
    });
  });
  return policy;
}
