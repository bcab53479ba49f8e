import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../modules/access/index.js';
import type { MessageRow } from '../../modules/messages/index.js';
import type { Deps } from '../../workflows/deps.js';
import { listMessages, postMessage } from '../../workflows/messages.workflow.js';
import { principalOf, STAFF } from '../auth.js';

const MessageView = z.object({
  id: z.string(),
  /** `seller` or `support`. */
  side: z.enum(['seller', 'support']),
  /** Who wrote it, as this caller may know: a seller sees `you` or `support`. */
  author: z.string(),
  /** `internal` notes are staff-only. */
  visibility: z.enum(['thread', 'internal']),
  body: z.string(),
  created_at: z.string(),
});

function presentMessage(message: MessageRow, viewer: Principal): z.infer<typeof MessageView> {
  const author =
    viewer.role !== 'seller'
      ? message.author
      : message.author === viewer.actor
        ? 'you'
        : message.side === 'seller'
          ? 'seller'
          : 'support';
  return {
    id: message.id,
    side: message.side as 'seller' | 'support',
    author,
    visibility: message.visibility as 'thread' | 'internal',
    body: message.body,
    created_at: message.createdAt.toISOString(),
  };
}

export function registerMessageRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ caseId: z.uuid() });

  app.get(
    '/v1/cases/:caseId/messages',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags: ['messages'],
        summary: "The case's thread between the seller and support; staff also see internal notes",
        params,
        response: { 200: z.object({ data: z.array(MessageView) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const messages = await listMessages(context, principal, request.params.caseId);
      return { data: messages.map((m) => presentMessage(m, principal)) };
    },
  );

  app.post(
    '/v1/cases/:caseId/messages',
    {
      config: { access: ['seller', ...STAFF], idempotent: true },
      schema: {
        tags: ['messages'],
        summary: 'Write on the case thread (or, staff, add an internal note)',
        description:
          "While the case waits on support (submitted, in review, appealed) a seller may send the policy's " +
          '`messages.per_day_while_waiting` messages in any 24 hours (all the seller sent on the case count; an answer from support does not reset the count). ' +
          'Beyond that the answer is 429 `RATE_LIMITED` with `retry_after` (seconds, also as the `Retry-After` header), ' +
          '`retry_at` and `estimated_answer_at`, and the message is not stored.',
        params,
        body: z.strictObject({
          body: z.string().trim().min(1).max(5000),
          internal: z.boolean().optional().describe('staff only: a note the seller never sees'),
        }),
        response: { 201: MessageView },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const message = await postMessage(context, principal, {
        caseId: request.params.caseId,
        body: request.body.body,
        ...(request.body.internal !== undefined ? { internal: request.body.internal } : {}),
      });
      return reply.status(201).send(presentMessage(message, principal));
    },
  );
}
