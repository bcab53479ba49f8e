import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../modules/access/index.js';
import { activePolicy, findPolicyVersion, findRequirements } from '../../modules/cases/index.js';
import { ID_KINDS, namedDocument, type PreflightDocument, preflight } from '../../modules/documents/index.js';
import {
  DOCUMENT_TYPES,
  type DocumentType,
  findSeller,
  type SellerRecord,
} from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import {
  caseDocuments,
  findDocumentWithFiles,
  reuseCandidatesFor,
} from '../../workflows/documents.workflow.js';
import { openUpload } from '../../workflows/upload-document.workflow.js';
import { withdrawDocument } from '../../workflows/withdraw-document.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { readMultipart, receiveUpload } from '../multipart.js';
import { ProblemView } from '../problem.js';
import { createUploadSlots } from '../upload-slots.js';
import { CheckItemView, DocumentView, PreflightReportView, presentDocument } from './documents.views.js';

const READERS = ['integration', 'seller', ...STAFF] as const;
const UPLOADERS = ['seller', ...STAFF] as const;

export function registerDocumentRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const slots = createUploadSlots(context.config.uploads);

  app.post(
    '/v1/cases/:caseId/requirements/:material/documents',
    {
      config: { access: UPLOADERS },
      schema: {
        tags: ['documents'],
        summary: 'Upload one document against a requirement; its checks run in the background',
        description:
          'multipart/form-data: an optional text field `type` naming the accepted variant (`utility_bill`, `passport`, …; ' +
          'needed when the requirement accepts several), then one `file` part per page or side, in order. ' +
          'PDF, JPEG, PNG or TIFF by their bytes, at most 10 MB each. Answers 202 with the document, status `checking`; ' +
          'read it again (or watch the case timeline for `document.checked`) for the report. ' +
          'Files stream to the encrypted store as they arrive. A caller has at most ' +
          `${context.config.uploads.perUser} uploads or preflights running at once (the server ${context.config.uploads.total}); ` +
          'beyond that the answer is 429 `TOO_MANY_UPLOADS` with `retry_after` (seconds, also as `Retry-After`).',
        params: z.object({ caseId: z.uuid(), material: z.string().regex(/^[a-z][a-z0-9_]*$/) }),
        response: { 202: DocumentView, 429: ProblemView },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const release = slots.take(principal.actor);
      try {
        const target = await openUpload(context, principal, request.params.caseId, request.params.material);
        const document = await receiveUpload(context, request, principal, target);
        const { files, profileVersion } = await findDocumentWithFiles(context, principal, document.id);
        return reply.status(202).send(presentDocument(document, files, profileVersion));
      } finally {
        release();
      }
    },
  );

  app.get(
    '/v1/documents/:documentId',
    {
      config: { access: READERS },
      schema: {
        tags: ['documents'],
        summary: "One document: its files and, once checked, every check's result",
        params: z.object({ documentId: z.uuid() }),
        response: { 200: DocumentView },
      },
    },
    async (request) => {
      const { document, files, profileVersion } = await findDocumentWithFiles(
        context,
        principalOf(request),
        request.params.documentId,
      );
      return presentDocument(document, files, profileVersion);
    },
  );

  app.post(
    '/v1/documents/:documentId/withdraw',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['documents'],
        summary: 'The seller takes back a document not yet handed in, with a reason',
        description:
          'While the case awaits documents (or an appeal), a document uploaded since the last submission can be ' +
          'withdrawn: it stays on record as `withdrawn` but no longer counts, the timeline shows `document.withdrawn` ' +
          'with the reason, and the requirement follows the newest document left (or is due again). ' +
          'Once the case was submitted or appealed with it: 409 `DOCUMENT_ALREADY_SUBMITTED`; withdrawn already: 409 `CONFLICT`.',
        params: z.object({ documentId: z.uuid() }),
        body: z.strictObject({ reason: z.string().trim().min(1).max(1000) }),
        response: { 200: DocumentView, 409: ProblemView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const document = await withdrawDocument(
        context,
        principal,
        request.params.documentId,
        request.body.reason,
      );
      const { files, profileVersion } = await findDocumentWithFiles(context, principal, document.id);
      return presentDocument(document, files, profileVersion);
    },
  );

  app.get(
    '/v1/documents/:documentId/files/:position',
    {
      config: { access: READERS },
      schema: {
        tags: ['documents'],
        summary: 'The bytes of one page or side, as uploaded',
        params: z.object({ documentId: z.uuid(), position: z.coerce.number().int().min(0) }),
      },
    },
    async (request, reply) => {
      const { document, files } = await findDocumentWithFiles(
        context,
        principalOf(request),
        request.params.documentId,
      );
      const file = files.find((f) => f.position === request.params.position);
      if (!file)
        throw new AppError('NOT_FOUND', `document ${document.id} has no file ${request.params.position}`, {
          where: 'position',
        });
      const bytes = await context.documents.get(file.sha256);
      if (!bytes) throw new Error(`stored file ${file.sha256} of document ${document.id} is missing`);
      return reply
        .type(file.mime)
        .header('Content-Disposition', `inline; filename="${file.name.replace(/[^\w.-]/g, '_')}"`)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/v1/cases/:caseId/documents',
    {
      config: { access: READERS },
      schema: {
        tags: ['documents'],
        summary: "A case's documents with their checks, and the checks across them",
        description:
          '`submission` holds what no single document can tell: whether every requirement has a document, ' +
          'whether the name on the ID is the representative on the licence, whether the bill shows the registered address.',
        params: z.object({ caseId: z.uuid() }),
        response: {
          200: z.object({
            data: z.array(DocumentView),
            submission: z.object({ verdict: z.enum(['pass', 'fail']), checks: z.array(CheckItemView) }),
          }),
        },
      },
    },
    async (request) => {
      const found = await visibleCase(context, principalOf(request), request.params.caseId);
      const { documents, files, profileVersion, submission } = await caseDocuments(context, found.id);
      return {
        data: documents.map((document) =>
          presentDocument(
            document,
            files.filter((f) => f.documentId === document.id),
            profileVersion,
          ),
        ),
        submission,
      };
    },
  );

  app.post(
    '/v1/cases/:caseId/preflight',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags: ['documents'],
        summary:
          'Check documents against the case before submitting them: the same report as `secondlook preflight`',
        description:
          'multipart/form-data: one file part per page or side, named by its document type (`business_license`, `government_id`, `utility_bill`, …) or, for an ID, by its kind (`passport`, `national_id`, `driving_licence`: the sides and the zone checked depend on it). ' +
          'Nothing is stored. The rules come from the case requirement each document type answers; ' +
          '`submission` says which requirements these documents leave without one.',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: PreflightReportView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const release = slots.take(principal.actor);
      try {
        return await preflightCase(principal, request, request.params.caseId);
      } finally {
        release();
      }
    },
  );

  async function preflightCase(principal: Principal, request: FastifyRequest, caseId: string) {
    const found = await visibleCase(context, principal, caseId);
    const body = await readMultipart(request);
    // By the name each part was given: a document type, or the kind of ID (`national_id`).
    const files = new Map<string, PreflightDocument['files']>();
    for (const part of body.files) {
      if (!namedDocument(part.field))
        throw new AppError(
          'VALIDATION_FAILED',
          `name each file by its document type, one of ${DOCUMENT_TYPES.join(', ')}, or the kind of ID, one of ${ID_KINDS.join(', ')}`,
          { where: `form.${part.field}` },
        );
      files.set(part.field, [...(files.get(part.field) ?? []), { name: part.name, bytes: part.bytes }]);
    }
    if (files.size === 0)
      throw new AppError('EMPTY_BODY', 'attach at least one document file', { where: 'body' });
    const seller = await findSeller(context.db, found.sellerId);
    const requirements = await findRequirements(context.db, found.id);
    const policy =
      (await findPolicyVersion(context.db, found.policyVersion)) ?? (await activePolicy(context.db));
    const requirementFor = (type: DocumentType) =>
      requirements.find((r) => r.material === type || (r.acceptedVariants as string[]).includes(type));
    const documents = [...files].map(([named, list]) => {
      const document = namedDocument(named)!;
      const rules = requirementFor(document.type)?.rules as PreflightDocument['rules'] | undefined;
      return { ...document, files: list, ...(rules ? { rules } : {}) };
    });
    return preflight(
      {
        seller: seller!.profile as SellerRecord,
        documents,
        asOf: context.clock.now().toISOString().slice(0, 10),
        requirements: requirements.map((r) => ({
          material: r.material,
          kind: policy.materials[r.material]?.kind ?? 'document',
          accepted_variants: r.acceptedVariants as string[],
        })),
      },
      { ocr: context.ocr, findReuse: reuseCandidatesFor(context, found.sellerId) },
    );
  }
}
