import { asc, eq, gte, min } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { type AuditEntry, GENESIS_HASH, hashAuditEntry, verifyAuditChain } from './audit.chain.js';
import { lockChain } from './audit.chainer.js';
import { commitPersonalFields } from './audit.commitment.js';
import { readAuditChain, savePersonalValues } from './audit.repository.js';
import { auditEvents } from './audit.schema.js';

export type ChainMigration =
  | { migrated: number; from: number }
  | { migrated: 0; refused: string }
  | { migrated: 0 };

/**
 * Rewrites events written before personal fields were committed (scheme 1, values inline) so that
 * they can be erased: each one's personal values move beside it behind a salted commitment, and
 * its hash is recomputed. Its old hash is kept in `legacy_hash` and covered by the new hash, so a
 * checkpoint taken before the migration still anchors. Every event from the first old one to the
 * end is re-linked. The old chain is verified first; a broken one is left as it is (and `audit
 * verify` names the break) rather than laundered into a fresh, valid chain.
 */
export async function migrateAuditChain(db: Db, key: string): Promise<ChainMigration> {
  return db.transaction(async (tx) => {
    await lockChain(tx);
    const [first] = await tx
      .select({ position: min(auditEvents.position) })
      .from(auditEvents)
      .where(eq(auditEvents.scheme, 1));
    const from = first?.position;
    if (from === null || from === undefined) return { migrated: 0 };
    const before = await verifyAuditChain(readAuditChain(tx), key);
    if (!before.ok) return { migrated: 0, refused: before.problem?.message ?? 'the chain does not verify' };

    const [previous] = await tx
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .where(eq(auditEvents.position, from - 1));
    let prevHash = previous?.hash ?? GENESIS_HASH;
    let migrated = 0;
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(gte(auditEvents.position, from))
      .orderBy(asc(auditEvents.position));
    for (const row of rows) {
      const committed = row.scheme === 1 ? commitPersonalFields(row.data) : { data: row.data, values: [] };
      const unsigned: Omit<AuditEntry, 'hash'> = {
        ...row,
        position: row.position ?? 0,
        data: committed.data,
        prevHash,
        legacyHash: row.legacyHash ?? row.hash,
      };
      const hash = hashAuditEntry(unsigned, key);
      await tx
        .update(auditEvents)
        .set({ data: committed.data, prevHash, hash, legacyHash: unsigned.legacyHash, scheme: 2 })
        .where(eq(auditEvents.id, row.id));
      await savePersonalValues(tx, row.id, row, committed.values);
      prevHash = hash;
      migrated += 1;
    }
    return { migrated, from };
  });
}
