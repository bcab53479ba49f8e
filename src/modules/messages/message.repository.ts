import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { caseMessages } from './messages.schema.js';

export type MessageRow = typeof caseMessages.$inferSelect;

export async function insertMessage(db: Db, row: MessageRow): Promise<void> {
  await db.insert(caseMessages).values(row);
}

/** A case's messages, oldest first; internal notes only when asked for. */
export async function findMessages(
  db: Db,
  caseId: string,
  options: { withInternal: boolean },
): Promise<MessageRow[]> {
  return db
    .select()
    .from(caseMessages)
    .where(
      and(
        eq(caseMessages.caseId, caseId),
        ...(options.withInternal ? [] : [eq(caseMessages.visibility, 'thread')]),
      ),
    )
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
}

/** What the throttle needs: when the seller wrote on the case, while it waited on support, since a time. */
export async function findThrottleHistory(db: Db, caseId: string, since: Date) {
  const seller = await db
    .select({ at: caseMessages.createdAt })
    .from(caseMessages)
    .where(
      and(
        eq(caseMessages.caseId, caseId),
        eq(caseMessages.whileWaitingOnSupport, true),
        gt(caseMessages.createdAt, since),
      ),
    );
  return { sellerMessagesAt: seller.map((row) => row.at) };
}
