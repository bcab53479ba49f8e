import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { findStaff, type Principal } from '../../modules/access/index.js';
import { REVIEW_QUEUE_STATUSES, type ReviewQueueStatus, TRIGGERS } from '../../modules/cases/index.js';
import {
  AppealPlan,
  DECISIONS,
  findAppeals,
  findDecisions,
  loadReasonCodes,
} from '../../modules/review/index.js';
import { AppError } from '../../platform/errors.js';
import { appealCase } from '../../workflows/appeal.workflow.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import {
  approveDecision,
  type DecisionOutcome,
  decideCase,
  sendBackDecision,
} from '../../workflows/decide-case.workflow.js';
import {
  assignCase,
  claimCase,
  listReviewQueue,
  type ReviewQueueQuery,
  releaseCase,
  reviewWorkload,
} from '../../workflows/review-queue.workflow.js';
import { ANY_ROLE, principalOf, STAFF } from '../auth.js';
import { decodeQueueCursor, encodeQueueCursor } from '../cursor.js';
import { viewCase } from './cases.routes.js';
import { CaseView } from './cases.views.js';
import {
  AppealView,
  DecisionView,
  isStaffViewer,
  presentAppeal,
  presentDecision,
  presentQueueEntry,
  presentReasonCodes,
  QueueEntryView,
  ReasonCodesView,
  WorkloadView,
} from './review.views.js';

const READERS = ['integration', 'seller', ...STAFF] as const;
const DECIDERS = ['reviewer', 'supervisor'] as const;
const SUPERVISING = ['supervisor', 'admin'] as const;
const CaseParams = z.object({ caseId: z.uuid() });
const DecisionParams = CaseParams.extend({ decisionId: z.uuid() });
const Revision = z
  .int()
  .positive()
  .describe('The case revision you acted on (or send `If-Match: "<revision>"`)');
const QueuePage = z.object({ data: z.array(QueueEntryView), next_cursor: z.string().nullable() });
const DecisionOutcomeView = z.object({ decision: DecisionView, case: CaseView });

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

const QueueQuery = z.strictObject({
  status: z
    .string()
    .optional()
    .describe(`comma-separated: ${REVIEW_QUEUE_STATUSES.join(', ')}`)
    .transform((v, ctx) => {
      const list = v?.split(',').filter(Boolean) ?? [];
      for (const s of list)
        if (!(REVIEW_QUEUE_STATUSES as readonly string[]).includes(s))
          ctx.addIssue({ code: 'custom', message: `${s} is not a review queue status` });
      return list as ReviewQueueStatus[];
    }),
  trigger: z.enum(TRIGGERS).optional(),
  marketplace: z.string().min(1).max(32).optional().describe("the seller profile's store.marketplace"),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
    .optional()
    .describe('the registered country (business, or an individual’s registered address)'),
  assignee: z
    .union([z.literal('me'), z.literal('unassigned'), z.uuid()])
    .optional()
    .describe('`me`, `unassigned` or a user id'),
  min_age_hours: z.coerce.number().min(0).max(100_000).optional().describe('waiting at least this long'),
  max_age_hours: z.coerce.number().min(0).max(100_000).optional().describe('waiting at most this long'),
  breached: flag.describe('only cases past their review SLA'),
  awaiting_second_reviewer: flag.describe('only cases with a proposed decision waiting for approval'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** The revision a call acted on: the body's, or `If-Match`; both must agree when both are sent. */
function revisionOf(request: FastifyRequest, fromBody: number | undefined): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return fromBody;
  const value = Number(String(header).replace(/^W\//, '').replaceAll('"', '').trim());
  if (!Number.isInteger(value) || value < 1)
    throw new AppError('VALIDATION_FAILED', 'If-Match carries the case revision, e.g. "7"', {
      where: 'If-Match',
    });
  if (fromBody !== undefined && fromBody !== value)
    throw new AppError('VALIDATION_FAILED', 'If-Match and body.revision disagree', { where: 'If-Match' });
  return value;
}

function requiredRevision(request: FastifyRequest, fromBody: number | undefined): number {
  const revision = revisionOf(request, fromBody);
  if (revision === undefined)
    throw new AppError(
      'VALIDATION_FAILED',
      'send the case revision you acted on (body.revision or If-Match)',
      {
        where: 'body.revision',
      },
    );
  return revision;
}

export function registerReviewRoutes(root: FastifyInstance, context: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // A seller posting to another seller's case learns nothing, not even that its body was malformed.
  const caseVisibleFirst = async (request: FastifyRequest) => {
    const caseId = (request.params as { caseId?: string }).caseId;
    if (caseId && z.uuid().safeParse(caseId).success)
      await visibleCase(context, principalOf(request), caseId);
  };

  const queuePage = async (request: FastifyRequest, q: z.infer<typeof QueueQuery>, breachedOnly: boolean) => {
    const principal = principalOf(request);
    const query: ReviewQueueQuery = {
      ...(q.status.length ? { statuses: q.status } : {}),
      ...(q.trigger ? { trigger: q.trigger } : {}),
      ...(q.marketplace ? { marketplace: q.marketplace } : {}),
      ...(q.country ? { country: q.country } : {}),
      ...(q.assignee ? { assignee: q.assignee } : {}),
      ...(q.min_age_hours !== undefined ? { minAgeHours: q.min_age_hours } : {}),
      ...(q.max_age_hours !== undefined ? { maxAgeHours: q.max_age_hours } : {}),
      breached: breachedOnly || q.breached,
      awaitingSecondReviewer: q.awaiting_second_reviewer,
      ...(q.cursor ? { after: decodeQueueCursor(q.cursor) } : {}),
      limit: q.limit,
    };
    const { entries, next } = await listReviewQueue(context, principal, query);
    const now = context.clock.now();
    return {
      data: entries.map((entry) => presentQueueEntry(entry, now)),
      next_cursor: next ? encodeQueueCursor(next) : null,
    };
  };

  app.get(
    '/v1/review/queue',
    {
      config: { access: STAFF },
      schema: {
        tags: ['review'],
        summary: 'Cases awaiting review, by severity then SLA time left, filtered, a page at a time',
        querystring: QueueQuery,
        response: { 200: QueuePage },
      },
    },
    async (request) => queuePage(request, request.query, false),
  );

  app.get(
    '/v1/review/breaches',
    {
      config: { access: SUPERVISING },
      schema: {
        tags: ['review'],
        summary: 'Cases in the queue past their review SLA, in queue order, with who holds them',
        querystring: QueueQuery,
        response: { 200: QueuePage },
      },
    },
    async (request) => queuePage(request, request.query, true),
  );

  app.get(
    '/v1/review/workload',
    {
      config: { access: SUPERVISING },
      schema: {
        tags: ['review'],
        summary: 'Per reviewer: cases held, of them past the SLA, and decisions today; and what nobody holds',
        response: { 200: WorkloadView },
      },
    },
    async () => {
      const load = await reviewWorkload(context);
      return {
        at: load.at.toISOString(),
        reviewers: load.reviewers.map((r) => ({
          reviewer: {
            id: r.reviewer.id,
            display_name: r.reviewer.displayName,
            role: r.reviewer.role,
            disabled: r.reviewer.disabled,
          },
          holding: r.holding,
          breached: r.breached,
          decided_today: r.decidedToday,
          decided_late_today: r.decidedLateToday,
          approved_today: r.approvedToday,
        })),
        unassigned: load.unassigned,
      };
    },
  );

  app.get(
    '/v1/review/reason-codes',
    {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['review'],
        summary: 'The reason codes a decision carries, with the text the seller reads (English and 简体中文)',
        response: { 200: ReasonCodesView },
      },
    },
    async () => presentReasonCodes(await loadReasonCodes()),
  );

  app.post(
    '/v1/cases/:caseId/claim',
    {
      config: { access: DECIDERS },
      schema: {
        tags: ['review'],
        summary: 'Take a case from the queue; of two reviewers claiming at once, the second gets CONFLICT',
        params: CaseParams,
        body: z.strictObject({ revision: Revision.optional() }).optional(),
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const revision = revisionOf(request, request.body?.revision);
      const claimed = await claimCase(context, principal, request.params.caseId, revision);
      return viewCase(context, claimed, principal);
    },
  );

  app.post(
    '/v1/cases/:caseId/assign',
    {
      config: { access: ['supervisor'] },
      schema: {
        tags: ['review'],
        summary: 'Give a case to a reviewer (an appeal never to a decider of its rejection)',
        params: CaseParams,
        body: z.strictObject({ assignee_id: z.uuid(), revision: Revision.optional() }),
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const revision = revisionOf(request, request.body.revision);
      const assigned = await assignCase(
        context,
        principal,
        request.params.caseId,
        request.body.assignee_id,
        revision,
      );
      return viewCase(context, assigned, principal);
    },
  );

  app.post(
    '/v1/cases/:caseId/release',
    {
      config: { access: DECIDERS },
      schema: {
        tags: ['review'],
        summary: 'Let a held case go back to the queue (its holder, or a supervisor)',
        params: CaseParams,
        body: z.strictObject({ revision: Revision.optional() }).optional(),
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const revision = revisionOf(request, request.body?.revision);
      const released = await releaseCase(context, principal, request.params.caseId, revision);
      return viewCase(context, released, principal);
    },
  );

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
      preValidation: caseVisibleFirst,
      schema: {
        tags: ['review'],
        summary: 'Appeal a rejection with a plan of action, within the appeal window',
        description:
          'Upload new documents against the case requirements before appealing or while the appeal waits. ' +
          'Each part of the plan is 20 to 4000 characters.',
        params: CaseParams,
        body: AppealPlan,
        response: { 201: z.object({ appeal: AppealView, case: CaseView }) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
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
