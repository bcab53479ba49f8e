import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_STATUSES, type CaseStatus } from '../../modules/cases/index.js';
import { SellerId } from '../../modules/sellers/index.js';
import type { Deps } from '../../workflows/deps.js';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportFilter,
  exportChunks,
  recordExport,
} from '../../workflows/exports.workflow.js';
import { principalOf, STAFF } from '../auth.js';

const Statuses = z
  .string()
  .max(400)
  .describe('comma-separated case statuses (cases, requirements)')
  .transform((v, ctx) => {
    const list = v.split(',').filter(Boolean);
    for (const s of list)
      if (!(CASE_STATUSES as readonly string[]).includes(s))
        ctx.addIssue({ code: 'custom', message: `unknown status ${s}` });
    return list as CaseStatus[];
  });

/** At most this many case ids in one export's `case_ids` (a page of the case list; the URL stays under 8 KB). */
const EXPORT_MAX_CASE_IDS = 200;

const CaseIds = z
  .string()
  .max(EXPORT_MAX_CASE_IDS * 37)
  .describe(`comma-separated case ids, at most ${EXPORT_MAX_CASE_IDS} (cases, requirements, decisions)`)
  .transform((v, ctx) => {
    const list = [...new Set(v.split(',').filter(Boolean))];
    if (list.length > EXPORT_MAX_CASE_IDS)
      ctx.addIssue({ code: 'custom', message: `at most ${EXPORT_MAX_CASE_IDS} case ids` });
    for (const id of list)
      if (!z.uuid().safeParse(id).success)
        ctx.addIssue({ code: 'custom', message: 'a case id is not a UUID' });
    return list;
  });

const Name = z.string().min(1).max(200);

/** A date-time the database holds (1970 to 2200), or a 400 naming the field: never a failed query. */
const Instant = z.iso.datetime({ offset: true }).refine((at) => {
  const t = Date.parse(at);
  return t >= Date.UTC(1970, 0, 1) && t < Date.UTC(2200, 0, 1);
}, 'a date-time from 1970 to 2200');

const ExportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  status: Statuses.optional(),
  seller_id: SellerId.optional(),
  case_id: z.uuid().optional(),
  case_ids: CaseIds.optional(),
  from: Instant.optional().describe('opened (cases), proposed (decisions), at (audit) from'),
  to: Instant.optional().describe('… before'),
  actor: Name.optional().describe('audit: who acted (`user:<id>`, `system`, …)'),
  action: Name.optional().describe('audit: the action (`case.transitioned`, …)'),
  entity_type: Name.optional().describe('audit: `case`, `seller`, `document`, …'),
  entity_id: Name.optional().describe('audit: the entity id'),
});

function filterOfQuery(q: z.infer<typeof ExportQuery>): ExportFilter {
  return {
    ...(q.status?.length ? { statuses: q.status } : {}),
    ...(q.seller_id ? { sellerId: q.seller_id } : {}),
    ...(q.case_id ? { caseId: q.case_id } : {}),
    ...(q.case_ids?.length ? { caseIds: q.case_ids } : {}),
    ...(q.from ? { openedFrom: new Date(q.from), from: new Date(q.from) } : {}),
    ...(q.to ? { openedTo: new Date(q.to), to: new Date(q.to) } : {}),
    ...(q.actor ? { actor: q.actor } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.entity_type ? { entityType: q.entity_type } : {}),
    ...(q.entity_id ? { entityId: q.entity_id } : {}),
  };
}

export function registerExportRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/exports/:kind',
    {
      config: { access: STAFF },
      schema: {
        tags: ['exports'],
        summary: 'Cases, decisions, requirements or the audit trail as CSV or JSON lines, streamed',
        description:
          'Read page by page from the store while it is sent (memory holds one page of 1,000 rows); a client ' +
          'that disconnects stops the reading. The export is recorded in the audit trail (`export.started`). ' +
          "CSV cells that a spreadsheet would run as a formula are prefixed with `'` (docs/exports.md).",
        params: z.object({ kind: z.enum(EXPORT_KINDS) }),
        querystring: ExportQuery,
        produces: ['text/csv', 'application/x-ndjson'],
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const { format } = request.query;
      const filter = filterOfQuery(request.query);
      await recordExport(context, principalOf(request), kind, format, filter);
      const abort = new AbortController();
      // The response closing before it finished is the client going away: stop reading pages.
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) abort.abort();
      });
      const stamp = context.clock.now().toISOString().slice(0, 10);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${kind}-${stamp}.${format}"`)
        .send(Readable.from(exportChunks(context, kind, format, filter, abort.signal)));
    },
  );
}
