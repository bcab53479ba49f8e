import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { ChainProblem } from './audit.chain.js';
import type { AuditCheckpoint } from './audit.checkpoint.js';
import { auditCheckpoints } from './audit.schema.js';

const CHECKPOINT_LOCK = 7262003;

export type StoredCheckpoint = typeof auditCheckpoints.$inferSelect;

/**
 * Serialises the runs that store a checkpoint until the transaction ends: two runs at once (the
 * schedule and a manual one) then agree on which problem is new.
 */
export async function lockCheckpoints(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK})`);
}

/** Keeps one scheduled verification's result: its signed checkpoint and the first problem. */
export async function storeCheckpoint(
  db: Db,
  row: { id: string; checkpoint: AuditCheckpoint; ok: boolean; problem: ChainProblem | undefined },
): Promise<void> {
  await db.insert(auditCheckpoints).values({
    id: row.id,
    checkedAt: new Date(row.checkpoint.at),
    ok: row.ok,
    position: row.checkpoint.position,
    hash: row.checkpoint.hash,
    count: row.checkpoint.count,
    signature: row.checkpoint.signature,
    problem: row.problem ?? null,
  });
}

/** The newest stored result, or the newest that verified (`okOnly`): the next run's anchor. */
export async function latestCheckpoint(
  db: Db,
  opts: { okOnly?: boolean } = {},
): Promise<StoredCheckpoint | undefined> {
  const query = db.select().from(auditCheckpoints);
  const [row] = await (opts.okOnly ? query.where(eq(auditCheckpoints.ok, true)) : query)
    .orderBy(desc(auditCheckpoints.seq))
    .limit(1);
  return row;
}
