import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../workflows/deps.js';

export function registerHealthRoutes(root: FastifyInstance, context: Deps, isReady: () => boolean) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Ready to serve: the database answers and start-up (migrations, demo data) is done',
        security: [],
        response: {
          200: z.object({ status: z.literal('ok'), storage: z.enum(['pglite', 'postgres']) }),
          503: z.object({ status: z.literal('starting') }),
        },
      },
    },
    async (_request, reply) => {
      if (!isReady()) return reply.status(503).send({ status: 'starting' as const });
      await context.db.execute(sql`select 1`);
      return { status: 'ok' as const, storage: context.database.storage };
    },
  );
}
