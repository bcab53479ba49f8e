import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { Db } from '../adapters/db/database.js';
import { systemPrincipal } from '../modules/access/index.js';
import { defineJob } from '../platform/jobs.js';
import { reevaluationDone, reevaluationFailed } from '../platform/metrics.js';
import type { Deps } from './deps.js';
import { type BatchCost, emptyBatchCost, evaluateLive } from './reevaluate.findings.js';
import {
  claimReevaluations,
  finishReevaluations,
  queueReevaluation,
  releaseReevaluations,
} from './reevaluation.backlog.js';
import { applyFindings, type CaseCounts } from './scan.workflow.js';

const SELLERS_PER_JOB = 200;
/** Workers draining the backlog at once: one per core (they wait on the database half the time). */
export const REEVALUATION_WORKERS = Math.max(2, availableParallelism());
/** Events for one seller within this wait are re-evaluated once. */
const DEBOUNCE_MS = 1000;
/** Batches one job drains before handing over to a fresh job (a job never runs for hours). */
const BATCHES_PER_JOB = 25;
/** Earlier releases queued sellers in the job itself: such jobs still drain into the backlog. */
export const sellersChanged = defineJob({
  name: 'sellers.reevaluate',
  payload: z.object({ seller_ids: z.array(z.string().min(1)).min(1).max(SELLERS_PER_JOB) }),
  run: (deps: Deps, { seller_ids }) => enqueueReevaluation(deps, seller_ids),
});

/**
 * Sellers wait in the backlog (`pending_reevaluation`): one wake-up per worker slot, coalesced
 * (policy `short`: a slot with a job already waiting takes no other), drains it.
 */
export const reevaluationDue = defineJob({
  name: 'sellers.reevaluation-due',
  payload: z.object({ slot: z.number().int().min(0) }),
  policy: 'short',
  concurrency: REEVALUATION_WORKERS,
  run: (deps: Deps, { slot }) => drainReevaluations(deps, slot),
});

/**
 * The live path: the same detectors as the batch scan, for the sellers whose data just changed
 * and their association neighbours, as of now, against the whole market's daily orders. Sales are
 * judged only up to the sales feed's watermark: a day not yet received is not a day without sales.
 * Policy opens or updates their cases.
 */
export async function reevaluateSellers(context: Deps, sellerIds: string[]): Promise<CaseCounts> {
  const cost: BatchCost = emptyBatchCost();
  const { findings, entityTypes } = await evaluateLive(context, sellerIds, 'summary', cost);
  const counts = await applyFindings(context, findings, systemPrincipal('live'), {
    source: 'live',
    cost: cost.ms,
    entityTypes,
  });
  context.logger.debug({ cost, findings: findings.length, cases: counts }, 'reevaluation batch');
  return counts;
}

/**
 * Queues these sellers for re-evaluation, each once however often it is asked, and wakes the
 * workers after a short debounce. In `transaction`, the sellers wait only if it commits.
 */
export async function enqueueReevaluation(
  context: Deps,
  sellerIds: readonly string[],
  transaction?: Db,
): Promise<void> {
  if (sellerIds.length === 0) return;
  await queueReevaluation(transaction ?? context.db, sellerIds);
  const startAfter = new Date(Date.now() + DEBOUNCE_MS);
  for (let slot = 0; slot < REEVALUATION_WORKERS; slot++)
    await context.queue.send(
      reevaluationDue,
      { slot },
      { singletonKey: `slot-${slot}`, startAfter, ...(transaction ? { transaction } : {}) },
    );
}

/**
 * One worker's turn: claims the longest-waiting sellers in batches and re-evaluates them until
 * the backlog is empty or its share is done (then a fresh job takes over). A batch that fails
 * goes back to wait, and the job fails so that the queue retries it: no seller is lost.
 */
export async function drainReevaluations(context: Deps, slot: number): Promise<void> {
  for (let batch = 0; batch < BATCHES_PER_JOB; batch++) {
    const claimed = await claimReevaluations(context.db, SELLERS_PER_JOB);
    if (claimed.length === 0) return;
    const ids = claimed.map((c) => c.sellerId);
    try {
      await reevaluateSellers(context, ids);
    } catch (error) {
      reevaluationFailed();
      await releaseReevaluations(context.db, ids);
      throw error;
    }
    await finishReevaluations(context.db, ids);
    reevaluationDone(claimed.map((c) => c.queuedAt));
  }
  await context.queue.send(reevaluationDue, { slot }, { singletonKey: `slot-${slot}` });
}
