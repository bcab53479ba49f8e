import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { findRequirements } from '../../modules/cases/index.js';
import {
  CHECK_GROUPS,
  createOcrPool,
  type PreflightDocument,
  preflight,
} from '../../modules/documents/index.js';
import {
  DOCUMENT_TYPES,
  type DocumentType,
  findSeller,
  type SellerRecord,
} from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import { principalOf, STAFF } from '../auth.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 20;

const PreflightReportView = z.object({
  verdict: z.enum(['pass', 'fail']),
  documents: z.array(
    z.object({
      type: z.enum(DOCUMENT_TYPES),
      files: z.array(z.string()).readonly(),
      checks: z
        .array(
          z.object({
            group: z.enum(CHECK_GROUPS),
            code: z.string(),
            status: z.enum(['pass', 'warn', 'fail']),
            message: z.object({ en: z.string(), zh: z.string() }),
            evidence: z.record(z.string(), z.unknown()),
          }),
        )
        .readonly(),
    }),
  ),
});

export function registerDocumentRoutes(root: FastifyInstance, context: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // One OCR pool per process, created on first use and reused (creating a worker costs ~0.5 s).
  const ocr = createOcrPool();
  app.addHook('onClose', async () => ocr.close());

  app.post(
    '/v1/cases/:caseId/preflight',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags: ['documents'],
        summary:
          'Check documents against the case before submitting them: the same report as `secondlook preflight`',
        description:
          'multipart/form-data: one file part per page or side, named by its document type (`business_license`, `government_id`, `utility_bill`, …). ' +
          'Nothing is stored. The rules come from the case requirement each document type answers.',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: PreflightReportView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const found = await visibleCase(context, principal, request.params.caseId);
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the documents as multipart/form-data', {
          where: 'Content-Type',
        });
      const files = new Map<DocumentType, PreflightDocument['files']>();
      for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES } })) {
        if (part.type !== 'file') continue;
        if (!(DOCUMENT_TYPES as readonly string[]).includes(part.fieldname))
          throw new AppError(
            'VALIDATION_FAILED',
            `name each file by its document type, one of ${DOCUMENT_TYPES.join(', ')}`,
            {
              where: `form.${part.fieldname}`,
            },
          );
        const bytes = await part.toBuffer();
        const type = part.fieldname as DocumentType;
        files.set(type, [
          ...(files.get(type) ?? []),
          { name: part.filename || type, bytes: new Uint8Array(bytes) },
        ]);
      }
      if (files.size === 0)
        throw new AppError('EMPTY_BODY', 'attach at least one document file', { where: 'body' });
      const seller = await findSeller(context.db, found.sellerId);
      const requirements = await findRequirements(context.db, found.id);
      const rulesFor = (type: DocumentType) =>
        requirements.find((r) => r.material === type || (r.acceptedVariants as string[]).includes(type))
          ?.rules as PreflightDocument['rules'] | undefined;
      const documents = [...files].map(([type, list]) => {
        const rules = rulesFor(type);
        return { type, files: list, ...(rules ? { rules } : {}) };
      });
      return preflight(
        {
          seller: seller!.profile as SellerRecord,
          documents,
          asOf: context.clock.now().toISOString().slice(0, 10),
        },
        { ocr },
      );
    },
  );
}
