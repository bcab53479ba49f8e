import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { legalHolds, sellerErasures } from './privacy.schema.js';

export type LegalHold = typeof legalHolds.$inferSelect;
export type SellerErasure = typeof sellerErasures.$inferSelect;

export async function findActiveHolds(db: Db, sellerId: string): Promise<LegalHold[]> {
  return db
    .select()
    .from(legalHolds)
    .where(and(eq(legalHolds.sellerId, sellerId), isNull(legalHolds.liftedAt)))
    .orderBy(asc(legalHolds.placedAt));
}

export async function findHold(db: Db, holdId: string): Promise<LegalHold | undefined> {
  const [hold] = await db.select().from(legalHolds).where(eq(legalHolds.id, holdId));
  return hold;
}

export async function insertHold(
  db: Db,
  input: { sellerId: string; reason: string; placedBy: string; placedAt: Date },
): Promise<LegalHold> {
  const [hold] = await db
    .insert(legalHolds)
    .values({ id: randomUUID(), ...input })
    .returning();
  return hold as LegalHold;
}

export async function markHoldLifted(
  db: Db,
  holdId: string,
  input: { liftedBy: string; liftedAt: Date; liftReason: string },
): Promise<LegalHold | undefined> {
  const [hold] = await db
    .update(legalHolds)
    .set(input)
    .where(and(eq(legalHolds.id, holdId), isNull(legalHolds.liftedAt)))
    .returning();
  return hold;
}

export async function findErasure(db: Db, sellerId: string): Promise<SellerErasure | undefined> {
  const [row] = await db.select().from(sellerErasures).where(eq(sellerErasures.sellerId, sellerId));
  return row;
}

export async function saveErasure(db: Db, row: SellerErasure): Promise<void> {
  await db
    .insert(sellerErasures)
    .values(row)
    .onConflictDoUpdate({
      target: sellerErasures.sellerId,
      set: { completedAt: row.completedAt, report: row.report },
    });
}
