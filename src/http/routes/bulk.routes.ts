import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { actOnCases, BULK_ACTIONS, BULK_MAX_ITEMS } from '../../workflows/bulk-cases.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf } from '../auth.js';
import { Revision } from '../revision.js';

const BulkResult = z.object({
  case_id: z.uuid(),
  result: z.string().describe('`ok`, or the error code the single action would have answered'),
  message: z.string().optional(),
  revision: z.number().int().optional().describe('the case revision after the action'),
});

export function registerBulkRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/v1/cases/bulk',
    {
      config: { access: ['reviewer', 'supervisor'] },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['review'],
        summary: 'Assign (supervisors), claim, release or note many cases; a result for each',
        description:
          `Up to ${BULK_MAX_ITEMS.toLocaleString('en')} cases. Each case is acted on in its own transaction, as the ` +
          'single action would: a case whose revision differs from the one sent is reported `CONFLICT` and left ' +
          'unchanged, others go on. The answer lists every case in the order sent (docs/desk.md).',
        body: z.strictObject({
          action: z.enum(BULK_ACTIONS),
          items: z
            .array(z.strictObject({ case_id: z.uuid(), revision: Revision.optional() }))
            .min(1)
            .max(BULK_MAX_ITEMS),
          assignee_id: z.uuid().optional().describe('assign: the reviewer or supervisor'),
          note: z.string().min(1).max(4000).optional().describe('note: the internal note added to each case'),
        }),
        response: {
          200: z.object({
            data: z.array(BulkResult),
            counts: z.object({ ok: z.number().int(), failed: z.number().int() }),
          }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const body = request.body;
      if (body.action === 'assign' && principal.role !== 'supervisor')
        throw new AppError('FORBIDDEN', 'only supervisors assign cases', { where: 'body.action' });
      const results = await actOnCases(context, principal, {
        action: body.action,
        items: body.items.map((i) => ({
          caseId: i.case_id,
          ...(i.revision ? { revision: i.revision } : {}),
        })),
        ...(body.assignee_id ? { assigneeId: body.assignee_id } : {}),
        ...(body.note ? { note: body.note } : {}),
      });
      const ok = results.filter((r) => r.result === 'ok').length;
      return {
        data: results.map((r) => ({
          case_id: r.caseId,
          result: r.result,
          ...(r.message ? { message: r.message } : {}),
          ...(r.revision !== undefined ? { revision: r.revision } : {}),
        })),
        counts: { ok, failed: results.length - ok },
      };
    },
  );
}
