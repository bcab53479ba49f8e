import type { Principal } from '../modules/access/index.js';
import {
  chainAuditEvents,
  findCommittedAuditEventsFor,
  readAuditChain,
  type StoredAuditEvent,
  signCheckpoint,
  verifyAuditChain,
} from '../modules/audit/index.js';
import { AppError } from '../platform/errors.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

/** Reads `<position>:<64 hex digits>`, the head that `audit verify` prints and checkpoints carry. */
export function parseAnchor(text: string, where: string) {
  const match = text.match(/^(\d{1,15}):([0-9a-f]{64})$/);
  if (!match)
    throw new AppError('VALIDATION_FAILED', 'an anchor reads <position>:<64 hex digits>', { where });
  return { position: Number(match[1]), hash: match[2] as string };
}

/**
 * Walks the whole chain and answers the report with a signed checkpoint of the head it reached, so
 * the caller can keep it and pass it back later as the anchor that catches a truncated chain.
 */
export async function verifyAuditTrail(
  context: Pick<Deps, 'db' | 'auditKey' | 'clock'>,
  anchor?: { position: number; hash: string },
) {
  // Events committed but not linked yet are linked first: the walk covers everything written.
  await chainAuditEvents(context.db, context.auditKey);
  const report = await verifyAuditChain(readAuditChain(context.db), context.auditKey, anchor);
  const checkpoint = signCheckpoint(context.auditKey, {
    position: report.head.position,
    hash: report.head.hash,
    count: report.checked,
    at: context.clock.now().toISOString(),
  });
  return { report, checkpoint };
}

/** The events of one case, in chain order, with their hashes and kept personal values (staff and integrations). */
export async function caseAuditTrail(
  context: Deps,
  principal: Principal,
  caseId: string,
): Promise<StoredAuditEvent[]> {
  await visibleCase(context, principal, caseId);
  await chainAuditEvents(context.db, context.auditKey);
  return findCommittedAuditEventsFor(context.db, 'case', caseId);
}
