import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findStatements, RelationshipStatement, type StatementRow } from '../../modules/statements/index.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { handInStatement } from '../../workflows/statements.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { caseVisibleFirst } from '../case-visible-first.js';
import { StatementCheckView } from './statement-check.view.js';

const StatementView = z.object({
  id: z.string(),
  material: z.string(),
  version: z.number().int(),
  body: RelationshipStatement,
  outcome: z.enum(['pass', 'warn', 'fail']),
  checks: z.array(StatementCheckView),
  created_at: z.string(),
});

const present = (row: StatementRow): z.infer<typeof StatementView> => ({
  id: row.id,
  material: row.material,
  version: row.version,
  body: row.body as RelationshipStatement,
  outcome: row.outcome as 'pass' | 'warn' | 'fail',
  checks: row.checks as z.infer<typeof StatementCheckView>[],
  created_at: row.createdAt.toISOString(),
});

export function registerStatementRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/v1/cases/:caseId/requirements/:material/statement',
    {
      config: { access: ['seller', ...STAFF], idempotent: true },
      // Another seller's case answers 404 before its body is read, as one that does not exist.
      preValidation: caseVisibleFirst(context),
      schema: {
        tags: ['documents'],
        summary: 'Hand in the written statement a requirement asks for (or only check it: `preflight`)',
        description:
          'The relationship statement answers each linked account: which (seller id or store name), how it is related, ' +
          'who controls it, what the accounts share and why. Checked at once (every linked account answered; each ' +
          'explanation with substance; written in a language the policy accepts, told from the text). Stored as a new version, never overwriting; a failing statement leaves the ' +
          'requirement `errored` with its codes. An account the case does not link answers 422 STATEMENT_ACCOUNT_NOT_IN_CASE ' +
          'and nothing is stored.',
        params: z.object({ caseId: z.uuid(), material: z.string().regex(/^[a-z][a-z0-9_]*$/) }),
        querystring: z.object({ preflight: z.enum(['true', 'false']).optional() }),
        body: RelationshipStatement,
        response: {
          200: z.object({ outcome: z.enum(['pass', 'warn', 'fail']), checks: z.array(StatementCheckView) }),
          201: StatementView,
        },
      },
    },
    async (request, reply) => {
      const result = await handInStatement(context, principalOf(request), {
        caseId: request.params.caseId,
        material: request.params.material,
        statement: request.body,
        preflight: request.query.preflight === 'true',
      });
      if (!result.statement)
        return reply.status(200).send({ outcome: result.outcome, checks: result.checks });
      return reply.status(201).send(present(result.statement));
    },
  );

  app.get(
    '/v1/cases/:caseId/statements',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags: ['documents'],
        summary: "The case's statements, every version, newest first",
        params: z.object({ caseId: z.uuid() }),
        response: { 200: z.object({ data: z.array(StatementView) }) },
      },
    },
    async (request) => {
      await visibleCase(context, principalOf(request), request.params.caseId);
      return { data: (await findStatements(context.db, request.params.caseId)).map(present) };
    },
  );
}
