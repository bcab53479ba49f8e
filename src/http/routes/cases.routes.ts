import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CASE_STATUSES,
  type CaseRow,
  type CaseStatus,
  findCase,
  findRequirements,
  findSellerRestrictions,
  listCases,
  policyOfCase,
  RESTRICTIONS,
  SEVERITIES,
  type Trigger,
} from '../../modules/cases/index.js';
import { triggerIds } from '../../modules/risk/index.js';
import { findSellerMarkets, SellerId } from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { actorKindOf, submitCase, visibleCase, withdrawCase } from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { openOrUpdateCase } from '../../workflows/open-case.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { registerCaseTimelineRoute } from './case-timeline.routes.js';
import { CaseView, viewCase, viewCases } from './cases.views.js';
import { registerPolicyRoutes } from './policy.routes.js';
import { presentRequirement, RequirementView } from './requirements.views.js';
import { visibleSeller } from './sellers.routes.js';

const CaseParams = z.object({ caseId: z.uuid() });
const READERS = ['integration', 'seller', ...STAFF] as const;

export function registerCaseRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/v1/cases',
    {
      config: { access: READERS, caseViews: true },
      schema: {
        tags: ['cases'],
        summary: 'Cases, newest first, filtered; a seller sees only its own',
        querystring: z.strictObject({
          status: z
            .string()
            .optional()
            .describe('comma-separated statuses')
            .transform((v, ctx) => {
              const list = v?.split(',').filter(Boolean) ?? [];
              for (const s of list)
                if (!(CASE_STATUSES as readonly string[]).includes(s))
                  ctx.addIssue({ code: 'custom', message: `unknown status ${s}` });
              return list as CaseStatus[];
            }),
          trigger: z.enum(triggerIds() as [Trigger, ...Trigger[]]).optional(),
          severity: z.enum(SEVERITIES).optional(),
          seller_id: SellerId.optional(),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: z.object({ data: z.array(CaseView), next_cursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const q = request.query;
      const sellerId = principal.role === 'seller' ? principal.sellerId : q.seller_id;
      if (principal.role === 'seller' && q.seller_id && q.seller_id !== principal.sellerId)
        return { data: [], next_cursor: null };
      const rows = await listCases(context.db, {
        ...(sellerId ? { sellerId } : {}),
        ...(q.status.length ? { statuses: q.status } : {}),
        ...(q.trigger ? { trigger: q.trigger } : {}),
        ...(q.severity ? { severity: q.severity } : {}),
        ...(q.cursor ? { after: decodeCursor(q.cursor) } : {}),
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const data = await viewCases(context, page, principal);
      const last = page.at(-1);
      return {
        data,
        next_cursor:
          rows.length > q.limit && last ? encodeCursor({ openedAt: last.openedAt, id: last.id }) : null,
      };
    },
  );

  app.post(
    '/v1/cases',
    {
      config: { access: STAFF, idempotent: true },
      schema: {
        tags: ['cases'],
        summary: 'Open a case by hand (or add reasons to the open one), with any of the five triggers',
        body: z.strictObject({
          seller_id: SellerId,
          reasons: z
            .array(
              z.strictObject({
                trigger: z.enum(triggerIds() as [Trigger, ...Trigger[]], {
                  error: () => ({ message: `trigger is one of ${triggerIds().join(', ')}` }),
                }),
                summary: z.string().min(1).max(1000),
                summary_zh: z
                  .string()
                  .min(1)
                  .max(1000)
                  .optional()
                  .describe(
                    'the reason in 简体中文 for a Chinese reader (a summary typed in Chinese is used as it is)',
                  ),
                missing_documents: z.array(z.string().min(1)).optional(),
              }),
            )
            .min(1)
            .max(5),
          note: z.string().max(4000).optional(),
        }),
        response: { 201: CaseView, 200: CaseView },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      actorKindOf(principal);
      const { seller_id, reasons, note } = request.body;
      const outcome = await openOrUpdateCase(context, {
        sellerId: seller_id,
        source: 'manual',
        by: principal,
        ...(note ? { note } : {}),
        findings: reasons.map((r) => ({
          trigger: r.trigger as Trigger,
          score: 1,
          summary: r.summary,
          evidence: { opened_by_staff: true, ...(r.summary_zh ? { summary_zh: r.summary_zh } : {}) },
          ...(r.missing_documents ? { missing_documents: r.missing_documents } : {}),
        })),
      });
      if (!('caseId' in outcome))
        throw new AppError('INTERNAL', 'a case opened by hand is never filtered out');
      const opened = await findCase(context.db, outcome.caseId);
      const view = await viewCase(context, opened!, principal);
      return reply.status(outcome.outcome === 'opened' ? 201 : 200).send(view);
    },
  );

  app.get(
    '/v1/cases/:caseId',
    {
      config: { access: READERS },
      schema: {
        tags: ['cases'],
        summary: 'One case with its reasons and restrictions',
        params: CaseParams,
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const found = await visibleCase(context, principal, request.params.caseId);
      return viewCase(context, found, principal);
    },
  );

  app.get(
    '/v1/cases/:caseId/requirements',
    {
      config: { access: READERS },
      schema: {
        tags: ['cases'],
        summary: 'What the seller must provide: the material, why, the rules, the status',
        params: CaseParams,
        response: { 200: z.object({ data: z.array(RequirementView) }) },
      },
    },
    async (request) => {
      const found = await visibleCase(context, principalOf(request), request.params.caseId);
      const policy = await policyOf(context, found);
      const country = (await findSellerMarkets(context.db, [found.sellerId])).get(found.sellerId)?.country;
      return {
        data: (await findRequirements(context.db, found.id)).map((r) =>
          presentRequirement(r, policy, country),
        ),
      };
    },
  );

  registerCaseTimelineRoute(root, context);

  app.post(
    '/v1/cases/:caseId/submit',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['cases'],
        summary: 'The seller hands the case in for review',
        params: CaseParams,
        body: z.strictObject({ note: z.string().max(4000).optional() }).optional(),
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const moved = await submitCase(context, principal, request.params.caseId, request.body?.note);
      return viewCase(context, moved, principal);
    },
  );

  app.post(
    '/v1/cases/:caseId/withdraw',
    {
      config: { access: STAFF },
      schema: {
        tags: ['cases'],
        summary: 'Close the case as a false positive; its restrictions lift',
        params: CaseParams,
        body: z.strictObject({ note: z.string().min(1).max(4000) }),
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const moved = await withdrawCase(context, principal, request.params.caseId, request.body.note);
      return viewCase(context, moved, principal);
    },
  );

  app.get(
    '/v1/sellers/:sellerId/status',
    {
      config: { access: READERS },
      schema: {
        tags: ['sellers'],
        summary: 'What the account may do now: its restrictions, and the case behind them',
        params: z.object({ sellerId: SellerId }),
        response: {
          200: z.object({
            seller_id: z.string(),
            restrictions: z.array(z.enum(RESTRICTIONS)),
            can_sell: z.boolean(),
            can_receive_payouts: z.boolean(),
            open_case_id: z.string().nullable(),
            cases: z.array(
              z.object({
                case_id: z.string(),
                status: z.string(),
                restrictions: z.array(z.enum(RESTRICTIONS)),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await visibleSeller(context, principal, request.params.sellerId);
      return {
        seller_id: request.params.sellerId,
        ...(await findSellerRestrictions(context.db, request.params.sellerId)),
      };
    },
  );

  registerPolicyRoutes(root, context);
}

export { viewCase };

/** The policy a case was opened under: its rules stay the ones the seller was told. */
const policyOf = (context: Deps, found: CaseRow) => policyOfCase(context.db, found);
