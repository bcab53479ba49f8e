import type { Principal } from '../modules/access/index.js';
import { findCase, findCasesByIds } from '../modules/cases/index.js';
import { AppError, type ErrorCode } from '../platform/errors.js';
import type { Deps } from './deps.js';
import { postMessage } from './messages.workflow.js';
import { assignCase, claimCase, releaseCase } from './review-queue.workflow.js';

export type BulkCasesDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

export const BULK_ACTIONS = ['assign', 'claim', 'release', 'note'] as const;
type BulkAction = (typeof BULK_ACTIONS)[number];
/** At most this many cases in one call; they are worked through in chunks of `BULK_CHUNK`. */
export const BULK_MAX_ITEMS = 10_000;
const BULK_CHUNK = 100;

interface BulkItem {
  caseId: string;
  /** The revision the caller saw: a case changed since is reported `CONFLICT` and left as it is. */
  revision?: number;
}

export interface BulkRequest {
  action: BulkAction;
  items: BulkItem[];
  assigneeId?: string;
  note?: string;
}

export interface BulkItemResult {
  caseId: string;
  result: 'ok' | ErrorCode;
  message?: string;
  revision?: number;
}

/** One case's action, in its own transaction: it happens entirely or not at all. */
async function actOnOne(deps: BulkCasesDeps, by: Principal, request: BulkRequest, item: BulkItem) {
  switch (request.action) {
    case 'assign':
      return (await assignCase(deps, by, item.caseId, request.assigneeId ?? '', item.revision)).revision;
    case 'claim':
      return (await claimCase(deps, by, item.caseId, item.revision)).revision;
    case 'release':
      return (await releaseCase(deps, by, item.caseId, item.revision)).revision;
    case 'note': {
      if (item.revision !== undefined) {
        const current = await findCase(deps.db, item.caseId);
        if (current && current.revision !== item.revision)
          throw new AppError('CONFLICT', 'the case changed since you loaded it; reload it and try again', {
            where: 'revision',
            expected: item.revision,
            current: current.revision,
          });
      }
      await postMessage(deps, by, { caseId: item.caseId, body: request.note ?? '', internal: true });
      return item.revision;
    }
  }
}

/**
 * One action on many cases: each case is its own transaction, so a case that changed meanwhile,
 * or that the action does not fit, is reported with its code and the others go on; none is left
 * half-done. Cases are taken in chunks, so a call of 10,000 holds at most one chunk's locks.
 */
export async function actOnCases(
  deps: BulkCasesDeps,
  by: Principal,
  request: BulkRequest,
): Promise<BulkItemResult[]> {
  if (request.items.length > BULK_MAX_ITEMS)
    throw new AppError('PAYLOAD_TOO_LARGE', `at most ${BULK_MAX_ITEMS} cases a call`, {
      where: 'body.items',
    });
  if (request.action === 'assign' && !request.assigneeId)
    throw new AppError('VALIDATION_FAILED', 'assign names the reviewer', { where: 'body.assignee_id' });
  if (request.action === 'note' && !request.note?.trim())
    throw new AppError('VALIDATION_FAILED', 'a note has a text', { where: 'body.note' });
  const seen = new Set<string>();
  const results: BulkItemResult[] = [];
  for (let start = 0; start < request.items.length; start += BULK_CHUNK) {
    const chunk = request.items.slice(start, start + BULK_CHUNK);
    // One read for the chunk answers the unknown and already-changed cases without a transaction
    // each; the rest are checked again under their lock by the single action.
    const found = new Map(
      (
        await findCasesByIds(
          deps.db,
          chunk.map((i) => i.caseId),
        )
      ).map((c) => [c.id, c]),
    );
    for (const item of chunk) {
      const current = found.get(item.caseId);
      if (!current && !seen.has(item.caseId)) {
        seen.add(item.caseId);
        results.push({ caseId: item.caseId, result: 'NOT_FOUND', message: `no case ${item.caseId}` });
        continue;
      }
      if (
        current &&
        item.revision !== undefined &&
        current.revision !== item.revision &&
        !seen.has(item.caseId)
      ) {
        seen.add(item.caseId);
        results.push({
          caseId: item.caseId,
          result: 'CONFLICT',
          message: 'the case changed since you loaded it; reload it and try again',
          revision: current.revision,
        });
        continue;
      }
      if (seen.has(item.caseId)) {
        results.push({
          caseId: item.caseId,
          result: 'VALIDATION_FAILED',
          message: 'listed twice; acted on once',
        });
        continue;
      }
      seen.add(item.caseId);
      try {
        const revision = await actOnOne(deps, by, request, item);
        results.push({ caseId: item.caseId, result: 'ok', ...(revision !== undefined ? { revision } : {}) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push({ caseId: item.caseId, result: error.code, message: error.message });
      }
    }
  }
  return results;
}
