import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LegalHold } from '../../modules/privacy/index.js';
import { SellerId } from '../../modules/sellers/index.js';
import type { Deps } from '../../workflows/deps.js';
import { eraseSeller } from '../../workflows/erasure.workflow.js';
import { activeLegalHolds, liftLegalHold, placeLegalHold } from '../../workflows/legal-holds.workflow.js';
import { exportSellerArchive } from '../../workflows/seller-archive.workflow.js';
import { principalOf, STAFF } from '../auth.js';

const ErasureReport = z.object({
  seller_id: z.string(),
  already_erased: z.boolean().describe('true when the seller was erased before: that erasure’s report'),
  requested_at: z.string(),
  completed_at: z.string(),
  rows: z.array(z.object({ table: z.string(), rows: z.number().int() })).describe('rows redacted per table'),
  audit_values: z.number().int().describe('audit values and salts erased (their commitments stay)'),
  files_removed: z.number().int(),
  compaction: z.array(z.string()).describe('the database steps that rewrote the touched tables'),
});

const Hold = z.object({
  id: z.string(),
  seller_id: z.string(),
  reason: z.string(),
  placed_by: z.string(),
  placed_at: z.string(),
  lifted_by: z.string().nullable(),
  lifted_at: z.string().nullable(),
  lift_reason: z.string().nullable(),
});
const holdView = (h: LegalHold): z.infer<typeof Hold> => ({
  id: h.id,
  seller_id: h.sellerId,
  reason: h.reason,
  placed_by: h.placedBy,
  placed_at: h.placedAt.toISOString(),
  lifted_by: h.liftedBy,
  lifted_at: h.liftedAt?.toISOString() ?? null,
  lift_reason: h.liftReason,
});
const Reason = z.strictObject({ reason: z.string().trim().min(3).max(500) });
const SellerParams = z.object({ sellerId: SellerId });

export function registerPrivacyRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/v1/sellers/:sellerId/erasure',
    {
      config: { access: ['integration', 'admin'] },
      schema: {
        tags: ['privacy'],
        summary: "Erase a seller's personal data now, and report what was erased",
        description:
          'Idempotent: a second request answers the first report with `already_erased`. Refused with `LEGAL_HOLD` ' +
          '(naming the holds) or `ERASURE_BLOCKED_OPEN_CASE`; an unknown seller is 404. docs/personal-data.md.',
        params: SellerParams,
        body: z
          .strictObject({
            reason: z
              .string()
              .trim()
              .max(500)
              .optional()
              .describe('the marketplace’s reference for the request'),
          })
          .optional(),
        response: { 200: ErasureReport },
      },
    },
    async (request) =>
      eraseSeller(context, principalOf(request), request.params.sellerId, request.body?.reason),
  );

  app.get(
    '/v1/sellers/:sellerId/archive',
    {
      config: { access: ['seller', 'admin', 'integration'] },
      schema: {
        tags: ['privacy'],
        summary: "The seller's own copy of everything held about them, as one zip archive",
        description:
          'Profile and its versions, each case with its documents as uploaded, readings, check results, statements, ' +
          'messages, decisions, appeals, appointments and timeline as JSON, a README in the seller’s language and a ' +
          'manifest. A seller may ask for their own only (any other seller is 404). docs/personal-data.md.',
        params: SellerParams,
        produces: ['application/zip'],
      },
    },
    async (request, reply) => {
      const archive = await exportSellerArchive(context, principalOf(request), request.params.sellerId);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${archive.filename}"`)
        .header('cache-control', 'no-store')
        .send(archive.stream);
    },
  );

  app.get(
    '/v1/sellers/:sellerId/legal-holds',
    {
      config: { access: [...STAFF, 'integration'] },
      schema: {
        tags: ['privacy'],
        summary: 'The legal holds in force on a seller',
        params: SellerParams,
        response: { 200: z.object({ data: z.array(Hold) }) },
      },
    },
    async (request) => ({ data: (await activeLegalHolds(context, request.params.sellerId)).map(holdView) }),
  );

  app.post(
    '/v1/sellers/:sellerId/legal-holds',
    {
      config: { access: ['supervisor', 'admin'] },
      schema: {
        tags: ['privacy'],
        summary: "Place a legal hold: the seller's data is kept past erasure requests and retention",
        params: SellerParams,
        body: Reason,
        response: { 201: Hold },
      },
    },
    async (request, reply) => {
      const hold = await placeLegalHold(
        context,
        principalOf(request),
        request.params.sellerId,
        request.body.reason,
      );
      return reply.code(201).send(holdView(hold));
    },
  );

  app.post(
    '/v1/sellers/:sellerId/legal-holds/:holdId/lift',
    {
      config: { access: ['supervisor', 'admin'] },
      schema: {
        tags: ['privacy'],
        summary: 'Lift a legal hold, saying why',
        params: SellerParams.extend({ holdId: z.uuid() }),
        body: Reason,
        response: { 200: Hold },
      },
    },
    async (request) =>
      holdView(
        await liftLegalHold(
          context,
          principalOf(request),
          request.params.sellerId,
          request.params.holdId,
          request.body.reason,
        ),
      ),
  );
}
