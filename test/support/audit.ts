import { chainAuditEvents, readAuditChain } from '../../src/modules/audit/index.js';
import type { Deps } from '../../src/workflows/deps.js';

/**
 * The audit chain as `audit verify` reads it: events are written unlinked and the chainer links
 * them after commit (every 250 ms in a worker), so a test links what was written first.
 */
export async function* chainedAuditTrail(context: Pick<Deps, 'db' | 'auditKey'>) {
  await chainAuditEvents(context.db, context.auditKey);
  yield* readAuditChain(context.db);
}
