import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  findActiveHolds,
  findHold,
  insertHold,
  type LegalHold,
  markHoldLifted,
} from '../modules/privacy/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import type { Deps } from './deps.js';

type HoldContext = Pick<Deps, 'db' | 'auditKey' | 'clock'>;

/** Staff keep a seller's data past erasure and retention, saying why; the audit trail records it. */
export async function placeLegalHold(
  context: HoldContext,
  by: Principal,
  sellerId: string,
  reason: string,
): Promise<LegalHold> {
  if (!(await findSeller(context.db, sellerId)))
    throw new AppError('NOT_FOUND', 'no such seller', { where: 'sellerId' });
  const at = context.clock.now();
  return context.db.transaction(async (tx) => {
    const hold = await insertHold(tx, { sellerId, reason, placedBy: by.actor, placedAt: at });
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: by.actor,
      action: 'seller.legal_hold_placed',
      entityType: 'seller',
      entityId: sellerId,
      data: { hold_id: hold.id, reason },
    });
    return hold;
  });
}

export async function liftLegalHold(
  context: HoldContext,
  by: Principal,
  sellerId: string,
  holdId: string,
  reason: string,
): Promise<LegalHold> {
  const found = await findHold(context.db, holdId);
  if (!found || found.sellerId !== sellerId)
    throw new AppError('NOT_FOUND', 'no such legal hold on this seller', { where: 'holdId' });
  if (found.liftedAt) return found;
  const at = context.clock.now();
  return context.db.transaction(async (tx) => {
    const lifted = await markHoldLifted(tx, holdId, { liftedBy: by.actor, liftedAt: at, liftReason: reason });
    if (!lifted) return (await findHold(tx, holdId)) as LegalHold;
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: by.actor,
      action: 'seller.legal_hold_lifted',
      entityType: 'seller',
      entityId: sellerId,
      data: { hold_id: holdId, reason },
    });
    return lifted;
  });
}

export async function activeLegalHolds(context: Pick<Deps, 'db'>, sellerId: string) {
  return findActiveHolds(context.db, sellerId);
}
