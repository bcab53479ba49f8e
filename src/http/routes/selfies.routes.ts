import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CheckItem,
  cropFace,
  type FaceBox,
  findDocumentFiles,
  findSelfie,
  findSelfies,
  SELFIE_RULES,
  type SelfieRow,
} from '../../modules/documents/index.js';
import { AppError } from '../../platform/errors.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { takeSelfie } from '../../workflows/selfie.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { caseVisibleFirst } from '../case-visible-first.js';
import { readMultipart } from '../multipart.js';
import { ProblemView } from '../problem.js';
import { createUploadSlots } from '../upload-slots.js';
import { CheckItemView } from './documents.views.js';

const SelfieView = z.object({
  id: z.string(),
  material: z.string(),
  outcome: z.enum(['pass', 'warn', 'fail']),
  checks: z.array(CheckItemView),
  similarity: z
    .number()
    .nullable()
    .describe('Face-match similarity with the ID portrait, 0–1: evidence, never acceptance'),
  match_threshold: z.number(),
  id_document_id: z.string().nullable(),
  faces: z.object({ selfie: z.boolean(), id: z.boolean() }).describe('Which face crops can be read'),
  model: z.string(),
  uploaded_at: z.string(),
});

interface StoredFaces {
  selfie?: { faces?: { box: FaceBox }[] };
  id?: { portrait?: { box: FaceBox } | null };
}

const present = (row: SelfieRow): z.infer<typeof SelfieView> => {
  const faces = row.faces as StoredFaces;
  return {
    id: row.id,
    material: row.material,
    outcome: row.outcome as 'pass' | 'warn' | 'fail',
    checks: row.checks as CheckItem[],
    similarity: row.similarity,
    match_threshold: SELFIE_RULES.match,
    id_document_id: row.idDocumentId,
    faces: { selfie: Boolean(faces.selfie?.faces?.length), id: Boolean(faces.id?.portrait) },
    model: row.model,
    uploaded_at: row.uploadedAt.toISOString(),
  };
};

export function registerSelfieRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const slots = createUploadSlots(context.config.uploads);

  app.post(
    '/v1/cases/:caseId/requirements/:material/selfie',
    {
      config: { access: ['seller', ...STAFF] },
      preValidation: caseVisibleFirst(context),
      schema: {
        tags: ['documents'],
        summary: 'Take a selfie holding the government ID, for a live requirement that accepts `selfie`',
        description:
          'multipart/form-data with one `file` part: a JPEG or PNG of at most 10 MB and 64 megapixels. The face model ' +
          'reads it at once: exactly one live face (a smaller second face is the portrait on the ID held in hand), large, ' +
          'sharp, eyes open; a replay (photo of a screen or print) warns; the live face is compared with the portrait of the ' +
          'government ID the seller uploaded. Stored encrypted, every try kept; a failing selfie leaves the requirement ' +
          '`errored` with its codes, a passing one `pending_verification`: the reviewer decides. 0 bytes: 422 FILE_EMPTY; ' +
          'HEIC or another format: 415 FILE_TYPE_UNSUPPORTED; undecodable: 422 IMAGE_UNREADABLE; too many pixels: 413 ' +
          'IMAGE_TOO_LARGE; nothing is stored for any of them.',
        params: z.object({ caseId: z.uuid(), material: z.string().regex(/^[a-z][a-z0-9_]*$/) }),
        response: { 201: SelfieView, 429: ProblemView },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const release = slots.take(principal.actor);
      try {
        const body = await readMultipart(request);
        const [file, extra] = body.files;
        if (file?.field !== 'file' || extra)
          throw new AppError('EMPTY_BODY', 'attach the selfie as one `file` part', { where: 'form.file' });
        const row = await takeSelfie(context, principal, {
          caseId: request.params.caseId,
          material: request.params.material,
          file: { name: file.name, bytes: file.bytes },
        });
        return reply.status(201).send(present(row));
      } finally {
        release();
      }
    },
  );

  app.get(
    '/v1/cases/:caseId/selfies',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags: ['documents'],
        summary: "The case's selfies, newest first, with their checks and face-match score",
        params: z.object({ caseId: z.uuid() }),
        response: { 200: z.object({ data: z.array(SelfieView) }) },
      },
    },
    async (request) => {
      await visibleCase(context, principalOf(request), request.params.caseId);
      return { data: (await findSelfies(context.db, request.params.caseId)).map(present) };
    },
  );

  app.get(
    '/v1/selfies/:selfieId/faces/:which',
    {
      config: { access: STAFF },
      schema: {
        tags: ['documents'],
        summary: "A face crop for the reviewer: the selfie's live face or the ID's portrait (JPEG)",
        params: z.object({ selfieId: z.uuid(), which: z.enum(['selfie', 'id']) }),
      },
    },
    async (request, reply) => {
      const row = await findSelfie(context.db, request.params.selfieId);
      if (!row)
        throw new AppError('NOT_FOUND', `no selfie ${request.params.selfieId}`, { where: 'selfieId' });
      await visibleCase(context, principalOf(request), row.caseId);
      const faces = row.faces as StoredFaces;
      const { sha256, box } =
        request.params.which === 'selfie'
          ? { sha256: row.sha256, box: faces.selfie?.faces?.[0]?.box }
          : { sha256: await idFileOf(row), box: faces.id?.portrait?.box ?? undefined };
      const bytes = sha256 && box ? await context.documents.get(sha256) : undefined;
      if (!bytes || !box)
        throw new AppError('NOT_FOUND', `selfie ${row.id} has no ${request.params.which} face to show`, {
          where: 'which',
        });
      return reply
        .type('image/jpeg')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(await cropFace(bytes, box));
    },
  );

  async function idFileOf(row: SelfieRow): Promise<string | undefined> {
    if (!row.idDocumentId) return undefined;
    return (await findDocumentFiles(context.db, [row.idDocumentId])).find((f) => f.position === 0)?.sha256;
  }
}
