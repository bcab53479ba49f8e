import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { ChainProblem } from './audit.chain.js';
import type { AuditCheckpoint } from './audit.checkpoint.js';
import { auditCheckpoints } from './audit.schema.js';

export type StoredCheckpoint = typeof auditCheckpoints.$inferSelect;

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
    .orderBy(desc(auditCheckpoints.checkedAt), desc(auditCheckpoints.id))
    .limit(1);
  return row;
}
