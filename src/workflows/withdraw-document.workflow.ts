import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { findCase, findRequirements, materialChecked, materialGone } from '../modules/cases/index.js';
import {
  type DocumentRow,
  findDocument,
  findLatestDocumentFor,
  markDocumentWithdrawn,
  WITHDRAWN,
} from '../modules/documents/index.js';
import { AppError } from '../platform/errors.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

/** Case statuses in which the seller is still gathering material (an appeal's documents included). */
const GATHERING: readonly string[] = ['awaiting_documents', 'rejected'];

/**
 * The seller takes back a document not yet handed in (a wrong or failed upload): the document is
 * kept but no longer counts, `document.withdrawn` is audited with the seller's reason, and the
 * requirement follows the newest document left (or waits for one again). Refused with
 * `DOCUMENT_ALREADY_SUBMITTED` once the case was submitted (or appealed) with it.
 */
export async function withdrawDocument(
  context: Deps,
  principal: Principal,
  documentId: string,
  reason: string,
): Promise<DocumentRow> {
  const notFound = () => new AppError('NOT_FOUND', `no document ${documentId}`, { where: 'documentId' });
  const found = await findDocument(context.db, documentId);
  if (!found) throw notFound();
  await visibleCase(context, principal, found.caseId).catch(() => {
    throw notFound();
  });
  const at = context.clock.now();
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, found.caseId, { forUpdate: true });
    const document = await findDocument(tx, documentId, { forUpdate: true });
    if (!current || !document) throw notFound();
    if (document.status === WITHDRAWN)
      throw new AppError('CONFLICT', 'this document was already withdrawn', {
        where: 'documentId',
        status: WITHDRAWN,
      });
    const handedIn = [current.submittedAt, current.appealedAt].some(
      (moment) => moment !== null && moment.getTime() >= document.uploadedAt.getTime(),
    );
    if (!GATHERING.includes(current.status) || handedIn)
      throw new AppError(
        'DOCUMENT_ALREADY_SUBMITTED',
        'this document was handed in with the case; ask support in a message instead',
        { where: 'documentId', status: current.status },
      );
    await markDocumentWithdrawn(tx, document.id);
    const left = await findLatestDocumentFor(tx, document.requirementId);
    const requirement = (await findRequirements(tx, current.id)).find((r) => r.id === document.requirementId);
    if (requirement && requirement.status !== 'waived') {
      // The requirement follows the newest document left, or is due again without one.
      if (!left) await materialGone(tx, requirement, at);
      else await materialChecked(tx, requirement.id, left.verdict === 'fail' ? failedCodes(left) : [], at);
    }
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'document.withdrawn',
      entityType: 'case',
      entityId: current.id,
      data: { document_id: document.id, material: document.material, note: reason, seller_visible: true },
    });
    return { ...document, status: WITHDRAWN };
  });
}

function failedCodes(document: DocumentRow): string[] {
  const checks = (document.report as { checks?: { status: string; code: string }[] } | null)?.checks ?? [];
  return [...new Set(checks.filter((c) => c.status === 'fail').map((c) => c.code))];
}
