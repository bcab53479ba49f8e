import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { canSeeSeller, type Principal } from '../../modules/access/index.js';
import {
  findProfileVersions,
  findSeller,
  readSellerSales,
  SellerId,
  SellerRecord,
} from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { upsertSellerWorkflow } from '../../workflows/upsert-seller.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { refuseDatesOutOfRange } from '../sane-dates.js';

const Seller = z.object({
  seller_id: z.string(),
  status: z.string(),
  entity_type: z.string(),
  profile_version: z.number().int(),
  updated_at: z.string(),
  profile: z.record(z.string(), z.unknown()),
});

const SellerParams = z.object({ sellerId: SellerId });
const IsoDate = z.iso.date();
const SalesQuery = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 731 * 86_400_000, {
    message: 'at most two years at a time',
    path: ['to'],
  });

export function registerSellerRoutes(root: FastifyInstance, context: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/v1/sellers/:sellerId',
    {
      config: { access: ['integration', 'admin'] },
      schema: {
        tags: ['sellers'],
        summary: 'Create or update one seller (the feed shape); a changed profile becomes a new version',
        params: SellerParams,
        body: SellerRecord,
        response: { 200: Seller.extend({ change: z.enum(['created', 'updated', 'unchanged']) }) },
      },
    },
    async (request) => {
      if (request.body.seller_id !== request.params.sellerId)
        throw new AppError('VALIDATION_FAILED', 'seller_id in the body differs from the path', {
          where: 'body.seller_id',
        });
      refuseDatesOutOfRange(request.body, 'body');
      const change = await upsertSellerWorkflow(context, principalOf(request), request.body);
      const seller = await findSeller(context.db, request.params.sellerId);
      return { ...present(seller!), change };
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
    async (request) => present(await visibleSeller(context, request.principal!, request.params.sellerId)),
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
export async function visibleSeller(context: AppContext, principal: Principal, sellerId: string) {
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
