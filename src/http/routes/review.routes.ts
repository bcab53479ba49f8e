import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REVIEW_QUEUE_STATUSES, type ReviewQueueStatus, TRIGGERS } from '../../modules/cases/index.js';
import { loadReasonCodes } from '../../modules/review/index.js';
import type { Deps } from '../../workflows/deps.js';
import { reviewWorkload } from '../../workflows/review-oversight.workflow.js';
import {
  assignCase,
  claimCase,
  listReviewQueue,
  type ReviewQueueQuery,
  releaseCase,
} from '../../workflows/review-queue.workflow.js';
import { ANY_ROLE, principalOf, STAFF } from '../auth.js';
import { decodeQueueCursor, encodeQueueCursor } from '../cursor.js';
import { Revision, revisionOf } from '../revision.js';
import { viewCase } from './cases.routes.js';
import { CaseView } from './cases.views.js';
import {
  presentQueueEntry,
  presentReasonCodes,
  QueueEntryView,
  ReasonCodesView,
  WorkloadView,
} from './review.views.js';

const DECIDERS = ['reviewer', 'supervisor'] as const;
const SUPERVISING = ['supervisor', 'admin'] as const;
const CaseParams = z.object({ caseId: z.uuid() });
const QueuePage = z.object({ data: z.array(QueueEntryView), next_cursor: z.string().nullable() });

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

export function registerReviewRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
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
}
