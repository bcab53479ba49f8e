import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSeeSeller, type Principal } from '../../modules/access/index.js';
import {
  cleanFeedLine,
  DATA_QUALITY_CODES,
  findDataQualityNotes,
  findProfileVersions,
  findSeller,
  readSellerSales,
  SellerId,
} from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import type { Deps } from '../../workflows/deps.js';
import { upsertSellerWorkflow } from '../../workflows/upsert-seller.workflow.js';
import { principalOf, STAFF } from '../auth.js';

const DataQualityNote = z.object({
  kind: z.string(),
  field: z.string(),
  code: z.enum(DATA_QUALITY_CODES),
  raw: z.string().nullable().describe('the value as sent, JSON-escaped, at most 200 characters'),
  origin: z.string(),
  line: z.number().int().nullable(),
  recorded_at: z.string(),
});

const Seller = z.object({
  seller_id: z.string(),
  status: z.string().nullable(),
  entity_type: z.string(),
  profile_version: z.number().int(),
  updated_at: z.string(),
  profile: z.record(z.string(), z.unknown()),
  /** Staff and integrations only: what the feed sent that could not be used (docs/feed.md). */
  data_quality_notes: z.array(DataQualityNote).optional(),
});

/** Any JSON object: the tolerant feed contract reads it, as it reads a line of sellers.jsonl. */
const SellerBody = z.looseObject({ seller_id: z.unknown() });

const SellerParams = z.object({ sellerId: SellerId });
const IsoDate = z.iso.date();
const SalesQuery = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 731 * 86_400_000, {
    message: 'at most two years at a time',
    path: ['to'],
  });

export function registerSellerRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/v1/sellers/:sellerId',
    {
      config: { access: ['integration', 'admin'] },
      schema: {
        tags: ['sellers'],
        summary: 'Create or update one seller (the feed shape); a changed profile becomes a new version',
        description:
          'Read by the same tolerant contract as `sellers.jsonl` (docs/feed.md): absent and unusable optional values become data-quality notes, returned with the seller.',
        params: SellerParams,
        body: SellerBody,
        response: { 200: Seller.extend({ change: z.enum(['created', 'updated', 'unchanged']) }) },
      },
    },
    async (request) => {
      const clean = cleanFeedLine('sellers', request.body);
      if ('refused' in clean)
        throw new AppError('VALIDATION_FAILED', `${clean.refused.code}: ${clean.refused.message}`, {
          where: 'body',
        });
      if (clean.record.seller_id !== request.params.sellerId)
        throw new AppError('VALIDATION_FAILED', 'seller_id in the body differs from the path', {
          where: 'body.seller_id',
        });
      const change = await upsertSellerWorkflow(context, principalOf(request), clean.record, clean.notes);
      const seller = await findSeller(context.db, request.params.sellerId);
      return { ...present(seller!), data_quality_notes: await notesOf(context, seller!.sellerId), change };
    },
  );

  app.get(
    '/v1/sellers/:sellerId',
    {
      config: { access: ['integration', 'seller', ...STAFF] },
      schema: {
        tags: ['sellers'],
        summary: 'The current profile of a seller',
        params: SellerParams,
        response: { 200: Seller },
      },
    },
    async (request) => {
      const seller = present(await visibleSeller(context, request.principal!, request.params.sellerId));
      if (request.principal!.role === 'seller') return seller;
      return { ...seller, data_quality_notes: await notesOf(context, seller.seller_id) };
    },
  );

  app.get(
    '/v1/sellers/:sellerId/profile-versions',
    {
      config: { access: ['integration', 'seller', ...STAFF] },
      schema: {
        tags: ['sellers'],
        summary: 'Every profile the seller has had, newest first',
        params: SellerParams,
        response: {
          200: z.object({
            data: z.array(
              z.object({
                version: z.number().int(),
                recorded_at: z.string(),
                profile: z.record(z.string(), z.unknown()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      await visibleSeller(context, request.principal!, request.params.sellerId);
      const versions = await findProfileVersions(context.db, request.params.sellerId);
      return {
        data: versions.map((v) => ({
          version: v.version,
          recorded_at: v.recordedAt.toISOString(),
          profile: v.profile as Record<string, unknown>,
        })),
      };
    },
  );

  app.get(
    '/v1/sellers/:sellerId/sales',
    {
      config: { access: STAFF },
      schema: {
        tags: ['sellers'],
        summary:
          'Daily orders and revenue of a seller between two dates (both included); days without a row had no sales reported',
        params: SellerParams,
        querystring: SalesQuery,
        response: {
          200: z.object({
            seller_id: z.string(),
            from: z.string(),
            to: z.string(),
            data: z.array(z.object({ date: z.string(), orders: z.number().int(), revenue: z.number() })),
          }),
        },
      },
    },
    async (request) => {
      await visibleSeller(context, request.principal!, request.params.sellerId);
      const { from, to } = request.query;
      return {
        seller_id: request.params.sellerId,
        from,
        to,
        data: await readSellerSales(context.db, request.params.sellerId, from, to),
      };
    },
  );
}

/** A seller the caller may see; any other answers 404 whether or not it exists. */
export async function visibleSeller(context: Deps, principal: Principal, sellerId: string) {
  const seller = canSeeSeller(principal, sellerId) ? await findSeller(context.db, sellerId) : undefined;
  if (!seller) throw new AppError('NOT_FOUND', `no seller ${sellerId}`, { where: 'sellerId' });
  return seller;
}

function present(seller: NonNullable<Awaited<ReturnType<typeof findSeller>>>) {
  return {
    seller_id: seller.sellerId,
    status: seller.status,
    entity_type: seller.entityType,
    profile_version: seller.profileVersion,
    updated_at: seller.updatedAt.toISOString(),
    profile: seller.profile as Record<string, unknown>,
  };
}

async function notesOf(context: Deps, sellerId: string) {
  return (await findDataQualityNotes(context.db, sellerId)).map((note) => ({
    kind: note.kind,
    field: note.field,
    code: note.code as (typeof DATA_QUALITY_CODES)[number],
    raw: note.raw,
    origin: note.origin,
    line: note.line,
    recorded_at: note.recordedAt.toISOString(),
  }));
}
