import { createHash } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  activePolicy,
  appealRefusal,
  findCase,
  findPolicyVersion,
  findRequirements,
  policyOfCase,
  type RequirementRow,
  setRequirementResult,
} from '../modules/cases/index.js';
import {
  type CheckedDocument,
  type CheckItem,
  checkRequirementsCovered,
  crossDocumentChecks,
  type DocumentReading,
  type DocumentReport,
  type DocumentRow,
  decideVerdict,
  detectFileType,
  examineDocument,
  type FileFingerprint,
  findCaseDocuments,
  findCaseFileBySha256,
  findDocument,
  findDocumentFiles,
  findFilesOfOtherSellers,
  findLatestDocumentFor,
  insertDocument,
  isSupportedType,
  type PreflightDocument,
  type ReuseCandidate,
  resolveDocumentKind,
  saveCheckedDocument,
} from '../modules/documents/index.js';
import { recordNotification } from '../modules/notifications/index.js';
import { findSeller, type SellerRecord } from '../modules/sellers/index.js';
import { AppError, isDatabaseUnavailable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { actorKindOf, visibleCase } from './case-actions.workflow.js';
import { documentCheckRequested } from './document.jobs.js';

/**
 * Case states in which the seller may add documents: while the case awaits them, and for an appeal,
 * both before appealing (while the rejection may still be appealed) and while the appeal waits for
 * a reviewer. Never while a reviewer reads the case: the evidence does not change under a decision.
 */
export const ACCEPTS_DOCUMENTS: readonly string[] = ['awaiting_documents', 'rejected', 'appealed'];

/** SPEC section 4: ≤ 10 MB and PDF/JPEG/PNG/TIFF unless the requirement's rules say otherwise. */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface UploadInput {
  caseId: string;
  material: string;
  /** The accepted variant the seller names (`utility_bill`, `passport`); optional when there is one. */
  kind?: string;
  /** The pages or sides of one document, in order. */
  files: UploadedFile[];
}

/**
 * A seller hands in one document against a requirement. What can be told from the bytes at once
 * (empty, too large, not a PDF/JPEG/PNG/TIFF, the same file again) is refused before anything is
 * stored; everything else is stored, encrypted, and checked by a job. Returns the document, status
 * `checking`.
 */
export async function uploadDocument(
  context: AppContext,
  principal: Principal,
  input: UploadInput,
): Promise<DocumentRow> {
  const found = await visibleCase(context, principal, input.caseId);
  actorKindOf(principal);
  const requirement = (await findRequirements(context.db, found.id)).find(
    (r) => r.material === input.material,
  );
  if (!requirement)
    throw new AppError('NOT_FOUND', `case ${found.id} has no requirement ${input.material}`, {
      where: 'material',
    });
  const materialKind = (await policyOfCase(context.db, found)).materials[requirement.material]?.kind;
  if (materialKind !== undefined && materialKind !== 'document')
    throw new AppError('DOCUMENT_TYPE_NOT_ACCEPTED', `${input.material} is not answered with a file`, {
      where: 'material',
      kind: materialKind,
    });
  const kind = resolveDocumentKind(
    { material: requirement.material, acceptedVariants: requirement.acceptedVariants as string[] },
    input.kind,
  );
  if (!kind.ok)
    throw new AppError(
      'DOCUMENT_TYPE_NOT_ACCEPTED',
      kind.reason === 'ambiguous'
        ? `say which document this is: one of ${kind.accepted.join(', ')}`
        : `${input.material} accepts ${kind.accepted.join(', ')}, not ${input.kind}`,
      { where: 'form.type', accepted: kind.accepted },
    );
  if (input.files.length === 0)
    throw new AppError('EMPTY_BODY', 'attach the document: one file, or one per page or side', {
      where: 'form.file',
    });
  const files = input.files.map((file, position) => screenFile(file, position, requirement));
  const repeated = files.find((file, index) => files.findIndex((f) => f.sha256 === file.sha256) !== index);
  if (repeated)
    throw new AppError('DUPLICATE_UPLOAD', `${repeated.name} is attached twice`, {
      where: `form.file[${repeated.position}]`,
    });

  for (const file of files) await context.documents.put(file.bytes);
  const at = context.clock.now();
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, found.id, { forUpdate: true });
    if (!current || !ACCEPTS_DOCUMENTS.includes(current.status))
      throw new AppError(
        'CASE_NOT_ACCEPTING_DOCUMENTS',
        `case ${found.id} is ${current?.status ?? 'gone'}: documents are added while it awaits them or an appeal`,
        { where: 'caseId', status: current?.status },
      );
    if (current.status === 'rejected' && appealRefusal(current, await policyOfCase(tx, current), at))
      throw new AppError(
        'CASE_NOT_ACCEPTING_DOCUMENTS',
        `case ${found.id} can no longer be appealed, so it takes no new documents`,
        { where: 'caseId', status: current.status },
      );
    const earlier = await findCaseFileBySha256(
      tx,
      found.id,
      files.map((f) => f.sha256),
    );
    if (earlier)
      throw new AppError('DUPLICATE_UPLOAD', 'this file was already uploaded on this case', {
        where: 'form.file',
        document_id: earlier.documentId,
        sha256: earlier.sha256,
      });
    const document = {
      id: newId(),
      caseId: found.id,
      requirementId: requirement.id,
      sellerId: found.sellerId,
      material: requirement.material,
      type: kind.type,
      variant: kind.variant ?? null,
      status: 'checking',
      verdict: null,
      report: null,
      reading: null,
      failure: null,
      uploadedBy: principal.actor,
      uploadedAt: at,
      checkedAt: null,
    } satisfies DocumentRow;
    await insertDocument(
      tx,
      document,
      files.map((file) => ({
        position: file.position,
        name: file.name,
        sha256: file.sha256,
        size: file.bytes.length,
        mime: file.mime,
        sellerId: found.sellerId,
      })),
    );
    await setRequirementResult(tx, requirement.id, { status: 'pending_verification', errors: [] }, at);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'document.uploaded',
      entityType: 'case',
      entityId: found.id,
      data: {
        document_id: document.id,
        material: requirement.material,
        type: kind.type,
        ...(kind.variant ? { variant: kind.variant } : {}),
        files: files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.bytes.length })),
      },
    });
    await context.queue.send(documentCheckRequested, { document_id: document.id }, { transaction: tx });
    return document;
  });
}

interface ScreenedFile extends UploadedFile {
  position: number;
  sha256: string;
  mime: string;
}

/** The refusals that need only the bytes: nothing is stored for them. */
function screenFile(file: UploadedFile, position: number, requirement: RequirementRow): ScreenedFile {
  const where = `form.file[${position}]`;
  const rules = requirement.rules as { max_bytes?: number; formats?: string[] };
  const maxBytes = rules.max_bytes ?? DEFAULT_MAX_BYTES;
  if (file.bytes.length === 0)
    throw new AppError('FILE_EMPTY', `${file.name} is empty (0 bytes)`, { where, file: file.name });
  if (file.bytes.length > maxBytes)
    throw new AppError('FILE_TOO_LARGE', `${file.name} is over ${Math.round(maxBytes / 1024 / 1024)} MB`, {
      where,
      file: file.name,
      limit_bytes: maxBytes,
    });
  const type = detectFileType(file.bytes);
  const formats = rules.formats ?? ['pdf', 'jpeg', 'png', 'tiff'];
  if (!isSupportedType(type) || !formats.includes(type.kind))
    throw new AppError(
      'FILE_TYPE_UNSUPPORTED',
      `${file.name} is ${isSupportedType(type) ? type.kind.toUpperCase() : type.reason}: send ${formats.map((f) => f.toUpperCase()).join(', ')}`,
      { where, file: file.name, detected: isSupportedType(type) ? type.kind : type.unsupported },
    );
  return {
    ...file,
    name: file.name.slice(0, 200),
    position,
    sha256: sha256Of(file.bytes),
    mime: type.mime,
  };
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function findDocumentWithFiles(context: AppContext, principal: Principal, documentId: string) {
  const document = await findDocument(context.db, documentId);
  if (!document) throw new AppError('NOT_FOUND', `no document ${documentId}`, { where: 'documentId' });
  await visibleCase(context, principal, document.caseId).catch(() => {
    throw new AppError('NOT_FOUND', `no document ${documentId}`, { where: 'documentId' });
  });
  return { document, files: await findDocumentFiles(context.db, [document.id]) };
}

/**
 * The check job: reads the stored files back, runs the same examination as preflight (plus the
 * search for the same file or image from another seller), stores the report and raises
 * `document.checked`. The requirement follows the newest document answering it: `errored` with the
 * failed codes, or `pending_verification` for a reviewer. Idempotent: a document already checked
 * is left alone. A failure that is not the database's marks the document `check_failed` rather
 * than retrying forever.
 */
export async function checkDocument(context: AppContext, documentId: string): Promise<void> {
  const document = await findDocument(context.db, documentId);
  if (document?.status !== 'checking') return;
  let outcome: Examination;
  try {
    outcome = await examine(context, document);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    context.logger.error({ err: error, document_id: documentId }, 'document check failed');
    outcome = { ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
  const at = context.clock.now();
  await context.db.transaction(async (tx) => {
    const current = await findDocument(tx, documentId, { forUpdate: true });
    if (current?.status !== 'checking') return;
    const failed = outcome.ok
      ? [...new Set(outcome.report.checks.filter((c) => c.status === 'fail').map((c) => c.code))]
      : [];
    const verdict = outcome.ok ? (failed.length > 0 ? 'fail' : 'pass') : null;
    await saveCheckedDocument(
      tx,
      documentId,
      outcome.ok
        ? {
            status: 'checked',
            verdict,
            report: outcome.report,
            reading: outcome.reading ?? null,
            failure: null,
            checkedAt: at,
            files: outcome.files,
          }
        : {
            status: 'check_failed',
            verdict,
            report: null,
            reading: null,
            failure: outcome.failure,
            checkedAt: at,
            files: [],
          },
    );
    const latest = await findLatestDocumentFor(tx, current.requirementId);
    if (latest?.id === documentId && verdict === 'fail')
      await setRequirementResult(tx, current.requirementId, { status: 'errored', errors: failed }, at);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: 'system:document-checks',
      action: 'document.checked',
      entityType: 'case',
      entityId: current.caseId,
      data: {
        document_id: documentId,
        material: current.material,
        verdict,
        failed_checks: failed,
        ...(outcome.ok ? {} : { failure: outcome.failure }),
      },
    });
    await recordNotification(tx, {
      type: 'document.checked',
      sellerId: current.sellerId,
      caseId: current.caseId,
      occurredAt: at,
      data: {
        case_id: current.caseId,
        seller_id: current.sellerId,
        document_id: documentId,
        material: current.material,
        status: outcome.ok ? 'checked' : 'check_failed',
        verdict,
        failed_checks: failed,
      },
    });
  });
}

type Examination =
  | { ok: false; failure: string }
  | {
      ok: true;
      report: DocumentReport;
      reading: DocumentReading | undefined;
      files: CheckedDocument['files'];
    };

async function examine(context: AppContext, document: DocumentRow): Promise<Examination> {
  const files = await findDocumentFiles(context.db, [document.id]);
  const seller = await findSeller(context.db, document.sellerId);
  const requirement = (await findRequirements(context.db, document.caseId)).find(
    (r) => r.id === document.requirementId,
  );
  if (!seller || !requirement) return { ok: false, failure: 'the seller or the requirement is gone' };
  const loaded: PreflightDocument['files'] = [];
  for (const file of files) {
    const bytes = await context.documents.get(file.sha256);
    if (!bytes)
      return { ok: false, failure: `stored file ${file.sha256} is missing from the document store` };
    loaded.push({ name: file.name, bytes });
  }
  const examined = await examineDocument(
    {
      type: document.type as PreflightDocument['type'],
      ...(document.variant ? { variant: document.variant } : {}),
      files: loaded,
      rules: requirement.rules as PreflightDocument['rules'],
    },
    {
      seller: seller.profile as SellerRecord,
      asOf: context.clock.now().toISOString().slice(0, 10),
      ocr: context.ocr,
      findReuse: reuseCandidatesFor(context, document.sellerId),
    },
  );
  return {
    ok: true,
    report: examined.report,
    reading: examined.reading,
    // Fingerprints come in file order.
    files: files.map((file, index) => ({
      position: file.position,
      dhash: examined.files[index]?.dhash,
      text: examined.files[index]?.text,
    })),
  };
}

/** Files other sellers submitted that may be this seller's files again: the same bytes, or a close image. */
export function reuseCandidatesFor(context: AppContext, sellerId: string) {
  return async (fingerprints: FileFingerprint[]): Promise<ReuseCandidate[]> =>
    (await findFilesOfOtherSellers(context.db, sellerId, fingerprints)).map((row) => ({
      seller_id: row.sellerId,
      sha256: row.sha256,
      ...(row.dhash ? { dhash: row.dhash } : {}),
      ...(row.text ? { text: row.text } : {}),
    }));
}

/**
 * A case's documents, and the checks no single document can answer: does every requirement have a
 * document, and do the newest checked documents agree with each other (the ID's holder is the
 * licence's representative; the bill's address is the registered one).
 */
export async function caseDocuments(context: AppContext, caseId: string) {
  const found = await findCase(context.db, caseId);
  if (!found) throw new AppError('NOT_FOUND', `no case ${caseId}`, { where: 'caseId' });
  const documents = await findCaseDocuments(context.db, caseId);
  const files = await findDocumentFiles(
    context.db,
    documents.map((d) => d.id),
  );
  const policy =
    (await findPolicyVersion(context.db, found.policyVersion)) ?? (await activePolicy(context.db));
  const requirements = await findRequirements(context.db, caseId);
  const seller = await findSeller(context.db, found.sellerId);
  const newestChecked = new Map<string, DocumentRow>();
  for (const document of documents)
    if (document.status === 'checked') newestChecked.set(document.requirementId, document);
  const checks: CheckItem[] = [
    ...checkRequirementsCovered(
      requirements.map((r) => ({
        material: r.material,
        kind: policy.materials[r.material]?.kind ?? 'document',
        accepted_variants: r.acceptedVariants as string[],
      })),
      documents.map((d) => ({ material: d.material, type: d.type, variant: d.variant ?? undefined })),
    ),
    ...crossDocumentChecks(
      [...newestChecked.values()].flatMap((d) => (d.reading ? [d.reading as DocumentReading] : [])),
      seller?.profile as SellerRecord,
    ).flatMap((r) => r.checks),
  ];
  return { documents, files, submission: { verdict: decideVerdict([{ checks }]), checks } };
}
