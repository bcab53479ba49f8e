import { z } from 'zod';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  type CaseStatus,
  findCase,
  findRequirements,
  isOpen,
  materialFailedChecks,
  materialHandedIn,
} from '../modules/cases/index.js';
import {
  DOCUMENT_LIMITS,
  type DocumentReport,
  decideVerdict,
  findDocument,
  findDocumentsCheckedBefore,
  findLatestDocumentFor,
  type PreflightDocument,
  readStoredReading,
  recheckReport,
  saveRecheckedDocument,
  sellersWithCheckedDocuments,
} from '../modules/documents/index.js';
import { findSeller, type SellerRecord } from '../modules/sellers/index.js';
import { defineJob } from '../platform/jobs.js';
import type { Deps } from './deps.js';

/**
 * After profiles changed (the API's upsert or a sellers feed), one job per seller who has checked
 * documents: until it has run, those documents read as stale (`isCheckStale`).
 */
export async function enqueueRechecks(
  context: Pick<Deps, 'db' | 'queue'>,
  sellerIds: readonly string[],
  transaction?: Deps['db'],
): Promise<void> {
  const db = transaction ?? context.db;
  for (let i = 0; i < sellerIds.length; i += 1000)
    for (const sellerId of await sellersWithCheckedDocuments(db, sellerIds.slice(i, i + 1000)))
      await context.queue.send(
        sellerProfileChanged,
        { seller_id: sellerId },
        { singletonKey: sellerId, ...(transaction ? { transaction } : {}) },
      );
}

export type RecheckDeps = Pick<Deps, 'db' | 'clock' | 'auditKey'>;

/** A seller's profile changed: the checks of their documents on open cases run again against it. */
export const sellerProfileChanged = defineJob({
  name: 'documents.profile_changed',
  payload: z.object({ seller_id: z.string().min(1) }),
  policy: 'short',
  run: async (deps: RecheckDeps, { seller_id }) => {
    await recheckSellerDocuments(deps, seller_id);
  },
});

/**
 * The job: each checked document of the seller's open cases that ran against an older profile is
 * checked again from its stored reading (no OCR). Its report, verdict and profile version change;
 * when it is the newest document of a requirement still waiting on a check or a reviewer, the
 * requirement follows (`errored` with the failed codes, or back to `pending_verification`). Each
 * change is a `document.rechecked` audit event. Idempotent: a document already at the current
 * version is left alone.
 */
export async function recheckSellerDocuments(context: RecheckDeps, sellerId: string): Promise<number> {
  const seller = await findSeller(context.db, sellerId);
  if (!seller) return 0;
  const asOf = context.clock.now().toISOString().slice(0, 10);
  let rechecked = 0;
  for (const stale of await findDocumentsCheckedBefore(context.db, sellerId, seller.profileVersion)) {
    const found = await findCase(context.db, stale.caseId);
    if (!found || !isOpen(found.status as CaseStatus)) continue;
    const requirement = (await findRequirements(context.db, stale.caseId)).find(
      (r) => r.id === stale.requirementId,
    );
    const reading = readStoredReading(stale.reading);
    const before = stale.report as DocumentReport | null;
    const report =
      reading && before
        ? recheckReport(
            before,
            reading,
            {
              asOf,
              limits: DOCUMENT_LIMITS,
              ...(requirement ? { requirement: requirement.rules as PreflightDocument['rules'] } : {}),
            },
            seller.profile as SellerRecord,
          )
        : before;
    const failed = [...new Set((report?.checks ?? []).filter((c) => c.status === 'fail').map((c) => c.code))];
    const verdict = report ? decideVerdict([report]) : stale.verdict;
    const at = context.clock.now();
    const changed = await context.db.transaction(async (tx) => {
      const current = await findDocument(tx, stale.id, { forUpdate: true });
      if (current?.status !== 'checked' || current.checkedProfileVersion !== stale.checkedProfileVersion)
        return false;
      await saveRecheckedDocument(tx, stale.id, {
        report,
        verdict: verdict as 'pass' | 'fail' | null,
        checkedAt: at,
        checkedProfileVersion: seller.profileVersion,
      });
      const latest = await findLatestDocumentFor(tx, stale.requirementId);
      if (
        latest?.id === stale.id &&
        requirement &&
        ['errored', 'pending_verification'].includes(requirement.status)
      )
        await (verdict === 'fail'
          ? materialFailedChecks(tx, requirement.id, failed, at)
          : materialHandedIn(tx, requirement.id, at));
      await appendAuditEvent(tx, context.auditKey, at, {
        actor: 'system:document-checks',
        action: 'document.rechecked',
        entityType: 'case',
        entityId: stale.caseId,
        data: {
          document_id: stale.id,
          material: stale.material,
          reason: 'profile_changed',
          profile_version: seller.profileVersion,
          checked_profile_version: stale.checkedProfileVersion,
          verdict_before: stale.verdict,
          verdict,
          failed_checks: failed,
        },
      });
      return true;
    });
    if (changed) rechecked += 1;
  }
  return rechecked;
}
