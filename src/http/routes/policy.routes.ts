import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { activePolicy, listPolicyVersions, Policy } from '../../modules/cases/index.js';
import { changePolicy } from '../../workflows/change-policy.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf, STAFF } from '../auth.js';

/** The policy: read the active one, make a new version active, list the versions. */
export function registerPolicyRoutes(app: ReturnType<FastifyInstance['withTypeProvider']>, context: Deps) {
  app.get(
    '/v1/policy',
    {
      config: { access: ['integration', ...STAFF] },
      schema: {
        tags: ['policy'],
        summary: 'The active policy: thresholds, requirements, deadlines, restrictions',
        response: { 200: Policy },
      },
    },
    async () => activePolicy(context.db),
  );

  app.put(
    '/v1/policy',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['policy'],
        summary: 'Make a new policy version active; open cases keep the version that opened them',
        body: z.record(z.string(), z.unknown()),
        response: { 200: Policy },
      },
    },
    async (request) => changePolicy(context, principalOf(request), request.body),
  );

  app.get(
    '/v1/policy/versions',
    {
      config: { access: ['integration', ...STAFF] },
      schema: {
        tags: ['policy'],
        summary: 'Every policy version, newest first',
        response: {
          200: z.object({
            data: z.array(
              z.object({
                version: z.string(),
                active: z.boolean(),
                created_at: z.string(),
                created_by: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      data: (await listPolicyVersions(context.db)).map((v) => ({
        version: v.version,
        active: v.isActive,
        created_at: v.createdAt.toISOString(),
        created_by: v.createdBy,
      })),
    }),
  );
}
