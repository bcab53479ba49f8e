import { Readable } from 'node:stream';
import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { findCase, findRequirements, materialChecked, policyOfCase } from '../modules/cases/index.js';
import {
  type CheckItem,
  type DetectedFace,
  DOCUMENT_LIMITS,
  detectFileType,
  type FaceAnalysis,
  FaceImageError,
  FileOverLimitError,
  findCaseSelfieBySha256,
  findLatestSellerDocumentFile,
  insertSelfie,
  portraitOf,
  runSelfieChecks,
  type SelfieEvidence,
  type SelfieRow,
  type StagedFile,
  theLiveFace,
} from '../modules/documents/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { actorKindOf, visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

import { ACCEPTS_DOCUMENTS } from './upload-document.workflow.js';

/** What this use case takes from the process's dependencies. */
export type SelfieDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'documents' | 'faces' | 'queue'>;

/** The material whose portrait a selfie is compared with. */
const ID_MATERIAL = 'government_id';
const SELFIE_FORMATS = ['jpeg', 'png'];

/**
 * The seller takes a selfie holding their ID for a `live` requirement that accepts `selfie`. The
 * image is refused at once when its bytes rule it out (empty, over 10 MB, not JPEG or PNG, not
 * decodable, too many pixels); otherwise the face model reads it and the ID's portrait, the checks
 * run, and the selfie is stored encrypted with its results. A failing selfie is kept and leaves the
 * requirement `errored` with its codes; a passing one leaves it `pending_verification`: the reviewer
 * decides, the face-match score is evidence only.
 */
export async function takeSelfie(
  context: SelfieDeps,
  principal: Principal,
  input: { caseId: string; material: string; file: { name: string; bytes: Uint8Array } },
): Promise<SelfieRow> {
  const found = await visibleCase(context, principal, input.caseId);
  actorKindOf(principal);
  const requirement = (await findRequirements(context.db, found.id)).find(
    (r) => r.material === input.material,
  );
  const kind = requirement && (await policyOfCase(context.db, found)).materials[requirement.material]?.kind;
  if (!requirement || kind !== 'live' || !(requirement.acceptedVariants as string[]).includes('selfie'))
    throw new AppError('NOT_FOUND', `case ${found.id} asks for no selfie under ${input.material}`, {
      where: 'material',
    });
  const staged = await stage(context, input.file);
  try {
    const selfie = await analyze(context, input.file.bytes, 'form.file');
    const evidence = await compareWithId(context, found.sellerId, selfie);
    const checks = runSelfieChecks(evidence);
    await staged.commit();
    return await record(context, principal, { caseId: found.id, requirementId: requirement.id }, staged, {
      material: input.material,
      evidence,
      checks,
    });
  } finally {
    await staged.discard();
  }
}

async function stage(context: SelfieDeps, file: { name: string; bytes: Uint8Array }): Promise<StagedFile> {
  const where = 'form.file';
  if (file.bytes.length === 0)
    throw new AppError('FILE_EMPTY', `${file.name} is empty (0 bytes)`, { where, file: file.name });
  const type = await detectFileType(file.bytes.subarray(0, 4096));
  if (!('mime' in type) || !SELFIE_FORMATS.includes(type.kind))
    throw new AppError(
      'FILE_TYPE_UNSUPPORTED',
      `${file.name} is ${'mime' in type ? type.kind.toUpperCase() : type.reason}: send the selfie as JPEG or PNG`,
      { where, file: file.name, detected: 'mime' in type ? type.kind : type.unsupported },
    );
  try {
    return await context.documents.stage(Readable.from([Buffer.from(file.bytes)]), {
      maxBytes: DOCUMENT_LIMITS.maxFileBytes,
    });
  } catch (error) {
    if (error instanceof FileOverLimitError)
      throw new AppError('FILE_TOO_LARGE', `${file.name} is over 10 MB`, {
        where,
        file: file.name,
        limit_bytes: error.limitBytes,
      });
    throw error;
  }
}

async function analyze(context: SelfieDeps, bytes: Uint8Array, where: string): Promise<FaceAnalysis> {
  try {
    return await context.faces.analyze(bytes);
  } catch (error) {
    if (!(error instanceof FaceImageError)) throw error;
    throw new AppError(error.reason === 'too_large' ? 'IMAGE_TOO_LARGE' : 'IMAGE_UNREADABLE', error.message, {
      where,
    });
  }
}

/** The seller's newest government ID (any case): its largest face, and the similarity with the live face. */
async function compareWithId(
  context: SelfieDeps,
  sellerId: string,
  selfie: FaceAnalysis,
): Promise<SelfieEvidence> {
  const file = await findLatestSellerDocumentFile(context.db, sellerId, ID_MATERIAL);
  if (!file) return { selfie };
  const bytes = file.mime.startsWith('image/') ? await context.documents.get(file.sha256) : undefined;
  let portrait: DetectedFace | undefined;
  let idAnalysis: FaceAnalysis | undefined;
  if (bytes) {
    idAnalysis = await context.faces.analyze(bytes).catch(() => undefined);
    portrait = idAnalysis && portraitOf(idAnalysis);
  }
  const live = theLiveFace(selfie);
  const similarity = portrait && live ? context.faces.similarity(live, portrait) : undefined;
  return {
    selfie,
    id: { documentId: file.documentId, portrait, ...(idAnalysis ? { analysis: idAnalysis } : {}) },
    similarity,
  };
}

/** A face as stored: its measurements, never its embedding. */
const measurements = ({ embedding: _embedding, ...face }: DetectedFace) => face;
const outcomeOf = (checks: readonly CheckItem[]) =>
  checks.some((c) => c.status === 'fail')
    ? 'fail'
    : checks.some((c) => c.status === 'warn')
      ? 'warn'
      : 'pass';

async function record(
  context: SelfieDeps,
  principal: Principal,
  target: { caseId: string; requirementId: string },
  staged: StagedFile,
  result: { material: string; evidence: SelfieEvidence; checks: CheckItem[] },
): Promise<SelfieRow> {
  const at = context.clock.now();
  const { evidence, checks } = result;
  return context.db.transaction(async (tx) => {
    const current = await findCase(tx, target.caseId, { forUpdate: true });
    if (!current || !ACCEPTS_DOCUMENTS.includes(current.status))
      throw new AppError(
        'CASE_NOT_ACCEPTING_DOCUMENTS',
        `case ${target.caseId} is ${current?.status ?? 'gone'}: a selfie is taken while the case awaits material`,
        { where: 'caseId', status: current?.status },
      );
    const earlier = await findCaseSelfieBySha256(tx, target.caseId, staged.sha256);
    if (earlier)
      throw new AppError('DUPLICATE_UPLOAD', 'this picture was already taken as a selfie on this case', {
        where: 'form.file',
        selfie_id: earlier.id,
      });
    const portrait = evidence.id?.portrait;
    const row: SelfieRow = {
      id: newId(),
      caseId: target.caseId,
      requirementId: target.requirementId,
      sellerId: current.sellerId,
      material: result.material,
      sha256: staged.sha256,
      size: staged.size,
      mime: await mimeOf(staged.head),
      idDocumentId: evidence.id?.documentId ?? null,
      faces: {
        selfie: { ...sizeOf(evidence.selfie), faces: evidence.selfie.faces.map(measurements) },
        ...(evidence.id?.analysis
          ? { id: { ...sizeOf(evidence.id.analysis), portrait: portrait ? measurements(portrait) : null } }
          : {}),
      },
      similarity: evidence.similarity ?? null,
      checks,
      outcome: outcomeOf(checks),
      model: evidence.selfie.model,
      uploadedBy: principal.actor,
      uploadedAt: at,
    };
    await insertSelfie(tx, row);
    const failed = checks.filter((c) => c.status === 'fail').map((c) => c.code);
    await materialChecked(tx, target.requirementId, failed, at);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'selfie.taken',
      entityType: 'case',
      entityId: target.caseId,
      data: {
        selfie_id: row.id,
        material: result.material,
        sha256: staged.sha256,
        outcome: row.outcome,
        failed,
      },
    });
    return row;
  });
}

const sizeOf = (analysis: FaceAnalysis) => ({ width: analysis.width, height: analysis.height });

const mimeOf = async (head: Uint8Array): Promise<string> => {
  const type = await detectFileType(head);
  return 'mime' in type ? type.mime : 'application/octet-stream';
};
