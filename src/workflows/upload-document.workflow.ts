import { Readable } from 'node:stream';
import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  appealRefusal,
  type CaseRow,
  findCase,
  findRequirements,
  materialHandedIn,
  policyOfCase,
  type RequirementRow,
} from '../modules/cases/index.js';
import {
  type DetectedType,
  DOCUMENT_LIMITS,
  type DocumentRow,
  detectFileType,
  FileOverLimitError,
  findCaseFileBySha256,
  insertDocument,
  isSupportedType,
  resolveDocumentKind,
  type StagedFile,
} from '../modules/documents/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { actorKindOf, visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';
import { documentCheckRequested } from './documents.workflow.js';

/**
 * Case states in which the seller may add documents: while the case awaits them, and for an appeal,
 * both before appealing (while the rejection may still be appealed) and while the appeal waits for
 * a reviewer. Never while a reviewer reads the case: the evidence does not change under a decision.
 */
export const ACCEPTS_DOCUMENTS: readonly string[] = ['awaiting_documents', 'rejected', 'appealed'];

/** SPEC section 4: ≤ 10 MB and PDF/JPEG/PNG/TIFF unless the requirement's rules say otherwise. */
const DEFAULT_MAX_BYTES = DOCUMENT_LIMITS.maxFileBytes;
const DEFAULT_FORMATS = ['pdf', 'jpeg', 'png', 'tiff'];

/** The requirement an upload answers, found before any byte of the body is read. */
export interface UploadTarget {
  caseId: string;
  requirement: RequirementRow;
  maxBytes: number;
  formats: string[];
}

/** A file that arrived and passed the checks that need only its bytes; staged, not yet stored. */
export interface ReceivedFile {
  position: number;
  name: string;
  mime: string;
  staged: StagedFile;
}

export async function openUpload(
  context: Deps,
  principal: Principal,
  caseId: string,
  material: string,
): Promise<UploadTarget> {
  const found: CaseRow = await visibleCase(context, principal, caseId);
  actorKindOf(principal);
  const requirement = (await findRequirements(context.db, found.id)).find((r) => r.material === material);
  if (!requirement)
    throw new AppError('NOT_FOUND', `case ${found.id} has no requirement ${material}`, { where: 'material' });
  const materialKind = (await policyOfCase(context.db, found)).materials[requirement.material]?.kind;
  if (materialKind !== undefined && materialKind !== 'document')
    throw new AppError('DOCUMENT_TYPE_NOT_ACCEPTED', `${material} is not answered with a file`, {
      where: 'material',
      kind: materialKind,
    });
  const rules = requirement.rules as { max_bytes?: number; formats?: string[] };
  return {
    caseId: found.id,
    requirement,
    maxBytes: rules.max_bytes ?? DEFAULT_MAX_BYTES,
    formats: rules.formats ?? DEFAULT_FORMATS,
  };
}

/** The accepted variant the seller names (`utility_bill`, `passport`); optional when there is one. */
export function documentKindOf(target: UploadTarget, asked: string | undefined) {
  const { requirement } = target;
  const kind = resolveDocumentKind(
    { material: requirement.material, acceptedVariants: requirement.acceptedVariants as string[] },
    asked,
  );
  if (!kind.ok)
    throw new AppError(
      'DOCUMENT_TYPE_NOT_ACCEPTED',
      kind.reason === 'ambiguous'
        ? `say which document this is: one of ${kind.accepted.join(', ')}`
        : `${requirement.material} accepts ${kind.accepted.join(', ')}, not ${asked}`,
      { where: 'form.type', accepted: kind.accepted },
    );
  return kind;
}

/**
 * Streams one page or side into the store's intake and refuses, at once, what the bytes alone rule
 * out (empty, over the limit, not PDF/JPEG/PNG/TIFF by its magic bytes). Nothing refused is kept.
 */
export async function receiveFile(
  context: Deps,
  target: UploadTarget,
  file: { name: string; position: number; stream: Readable },
): Promise<ReceivedFile> {
  const where = `form.file[${file.position}]`;
  let staged: StagedFile;
  try {
    staged = await context.documents.stage(file.stream, { maxBytes: target.maxBytes });
  } catch (error) {
    if (error instanceof FileOverLimitError)
      throw new AppError(
        'FILE_TOO_LARGE',
        `${file.name} is over ${Math.round(target.maxBytes / 1024 / 1024)} MB`,
        { where, file: file.name, limit_bytes: target.maxBytes },
      );
    throw error;
  }
  const type = await detectFileType(staged.head);
  const refusal = screen(staged, type, file.name, target);
  if (refusal) {
    await staged.discard();
    throw new AppError(refusal.code, refusal.message, { where, file: file.name, ...refusal.details });
  }
  return {
    position: file.position,
    name: file.name.slice(0, 200),
    mime: isSupportedType(type) ? type.mime : 'application/octet-stream',
    staged,
  };
}

function screen(staged: StagedFile, type: DetectedType, name: string, target: UploadTarget) {
  if (staged.size === 0)
    return { code: 'FILE_EMPTY' as const, message: `${name} is empty (0 bytes)`, details: {} };
  if (!isSupportedType(type) || !target.formats.includes(type.kind))
    return {
      code: 'FILE_TYPE_UNSUPPORTED' as const,
      message: `${name} is ${isSupportedType(type) ? type.kind.toUpperCase() : type.reason}: send ${target.formats.map((f) => f.toUpperCase()).join(', ')}`,
      details: { detected: isSupportedType(type) ? type.kind : type.unsupported },
    };
  return undefined;
}

export async function discardFiles(files: readonly ReceivedFile[]): Promise<void> {
  await Promise.all(files.map((file) => file.staged.discard()));
}

/**
 * Stores the received files and, in one transaction, records the document, sets the requirement
 * `pending_verification`, appends `document.uploaded` and enqueues `document.check`. The caller
 * discards the files when this throws. Returns the document, status `checking`.
 */
export async function recordUpload(
  context: Deps,
  principal: Principal,
  target: UploadTarget,
  kind: ReturnType<typeof documentKindOf>,
  files: readonly ReceivedFile[],
): Promise<DocumentRow> {
  if (files.length === 0)
    throw new AppError('EMPTY_BODY', 'attach the document: one file, or one per page or side', {
      where: 'form.file',
    });
  const repeated = files.find(
    (file, index) => files.findIndex((f) => f.staged.sha256 === file.staged.sha256) !== index,
  );
  if (repeated)
    throw new AppError('DUPLICATE_UPLOAD', `${repeated.name} is attached twice`, {
      where: `form.file[${repeated.position}]`,
    });
  for (const file of files) await file.staged.commit();
  const { requirement } = target;
  const at = context.clock.now();
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, target.caseId, { forUpdate: true });
    if (!current || !ACCEPTS_DOCUMENTS.includes(current.status))
      throw new AppError(
        'CASE_NOT_ACCEPTING_DOCUMENTS',
        `case ${target.caseId} is ${current?.status ?? 'gone'}: documents are added while it awaits them or an appeal`,
        { where: 'caseId', status: current?.status },
      );
    if (current.status === 'rejected' && appealRefusal(current, await policyOfCase(tx, current), at))
      throw new AppError(
        'CASE_NOT_ACCEPTING_DOCUMENTS',
        `case ${target.caseId} can no longer be appealed, so it takes no new documents`,
        { where: 'caseId', status: current.status },
      );
    const earlier = await findCaseFileBySha256(
      tx,
      target.caseId,
      files.map((f) => f.staged.sha256),
    );
    if (earlier)
      throw new AppError('DUPLICATE_UPLOAD', 'this file was already uploaded on this case', {
        where: 'form.file',
        document_id: earlier.documentId,
        sha256: earlier.sha256,
      });
    const document = {
      id: newId(),
      caseId: target.caseId,
      requirementId: requirement.id,
      sellerId: current.sellerId,
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
      checkedProfileVersion: null,
    } satisfies DocumentRow;
    await insertDocument(
      tx,
      document,
      files.map((file) => ({
        position: file.position,
        name: file.name,
        sha256: file.staged.sha256,
        size: file.staged.size,
        mime: file.mime,
        sellerId: current.sellerId,
      })),
    );
    await materialHandedIn(tx, requirement.id, at);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'document.uploaded',
      entityType: 'case',
      entityId: target.caseId,
      data: {
        document_id: document.id,
        material: requirement.material,
        type: kind.type,
        ...(kind.variant ? { variant: kind.variant } : {}),
        files: files.map((f) => ({ name: f.name, sha256: f.staged.sha256, size: f.staged.size })),
      },
    });
    await context.queue.send(documentCheckRequested, { document_id: document.id }, { transaction: tx });
    return document;
  });
}

/** One upload from bytes already in memory (jobs, tests, the CLI): the same path as the API's stream. */
export async function uploadDocument(
  context: Deps,
  principal: Principal,
  input: { caseId: string; material: string; kind?: string; files: { name: string; bytes: Uint8Array }[] },
): Promise<DocumentRow> {
  const target = await openUpload(context, principal, input.caseId, input.material);
  const kind = documentKindOf(target, input.kind);
  const received: ReceivedFile[] = [];
  try {
    for (const [position, file] of input.files.entries())
      received.push(
        await receiveFile(context, target, {
          name: file.name,
          position,
          stream: Readable.from([Buffer.from(file.bytes)]),
        }),
      );
    return await recordUpload(context, principal, target, kind, received);
  } finally {
    await discardFiles(received);
  }
}
