import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { linkKeysOfSeller, saveLinkKeys } from '../modules/risk/index.js';
import { saveSearchKeys } from '../modules/search/index.js';
import {
  type FieldNote,
  type SellerRecord,
  saveDataQualityNotes,
  upsertSellers,
} from '../modules/sellers/index.js';
import type { Deps } from './deps.js';
import { enqueueRechecks } from './recheck-documents.workflow.js';
import { enqueueReevaluation } from './reevaluate.workflow.js';

/** All of the process's dependencies: it re-evaluates the seller through the live path, which takes every dependency. */
export type UpsertSellerDeps = Deps;

/**
 * One seller through the API: the same upsert as the feed; when it changed, an audit event and
 * the seller's re-evaluation (the live path), enqueued together, and when an existing profile
 * changed, the checks of their documents run again against it.
 */
export async function upsertSellerWorkflow(
  context: UpsertSellerDeps,
  by: Principal,
  record: SellerRecord,
  notes: FieldNote[] = [],
): Promise<'created' | 'updated' | 'unchanged'> {
  const counts = await upsertSellers(context.db, [record], context.clock.now());
  const change = counts.inserted ? 'created' : counts.updated ? 'updated' : 'unchanged';
  if (change !== 'unchanged')
    await saveDataQualityNotes(
      context.db,
      'sellers',
      `PUT /v1/sellers/${record.seller_id}`,
      [{ sellerId: record.seller_id, recordKey: record.seller_id, line: 1, notes }],
      [record.seller_id],
    );
  if (change !== 'unchanged')
    await context.db.transaction(async (tx) => {
      await saveLinkKeys(
        tx,
        linkKeysOfSeller(record).map((key) => ({ key, sellerId: record.seller_id })),
      );
      await saveSearchKeys(tx, [record]);
      await enqueueReevaluation(context, [record.seller_id], tx);
      if (change === 'updated') await enqueueRechecks(context, [record.seller_id], tx);
      await appendAuditEvent(tx, context.auditKey, context.clock.now(), {
        actor: by.actor,
        action: change === 'created' ? 'seller.created' : 'seller.profile_changed',
        entityType: 'seller',
        entityId: record.seller_id,
        data: {},
      });
    });
  return change;
}
