import { z } from 'zod';
import {
  appendAuditEvent,
  latestCheckpoint,
  lockCheckpoints,
  storeCheckpoint,
} from '../modules/audit/index.js';
import { recordNotification } from '../modules/notifications/index.js';
import { newId } from '../platform/ids.js';
import { defineJob } from '../platform/jobs.js';
import { verifyAuditTrail } from './audit.workflow.js';
import type { Deps } from './deps.js';

export type AuditScheduleDeps = Pick<Deps, 'auditKey' | 'clock' | 'config' | 'db' | 'queue'>;

/** Verifies the audit chain on a schedule; each run schedules the next. */
export const auditVerifyDue = defineJob({
  name: 'audit.verify-due',
  payload: z.object({}),
  run: (deps: AuditScheduleDeps) => runAuditVerifyJob(deps),
  startWith: { payload: {}, singletonKey: 'audit-verify' },
});

/**
 * Walks the chain from the start, anchored on the last checkpoint that verified (so events cut
 * from the end are caught too), keeps the signed result, and announces a problem by the
 * `audit.chain_broken` webhook once: not again while the same problem stands.
 */
export async function verifyAuditOnSchedule(context: AuditScheduleDeps) {
  const lastGood = await latestCheckpoint(context.db, { okOnly: true });
  const { report, checkpoint } = await verifyAuditTrail(
    context,
    lastGood ? { position: lastGood.position, hash: lastGood.hash } : undefined,
  );
  const problem = report.problem;
  const announced = await context.db.transaction(async (tx) => {
    // Decided under the lock, against the run stored last: a problem is announced once.
    await lockCheckpoints(tx);
    const previous = await latestCheckpoint(tx);
    const before = previous?.problem as { kind?: string; position?: number } | null | undefined;
    const isNew =
      problem !== undefined && (before?.kind !== problem.kind || before?.position !== problem.position);
    await storeCheckpoint(tx, { id: newId(), checkpoint, ok: report.ok, problem });
    if (!problem || !isNew) return false;
    const at = context.clock.now();
    // Appended after the head that was verified: the break it names is behind it.
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: 'system:audit',
      action: 'audit.chain_broken',
      entityType: 'audit',
      entityId: String(problem.position),
      data: { kind: problem.kind, position: problem.position },
    });
    await recordNotification(tx, {
      type: 'audit.chain_broken',
      sellerId: '',
      occurredAt: at,
      data: {
        kind: problem.kind,
        position: problem.position,
        message: problem.message,
        checked: report.checked,
        checked_at: checkpoint.at,
        last_good: lastGood
          ? { position: lastGood.position, hash: lastGood.hash, at: lastGood.checkedAt.toISOString() }
          : null,
      },
    });
    return true;
  });
  return { ok: report.ok, problem, checkpoint, announced };
}

/** The job: verify, then come back after the configured hours. */
async function runAuditVerifyJob(context: AuditScheduleDeps): Promise<void> {
  await verifyAuditOnSchedule(context);
  await context.queue.send(
    auditVerifyDue,
    {},
    {
      startAfter: new Date(context.clock.now().getTime() + context.config.auditVerifyHours * 3_600_000),
      singletonKey: 'audit-verify',
    },
  );
}
