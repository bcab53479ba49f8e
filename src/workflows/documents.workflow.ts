import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  activePolicy,
  findCase,
  findPolicyVersion,
  findRequirements,
  materialFailedChecks,
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
  examineDocument,
  type FileFingerprint,
  findCaseDocuments,
  findDocument,
  findDocumentFiles,
  findFilesOfOtherSellers,
  findLatestDocumentFor,
  type PreflightDocument,
  type ReuseCandidate,
  readStoredReading,
  registeredCountry,
  saveCheckedDocument,
} from '../modules/documents/index.js';
import { recordNotification } from '../modules/notifications/index.js';
import { findSeller, type SellerRecord } from '../modules/sellers/index.js';
import { AppError, isDatabaseUnavailable } from '../platform/errors.js';
import { defineJob } from '../platform/jobs.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

export async function findDocumentWithFiles(context: Deps, principal: Principal, documentId: string) {
  const document = await findDocument(context.db, documentId);
  if (!document) throw new AppError('NOT_FOUND', `no document ${documentId}`, { where: 'documentId' });
  await visibleCase(context, principal, document.caseId).catch(() => {
    throw new AppError('NOT_FOUND', `no document ${documentId}`, { where: 'documentId' });
  });
  const seller = await findSeller(context.db, document.sellerId);
  return {
    document,
    files: await findDocumentFiles(context.db, [document.id]),
    profileVersion: seller?.profileVersion ?? null,
  };
}

/**
 * The check job: reads the stored files back, runs the same examination as preflight (plus the
 * search for the same file or image from another seller), stores the report and raises
 * `document.checked`. The requirement follows the newest document answering it: `errored` with the
 * failed codes, or `pending_verification` for a reviewer. Idempotent: a document already checked
 * is left alone. A failure that is not the database's marks the document `check_failed` rather
 * than retrying forever.
 */
/**
 * Checks one process runs at once: one per OCR worker (one per core) plus one, so that while the
 * workers read, the next document is decoded, measured and its text checked on the main thread.
 */
export const DOCUMENT_CHECK_CONCURRENCY = availableParallelism() + 1;

/** A document was uploaded: extract it and run its checks (OCR can take seconds, so never in the request). */
export const documentCheckRequested = defineJob({
  name: 'document.check',
  payload: z.object({ document_id: z.uuid() }),
  retryLimit: 3,
  concurrency: DOCUMENT_CHECK_CONCURRENCY,
  run: (deps: Deps, { document_id }) => checkDocument(deps, document_id),
});

export async function checkDocument(context: Deps, documentId: string): Promise<void> {
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
            checkedProfileVersion: outcome.profileVersion,
            files: outcome.files,
          }
        : {
            status: 'check_failed',
            verdict,
            report: null,
            reading: null,
            failure: outcome.failure,
            checkedAt: at,
            checkedProfileVersion: null,
            files: [],
          },
    );
    const latest = await findLatestDocumentFor(tx, current.requirementId);
    if (latest?.id === documentId && verdict === 'fail')
      await materialFailedChecks(tx, current.requirementId, failed, at);
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
      /** The profile version the checks ran against. */
      profileVersion: number;
    };

async function examine(context: Deps, document: DocumentRow): Promise<Examination> {
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
    profileVersion: seller.profileVersion,
    // Fingerprints come in file order.
    files: files.map((file, index) => ({
      position: file.position,
      dhash: examined.files[index]?.dhash,
      text: examined.files[index]?.text,
    })),
  };
}

/** Files other sellers submitted that may be this seller's files again: the same bytes, or a close image. */
export function reuseCandidatesFor(context: Deps, sellerId: string) {
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
export async function caseDocuments(context: Deps, caseId: string) {
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
      registeredCountry(seller?.profile as SellerRecord | undefined),
    ),
    ...crossDocumentChecks(
      [...newestChecked.values()].flatMap((d) => {
        const reading = readStoredReading(d.reading);
        return reading ? [reading] : [];
      }),
      seller?.profile as SellerRecord,
    ).flatMap((r) => r.checks),
  ];
  return {
    documents,
    files,
    profileVersion: seller?.profileVersion ?? null,
    submission: { verdict: decideVerdict([{ checks }]), checks },
  };
}
