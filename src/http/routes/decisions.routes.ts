import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findStaff, type Principal } from '../../modules/access/index.js';
import { AppealPlan, DECISIONS, findAppeals, findDecisions } from '../../modules/review/index.js';
import { appealCase, preflightAppealPlan } from '../../workflows/appeal.workflow.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import { type DecisionOutcome, decideCase } from '../../workflows/decide-case.workflow.js';
import { approveDecision, sendBackDecision } from '../../workflows/decision-approval.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf, STAFF } from '../auth.js';
import { caseVisibleFirst } from '../case-visible-first.js';
import { Revision, requiredRevision } from '../revision.js';
import { viewCase } from './cases.routes.js';
import { CaseView } from './cases.views.js';
import { AppealView, DecisionView, isStaffViewer, presentAppeal, presentDecision } from './review.views.js';
import { StatementCheckView } from './statement-check.view.js';

const READERS = ['integration', 'seller', ...STAFF] as const;
const DECIDERS = ['reviewer', 'supervisor'] as const;
const CaseParams = z.object({ caseId: z.uuid() });
const DecisionParams = CaseParams.extend({ decisionId: z.uuid() });
const DecisionOutcomeView = z.object({ decision: DecisionView, case: CaseView });

/** Decisions (four eyes) and appeals on a case. */
export function registerDecisionRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const visibleFirst = caseVisibleFirst(context);

  app.get(
    '/v1/cases/:caseId/decisions',
    {
      config: { access: READERS },
      schema: {
        tags: ['review'],
        summary:
          'Decisions on the case: staff see proposals, notes and reviewers; a seller only what took effect',
        params: CaseParams,
        response: { 200: z.object({ data: z.array(DecisionView) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const found = await visibleCase(context, principal, request.params.caseId);
      const rows = await findDecisions(context.db, found.id);
      const shown = isStaffViewer(principal) ? rows : rows.filter((r) => r.status === 'decided');
      const staff = isStaffViewer(principal)
        ? await findStaff(context.db, {
            ids: [...new Set(rows.flatMap((r) => [r.proposedBy, ...(r.reviewedBy ? [r.reviewedBy] : [])]))],
          })
        : [];
      return { data: shown.map((r) => presentDecision(r, principal, staff)) };
    },
  );

  app.post(
    '/v1/cases/:caseId/decisions',
    {
      config: { access: DECIDERS, idempotent: true },
      schema: {
        tags: ['review'],
        summary:
          'Decide the case you hold; a rejection (and any decision on an appeal) waits for a second reviewer',
        description:
          '`approved` and a first-instance `info_requested` take effect at once (201, decision `decided`); ' +
          '`rejected`, and any decision on an appealed case, are stored `proposed` and take effect when another ' +
          'reviewer approves them. `info_requested` names the materials the seller must provide again or anew.',
        params: CaseParams,
        body: z.strictObject({
          decision: z.enum(DECISIONS),
          reason_codes: z
            .array(z.string().min(1).max(64))
            .min(1)
            .max(10)
            .refine((codes) => new Set(codes).size === codes.length, 'each reason code once'),
          note: z.string().trim().min(1).max(4000).describe('For staff; the seller never sees it'),
          requirements: z
            .array(
              z.strictObject({
                material: z.string().regex(/^[a-z][a-z0-9_]*$/),
                reason_codes: z.array(z.string().min(1).max(64)).max(10).optional(),
              }),
            )
            .max(20)
            .optional(),
          waivers: z
            .array(
              z.strictObject({
                material: z.string().regex(/^[a-z][a-z0-9_]*$/),
                reason_code: z.string().min(1).max(64),
              }),
            )
            .max(20)
            .optional()
            .describe(
              'approvals only: each requirement left unmet (no verified material) must be waived with a reason from `waiver_reasons`, else 409 REQUIREMENTS_INCOMPLETE',
            ),
          confirm_stale_checks: z
            .boolean()
            .optional()
            .describe(
              "approvals and rejections: decide although a document's checks ran against an older profile than the seller's current one (audited as `case.stale_checks_confirmed`), else 409 CHECKS_STALE with the `document_ids`",
            ),
          revision: Revision.optional(),
        }),
        response: { 201: DecisionOutcomeView },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      const outcome = await decideCase(context, principal, request.params.caseId, {
        decision: body.decision,
        reasonCodes: body.reason_codes,
        note: body.note,
        ...(body.requirements ? { requirements: body.requirements } : {}),
        ...(body.waivers ? { waivers: body.waivers } : {}),
        ...(body.confirm_stale_checks ? { confirmStaleChecks: true } : {}),
        revision: requiredRevision(request, body.revision),
      });
      return reply.status(201).send(await presentOutcome(outcome, principal));
    },
  );

  const presentOutcome = async (outcome: DecisionOutcome, viewer: Principal) => {
    const staff = await findStaff(context.db, {
      ids: [
        outcome.decision.proposedBy,
        ...(outcome.decision.reviewedBy ? [outcome.decision.reviewedBy] : []),
      ],
    });
    return {
      decision: presentDecision(outcome.decision, viewer, staff),
      case: await viewCase(context, outcome.case, viewer),
    };
  };

  app.post(
    '/v1/cases/:caseId/decisions/:decisionId/approve',
    {
      config: { access: DECIDERS },
      schema: {
        tags: ['review'],
        summary: 'As the second reviewer, approve a proposed decision: it takes effect now',
        params: DecisionParams,
        body: z.strictObject({
          revision: Revision.optional(),
          note: z.string().trim().min(1).max(4000).optional(),
        }),
        response: { 200: DecisionOutcomeView },
      },
    },
    async (request) => {
      const { caseId, decisionId } = request.params;
      const principal = principalOf(request);
      const outcome = await approveDecision(context, principal, caseId, decisionId, {
        revision: requiredRevision(request, request.body.revision),
        ...(request.body.note ? { note: request.body.note } : {}),
      });
      return presentOutcome(outcome, principal);
    },
  );

  app.post(
    '/v1/cases/:caseId/decisions/:decisionId/send-back',
    {
      config: { access: DECIDERS },
      schema: {
        tags: ['review'],
        summary: 'As the second reviewer, send a proposed decision back: it never takes effect',
        params: DecisionParams,
        body: z.strictObject({ revision: Revision.optional(), note: z.string().trim().min(1).max(4000) }),
        response: { 200: DecisionOutcomeView },
      },
    },
    async (request) => {
      const { caseId, decisionId } = request.params;
      const principal = principalOf(request);
      const outcome = await sendBackDecision(context, principal, caseId, decisionId, {
        revision: requiredRevision(request, request.body.revision),
        note: request.body.note,
      });
      return presentOutcome(outcome, principal);
    },
  );

  app.post(
    '/v1/cases/:caseId/appeal',
    {
      config: { access: ['seller'], idempotent: true },
      preValidation: visibleFirst,
      schema: {
        tags: ['review'],
        summary:
          'Appeal a rejection with a plan of action, within the appeal window (or only check the plan: `preflight`)',
        description:
          'Upload new documents against the case requirements before appealing or while the appeal waits. ' +
          'The plan is checked by the policy (`statements.plan_of_action`, `statements.languages`): each part ' +
          'with substance (20 characters by default), the parts not copies of one another, written in a language ' +
          'the policy accepts (told from the text). A failing plan answers 422 APPEAL_PLAN_FAILED with its checks ' +
          'and nothing is stored; `?preflight=true` answers 200 with the checks and stores nothing.',
        params: CaseParams,
        querystring: z.object({ preflight: z.enum(['true', 'false']).optional() }),
        body: AppealPlan,
        response: {
          200: z.object({ outcome: z.enum(['pass', 'warn', 'fail']), checks: z.array(StatementCheckView) }),
          201: z.object({ appeal: AppealView, case: CaseView }),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (request.query.preflight === 'true')
        return reply
          .status(200)
          .send(await preflightAppealPlan(context, principal, request.params.caseId, request.body));
      const { appeal, case: moved } = await appealCase(
        context,
        principal,
        request.params.caseId,
        request.body,
      );
      return reply
        .status(201)
        .send({ appeal: presentAppeal(appeal), case: await viewCase(context, moved, principal) });
    },
  );

  app.get(
    '/v1/cases/:caseId/appeals',
    {
      config: { access: READERS },
      schema: {
        tags: ['review'],
        summary: "The case's appeals and their plans of action",
        params: CaseParams,
        response: { 200: z.object({ data: z.array(AppealView) }) },
      },
    },
    async (request) => {
      const found = await visibleCase(context, principalOf(request), request.params.caseId);
      return { data: (await findAppeals(context.db, found.id)).map(presentAppeal) };
    },
  );
}
