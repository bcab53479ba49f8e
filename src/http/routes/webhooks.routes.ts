import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  EMAIL_STATUSES,
  type EmailStatus,
  findAttempts,
  findDelivery,
  listActiveSubscriptions,
  listDeliveries,
  listEmails,
  NOTIFICATION_EVENT_TYPES,
} from '../../modules/notifications/index.js';
import { SellerId } from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { replayDelivery } from '../../workflows/deliver-webhook.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
} from '../../workflows/webhook-subscriptions.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import {
  DeliveryView,
  EmailView,
  presentDelivery,
  presentEmail,
  presentSubscription,
  SubscriptionView,
} from './webhooks.views.js';

const MANAGERS = ['integration', 'admin'] as const;

const commaList = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .optional()
    .describe(`comma-separated: ${allowed.join(', ')}`)
    .transform((v, ctx) => {
      const list = v?.split(',').filter(Boolean) ?? [];
      for (const item of list)
        if (!(allowed as readonly string[]).includes(item))
          ctx.addIssue({ code: 'custom', message: `unknown status ${item}` });
      return list as T[];
    });

export function registerWebhookRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/v1/webhooks/subscriptions',
    {
      config: { access: MANAGERS, idempotent: true },
      schema: {
        tags: ['webhooks'],
        summary: 'Subscribe a URL to events; the signing secret is in this answer only',
        description:
          'Deliveries are signed `Second-Look-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. http and https URLs only; private addresses only where the deployment allows them.',
        body: z.strictObject({
          url: z.string().min(1).max(2000),
          event_types: z
            .array(z.string().min(1).max(100))
            .min(1)
            .max(50)
            .describe(`${NOTIFICATION_EVENT_TYPES.join(', ')}, or * for every type`),
          description: z.string().max(500).optional(),
        }),
        response: { 201: SubscriptionView.extend({ secret: z.string() }) },
      },
    },
    async (request, reply) => {
      const { url, event_types, description } = request.body;
      const created = await createWebhookSubscription(context, principalOf(request), {
        url,
        eventTypes: event_types,
        ...(description ? { description } : {}),
      });
      return reply.status(201).send({ ...presentSubscription(created), secret: created.secret });
    },
  );

  app.get(
    '/v1/webhooks/subscriptions',
    {
      config: { access: MANAGERS },
      schema: {
        tags: ['webhooks'],
        summary: 'The active subscriptions (secrets are not shown again)',
        response: { 200: z.object({ data: z.array(SubscriptionView) }) },
      },
    },
    async () => ({ data: (await listActiveSubscriptions(context.db)).map(presentSubscription) }),
  );

  app.delete(
    '/v1/webhooks/subscriptions/:subscriptionId',
    {
      config: { access: MANAGERS },
      schema: {
        tags: ['webhooks'],
        summary: 'Stop a subscription; deliveries not yet made fail, the log stays',
        params: z.object({ subscriptionId: z.uuid() }),
        response: { 204: z.null().describe('deleted') },
      },
    },
    async (request, reply) => {
      await deleteWebhookSubscription(context, principalOf(request), request.params.subscriptionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v1/webhooks/deliveries',
    {
      config: { access: MANAGERS },
      schema: {
        tags: ['webhooks'],
        summary: 'The delivery log, newest first, with every attempt',
        querystring: z.strictObject({
          subscription: z.uuid().optional(),
          status: commaList<DeliveryStatus>(DELIVERY_STATUSES),
          event: z.uuid().optional().describe('an event id'),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: z.object({ data: z.array(DeliveryView), next_cursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listDeliveries(context.db, {
        ...(q.subscription ? { subscriptionId: q.subscription } : {}),
        ...(q.status.length ? { statuses: q.status } : {}),
        ...(q.event ? { eventId: q.event } : {}),
        ...(q.cursor ? { after: atOf(decodeCursor(q.cursor)) } : {}),
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const attempts = await findAttempts(
        context.db,
        page.map((d) => d.id),
      );
      const last = page.at(-1);
      return {
        data: page.map((d) => presentDelivery(d, attempts)),
        next_cursor:
          rows.length > q.limit && last ? encodeCursor({ openedAt: last.createdAt, id: last.id }) : null,
      };
    },
  );

  app.get(
    '/v1/webhooks/deliveries/:deliveryId',
    {
      config: { access: MANAGERS },
      schema: {
        tags: ['webhooks'],
        summary: 'One delivery with every attempt',
        params: z.object({ deliveryId: z.uuid() }),
        response: { 200: DeliveryView },
      },
    },
    async (request) => {
      const found = await findDelivery(context.db, request.params.deliveryId);
      if (!found)
        throw new AppError('NOT_FOUND', `no delivery ${request.params.deliveryId}`, { where: 'deliveryId' });
      return presentDelivery(found, await findAttempts(context.db, [found.id]));
    },
  );

  app.post(
    '/v1/webhooks/deliveries/:deliveryId/replay',
    {
      config: { access: MANAGERS },
      schema: {
        tags: ['webhooks'],
        summary: 'Send a delivery again now (with a fresh 24-hour retry window); answers at once',
        params: z.object({ deliveryId: z.uuid() }),
        response: { 202: DeliveryView },
      },
    },
    async (request, reply) => {
      const replayed = await replayDelivery(context, principalOf(request), request.params.deliveryId);
      return reply.status(202).send(presentDelivery(replayed, await findAttempts(context.db, [replayed.id])));
    },
  );

  app.get(
    '/v1/notifications/emails',
    {
      config: { access: STAFF },
      schema: {
        tags: ['notifications'],
        summary: 'The email log: what was sent to sellers, skipped (and why) or failed, newest first',
        querystring: z.strictObject({
          case_id: z.uuid().optional(),
          seller_id: SellerId.optional(),
          status: commaList<EmailStatus>(EMAIL_STATUSES),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: z.object({ data: z.array(EmailView), next_cursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listEmails(context.db, {
        ...(q.case_id ? { caseId: q.case_id } : {}),
        ...(q.seller_id ? { sellerId: q.seller_id } : {}),
        ...(q.status.length ? { statuses: q.status } : {}),
        ...(q.cursor ? { after: atOf(decodeCursor(q.cursor)) } : {}),
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        data: page.map(presentEmail),
        next_cursor:
          rows.length > q.limit && last ? encodeCursor({ openedAt: last.createdAt, id: last.id }) : null,
      };
    },
  );
}

const atOf = (cursor: { openedAt: Date; id: string }) => ({ at: cursor.openedAt, id: cursor.id });
