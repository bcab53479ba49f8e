import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CASE_LIST_SORTS,
  CASE_STATUSES,
  type CaseListSort,
  countSavedCaseFilters,
  findSavedCaseFilters,
  listCaseRows,
  removeSavedCaseFilter,
  SEVERITIES,
  saveCaseFilter,
} from '../../modules/cases/index.js';
import { sellerCardsTable } from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf, STAFF } from '../auth.js';

const MAX_SAVED_FILTERS = 50;

const StatusList = z
  .string()
  .max(400)
  .describe('comma-separated statuses')
  .transform((v, ctx) => {
    const list = v.split(',').filter(Boolean);
    for (const s of list)
      if (!(CASE_STATUSES as readonly string[]).includes(s))
        ctx.addIssue({ code: 'custom', message: `unknown status ${s}` });
    return list;
  });

const SORTS = [...CASE_LIST_SORTS, ...CASE_LIST_SORTS.map((s) => `-${s}` as const)] as const;

/** What a saved filter holds: the list's own filters and sort (never a seller or a search text). */
const CaseListFilterFields = z.strictObject({
  status: StatusList.optional(),
  severity: z.enum(SEVERITIES).optional(),
  trigger: z.string().min(1).max(64).optional(),
  marketplace: z.string().min(1).max(64).optional(),
  country: z.string().min(2).max(3).optional(),
  holder: z.string().min(1).max(64).optional().describe('a user id, or `none`'),
  sort: z.enum(SORTS).default('-opened_at'),
});

const SavedFilterQuery = z.strictObject({
  status: z.array(z.enum(CASE_STATUSES)).max(20).optional(),
  severity: z.enum(SEVERITIES).optional(),
  trigger: z.string().min(1).max(64).optional(),
  marketplace: z.string().min(1).max(64).optional(),
  country: z.string().min(2).max(3).optional(),
  holder: z.string().min(1).max(64).optional(),
  sort: z.enum(SORTS).optional(),
});

const SavedFilterView = z.object({
  id: z.uuid(),
  name: z.string(),
  query: SavedFilterQuery,
  created_at: z.string(),
});

const CaseListRowView = z.object({
  id: z.uuid(),
  seller_id: z.string(),
  seller_name: z.string().nullable(),
  country: z.string().nullable(),
  marketplace: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  severity: z.enum(SEVERITIES),
  triggers: z.array(z.string()),
  opened_at: z.string(),
  due_at: z.string().nullable(),
  holder_id: z.string().nullable(),
  revision: z.number().int(),
});

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

export function registerCaseListRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/case-list',
    {
      config: { access: STAFF },
      schema: {
        tags: ['cases'],
        summary:
          "The back office's case list: the seller's name, country and marketplace beside each case; sorted and counted on the server",
        querystring: CaseListFilterFields.extend({
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ data: z.array(CaseListRowView), total: z.number().int() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const descending = q.sort.startsWith('-');
      const { rows, total } = await listCaseRows(
        context.db,
        sellerCardsTable(context.db),
        {
          ...(q.status?.length ? { statuses: q.status } : {}),
          ...(q.severity ? { severity: q.severity } : {}),
          ...(q.trigger ? { trigger: q.trigger } : {}),
          ...(q.marketplace ? { marketplace: q.marketplace } : {}),
          ...(q.country ? { country: q.country } : {}),
          ...(q.holder ? { holder: q.holder } : {}),
        },
        { by: q.sort.replace(/^-/, '') as CaseListSort, descending },
        { offset: q.offset, limit: q.limit },
      );
      return {
        total,
        data: rows.map((r) => ({
          id: r.id,
          seller_id: r.seller_id,
          seller_name: r.seller_name,
          country: r.country,
          marketplace: r.marketplace,
          status: r.status as (typeof CASE_STATUSES)[number],
          severity: r.severity as (typeof SEVERITIES)[number],
          triggers: r.triggers ? r.triggers.split(',') : [],
          opened_at: iso(r.opened_at) ?? '',
          due_at: iso(r.due_at),
          holder_id: r.assignee_id,
          revision: Number(r.revision),
        })),
      };
    },
  );

  app.get(
    '/v1/case-list/filters',
    {
      config: { access: STAFF },
      schema: {
        tags: ['cases'],
        summary: 'Your saved case-list filters',
        response: { 200: z.object({ data: z.array(SavedFilterView) }) },
      },
    },
    async (request) => {
      const rows = await findSavedCaseFilters(context.db, principalOf(request).id);
      return {
        data: rows.map((r) => ({
          id: r.id,
          name: r.name,
          query: SavedFilterQuery.parse(r.query),
          created_at: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/v1/case-list/filters',
    {
      config: { access: STAFF },
      schema: {
        tags: ['cases'],
        summary: 'Save a case-list filter under a name (yours alone)',
        body: z.strictObject({ name: z.string().trim().min(1).max(100), query: SavedFilterQuery }),
        response: { 201: SavedFilterView },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if ((await countSavedCaseFilters(context.db, principal.id)) >= MAX_SAVED_FILTERS)
        throw new AppError('VALIDATION_FAILED', `at most ${MAX_SAVED_FILTERS} saved filters`, {
          where: 'body',
        });
      const row = {
        id: newId(),
        userId: principal.id,
        name: request.body.name,
        query: request.body.query,
        createdAt: context.clock.now(),
      };
      await saveCaseFilter(context.db, row);
      return reply
        .code(201)
        .send({ id: row.id, name: row.name, query: row.query, created_at: row.createdAt.toISOString() });
    },
  );

  app.delete(
    '/v1/case-list/filters/:filterId',
    {
      config: { access: STAFF },
      schema: {
        tags: ['cases'],
        summary: 'Delete one of your saved filters',
        params: z.object({ filterId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const removed = await removeSavedCaseFilter(
        context.db,
        principalOf(request).id,
        request.params.filterId,
      );
      if (!removed) throw new AppError('NOT_FOUND', 'no such saved filter', { where: 'filterId' });
      return reply.code(204).send(null);
    },
  );
}
