import { z } from 'zod';
import { appendAuditEvent, eraseAuditValuesOf } from '../modules/audit/index.js';
import { activePolicy } from '../modules/cases/index.js';
import {
  compactErasedData,
  type DataKind,
  findAuditEntitiesOf,
  findFilesOnlyOf,
  findSellersDueForPurge,
  recordPurges,
  redactSellerData,
  retentionCutoff,
} from '../modules/privacy/index.js';
import { defineJob } from '../platform/jobs.js';
import type { Deps } from './deps.js';
import { forgetLiveState } from './live-state.js';

/** The purge job: it runs the policy's retention and asks to run again `run_every_hours` later. */
export const retentionDue = defineJob({
  name: 'privacy.retention-due',
  payload: z.object({}),
  run: (deps: PurgeContext & Pick<Deps, 'queue'>) => runRetentionJob(deps),
  startWith: { payload: {}, singletonKey: 'retention' },
});

export interface PurgeSummary {
  policy_version: string;
  kinds: Partial<Record<DataKind, { sellers: number; rows: number; files: number }>>;
}

type PurgeContext = Pick<Deps, 'db' | 'auditKey' | 'clock' | 'documents'>;

/**
 * Applies the active policy's retention: for each kind of data with a rule, the sellers whose
 * event is older than the period (and whom no hold or open case suspends) have that kind
 * redacted, in batches. One audit event says what was purged, why and under which policy
 * version, with counts only.
 */
export async function purgeByRetention(context: PurgeContext, batchSize = 500): Promise<PurgeSummary> {
  const policy = await activePolicy(context.db);
  const summary: PurgeSummary = { policy_version: policy.version, kinds: {} };
  const rules = policy.retention?.kinds ?? {};
  const now = context.clock.now();
  const touched = new Set<string>();
  for (const [kind, rule] of Object.entries(rules) as [DataKind, { after: never; days: number }][]) {
    const totals = { sellers: 0, rows: 0, files: 0 };
    const cutoff = retentionCutoff(rule, now);
    for (let after = ''; ; ) {
      const due = await findSellersDueForPurge(context.db, kind, rule.after, cutoff, batchSize, after);
      if (!due.length) break;
      after = due.at(-1) as string;
      const files: string[] = [];
      await context.db.transaction(async (tx) => {
        // Set-based: one statement per table for the whole batch, never a loop over sellers.
        if (kind === 'documents' || kind === 'selfies') files.push(...(await findFilesOnlyOf(tx, due, kind)));
        if (kind === 'case_record')
          await eraseAuditValuesOf(tx, 'case', (await findAuditEntitiesOf(tx, due)).case);
        for (const count of await redactSellerData(tx, due, [kind])) {
          totals.rows += count.rows;
          touched.add(count.table);
        }
        await recordPurges(
          tx,
          due.map((sellerId) => ({ sellerId, kind, policyVersion: policy.version, purgedAt: now })),
        );
      });
      forgetLiveState(context.db, due);
      for (const sha256 of files) if (await context.documents.remove(sha256)) totals.files += 1;
      totals.sellers += due.length;
    }
    if (totals.sellers) summary.kinds[kind] = totals;
  }
  if (Object.keys(summary.kinds).length) {
    await context.db.transaction((tx) =>
      appendAuditEvent(tx, context.auditKey, now, {
        actor: 'system:retention',
        action: 'retention.purged',
        entityType: 'policy',
        entityId: policy.version,
        data: { kinds: summary.kinds },
      }),
    );
    await compactErasedData(context.db, [...touched]);
  }
  return summary;
}

/** Runs the purge and schedules the next run (one waiting run at a time). */
async function runRetentionJob(context: PurgeContext & Pick<Deps, 'queue'>): Promise<void> {
  await purgeByRetention(context);
  const policy = await activePolicy(context.db);
  const hours = policy.retention?.run_every_hours ?? 24;
  await context.queue.send(
    retentionDue,
    {},
    { startAfter: new Date(context.clock.now().getTime() + hours * 3_600_000), singletonKey: 'retention' },
  );
}
