import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_STATUSES, SEVERITIES } from '../../modules/cases/index.js';
import type { Deps } from '../../workflows/deps.js';
import { SEARCH_QUERY_LIMITS, searchSellersAndCases } from '../../workflows/search.workflow.js';
import { STAFF } from '../auth.js';

const SearchHitView = z.object({
  seller_id: z.string(),
  name: z.string().nullable().describe('legal name, else the legal representative, else the store'),
  country: z.string().nullable(),
  marketplace: z.string().nullable(),
  cases: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(CASE_STATUSES),
      severity: z.enum(SEVERITIES),
      opened_at: z.string(),
    }),
  ),
});

export function registerSearchRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/search',
    {
      config: { access: STAFF },
      schema: {
        tags: ['search'],
        summary:
          'Find sellers and their cases by name, e-mail, phone, registration, bank or ID number, seller or case id',
        description:
          'A name matches in any script and order (`王晓明`, `Wang Xiaoming`, `xiaoming wang`, `wangxiaoming`), ' +
          'the last word as a beginning; identifiers match whatever their spacing, dashes or case, normalised as ' +
          `the association index does (docs/search.md). \`q\` holds ${SEARCH_QUERY_LIMITS.min} to ${SEARCH_QUERY_LIMITS.max} ` +
          'characters: shorter answers `QUERY_TOO_SHORT`, longer `QUERY_TOO_LONG`.',
        querystring: z.strictObject({
          q: z.string().max(20_000),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: { 200: z.object({ data: z.array(SearchHitView) }) },
      },
    },
    async (request) => {
      const hits = await searchSellersAndCases(context, request.query.q, request.query.limit);
      return {
        data: hits.map((h) => ({
          seller_id: h.sellerId,
          name: h.name,
          country: h.country,
          marketplace: h.marketplace,
          cases: h.cases.map((c) => ({
            id: c.id,
            status: c.status as (typeof CASE_STATUSES)[number],
            severity: c.severity as (typeof SEVERITIES)[number],
            opened_at: c.openedAt.toISOString(),
          })),
        })),
      };
    },
  );
}
