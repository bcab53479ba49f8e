import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent, eraseAuditValuesOf } from '../modules/audit/index.js';
import { findOpenCaseForUpdate } from '../modules/cases/index.js';
import {
  compactErasedData,
  findActiveHolds,
  findAuditEntitiesOf,
  findErasure,
  findFilesOnlyOf,
  type RedactionCount,
  redactSellerData,
  saveErasure,
} from '../modules/privacy/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import type { Deps } from './deps.js';
import { forgetLiveState } from './live-state.js';

/** What an erasure removed: counts only, never a value. */
export interface ErasureReport {
  seller_id: string;
  /** True when the seller had been erased before: this is that erasure's report. */
  already_erased: boolean;
  requested_at: string;
  completed_at: string;
  rows: RedactionCount[];
  audit_values: number;
  files_removed: number;
  compaction: string[];
}

/**
 * Erases a seller's personal data: every column the personal data map classifies is cleared, the
 * audit trail's values and salts go (its commitments stay and verify), the files only this seller
 * uploaded leave the store, and the touched tables are rewritten so no old row version survives in
 * the database files. Refused while a legal hold applies or a case is open (a case that is open
 * is where an upload can land: once erased, an upload finds no open case and is refused).
 */
export async function eraseSeller(
  context: Pick<Deps, 'db' | 'auditKey' | 'clock' | 'documents' | 'logger'>,
  by: Principal,
  sellerId: string,
  reason?: string,
): Promise<ErasureReport> {
  const previous = await findErasure(context.db, sellerId);
  if (previous?.completedAt) return { ...(previous.report as ErasureReport), already_erased: true };
  if (!(await findSeller(context.db, sellerId)))
    throw new AppError('NOT_FOUND', 'no such seller', { where: 'sellerId' });
  const requestedAt = context.clock.now();

  const { rows, auditValues, files } = await context.db.transaction(async (tx) => {
    const holds = await findActiveHolds(tx, sellerId);
    if (holds.length)
      throw new AppError('LEGAL_HOLD', 'a legal hold keeps this seller’s data', {
        where: 'sellerId',
        holds: holds.map((h) => ({
          id: h.id,
          reason: h.reason,
          placed_by: h.placedBy,
          placed_at: h.placedAt,
        })),
      });
    const open = await findOpenCaseForUpdate(tx, sellerId);
    if (open)
      throw new AppError('ERASURE_BLOCKED_OPEN_CASE', 'the seller has an open case or appeal', {
        where: 'sellerId',
        case_id: open.id,
        status: open.status,
      });
    const files = await findFilesOnlyOf(tx, [sellerId]);
    const entities = await findAuditEntitiesOf(tx, [sellerId]);
    let auditValues = 0;
    for (const [type, ids] of Object.entries(entities))
      auditValues += await eraseAuditValuesOf(tx, type, ids);
    const rows = await redactSellerData(tx, [sellerId]);
    await appendAuditEvent(tx, context.auditKey, requestedAt, {
      actor: by.actor,
      action: 'seller.erased',
      entityType: 'seller',
      entityId: sellerId,
      data: {
        ...(reason ? { reason } : {}),
        rows: Object.fromEntries(rows.map((r) => [r.table, r.rows])),
        audit_values: auditValues,
        files: files.length,
      },
    });
    return { rows, auditValues, files };
  });

  forgetLiveState(context.db, [sellerId]);
  let removed = 0;
  for (const sha256 of files) if (await context.documents.remove(sha256)) removed += 1;
  const compaction = await compactErasedData(
    context.db,
    rows.map((r) => r.table),
  );
  const report: ErasureReport = {
    seller_id: sellerId,
    already_erased: false,
    requested_at: requestedAt.toISOString(),
    completed_at: context.clock.now().toISOString(),
    rows,
    audit_values: auditValues,
    files_removed: removed,
    compaction,
  };
  await saveErasure(context.db, {
    sellerId,
    requestedBy: by.actor,
    requestedAt,
    completedAt: context.clock.now(),
    report,
  });
  context.logger.info({ seller_id: sellerId, files_removed: removed }, 'seller erased');
  return report;
}
