import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readAuditPage } from '../../modules/audit/index.js';
import type { Deps } from '../../workflows/deps.js';
import { STAFF } from '../auth.js';

const Name = z.string().min(1).max(200);

/** A date-time the database holds (1970 to 2200), or a 400 naming the field: never a failed query. */
const Instant = z.iso.datetime({ offset: true }).refine((at) => {
  const t = Date.parse(at);
  return t >= Date.UTC(1970, 0, 1) && t < Date.UTC(2200, 0, 1);
}, 'a date-time from 1970 to 2200');

const AuditEventView = z.object({
  id: z.number().int().describe('write order; the cursor of `before`'),
  position: z
    .number()
    .int()
    .nullable()
    .describe('place in the hash chain; null until the chainer has linked it'),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity_type: z.string(),
  entity_id: z.string(),
  data: z.unknown().describe('personal fields as salted commitments (docs/audit.md)'),
});

export function registerAuditViewerRoute(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/audit/events',
    {
      config: { access: STAFF.filter((r) => r !== 'reviewer') },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first, filtered by actor, action, entity and time; paged',
        querystring: z.strictObject({
          actor: Name.optional(),
          action: Name.optional(),
          entity_type: Name.optional(),
          entity_id: Name.optional(),
          from: Instant.optional(),
          to: Instant.optional(),
          before: z.coerce
            .number()
            .int()
            .min(1)
            .max(Number.MAX_SAFE_INTEGER)
            .optional()
            .describe('the `next_before` of the previous page'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({ data: z.array(AuditEventView), next_before: z.number().int().nullable() }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await readAuditPage(
        context.db,
        {
          ...(q.actor ? { actor: q.actor } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.entity_type ? { entityType: q.entity_type } : {}),
          ...(q.entity_id ? { entityId: q.entity_id } : {}),
          ...(q.from ? { from: new Date(q.from) } : {}),
          ...(q.to ? { to: new Date(q.to) } : {}),
        },
        q.before === undefined ? undefined : String(q.before),
        q.limit,
        { newestFirst: true },
      );
      return {
        data: page.rows.map((row) => ({
          id: Number(row.id),
          position: row.position === null ? null : Number(row.position),
          at: new Date(row.at as string | Date).toISOString(),
          actor: String(row.actor),
          action: String(row.action),
          entity_type: String(row.entity_type),
          entity_id: String(row.entity_id),
          data: row.data,
        })),
        next_before: page.next === undefined ? null : Number(page.next),
      };
    },
  );
}
