import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setUserLanguage } from '../../modules/access/index.js';
import { STAFF_NOTIFICATION_KINDS } from '../../modules/notifications/index.js';
import type { Deps } from '../../workflows/deps.js';
import { listMyNotifications, readMyNotifications } from '../../workflows/staff-notifications.workflow.js';
import { principalOf, STAFF } from '../auth.js';
import { chooseProblemLanguage } from '../problem.texts.js';

const NotificationView = z.object({
  id: z.string(),
  kind: z.enum(STAFF_NOTIFICATION_KINDS),
  case_id: z.string(),
  created_at: z.string(),
  read_at: z.string().nullable(),
});

export function registerStaffNotificationRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/v1/me/notifications',
    {
      config: { access: STAFF },
      schema: {
        tags: ['notifications'],
        summary: 'My staff notifications (SLA about to breach, appeal filed, case assigned), unread first',
        description:
          'Unread first, then newest first; `unread` and `total` count them all. The request’s `Accept-Language` (en or zh) becomes the language of this person’s notification emails.',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: {
          200: z.object({ items: z.array(NotificationView), unread: z.number(), total: z.number() }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const header = request.headers['accept-language'];
      if (principal.kind === 'user' && typeof header === 'string' && header.trim())
        await setUserLanguage(context.db, principal.id, chooseProblemLanguage(header));
      const page = await listMyNotifications(context, principal, request.query);
      return {
        items: page.items.map((n) => ({
          id: n.id,
          kind: n.kind as (typeof STAFF_NOTIFICATION_KINDS)[number],
          case_id: n.caseId,
          created_at: n.createdAt.toISOString(),
          read_at: n.readAt?.toISOString() ?? null,
        })),
        unread: page.unread,
        total: page.total,
      };
    },
  );

  app.post(
    '/v1/me/notifications/read',
    {
      config: { access: STAFF },
      schema: {
        tags: ['notifications'],
        summary: 'Mark my notifications read: the ids given, or all of them',
        body: z.union([
          z.strictObject({ ids: z.array(z.uuid()).min(1).max(100) }),
          z.strictObject({ all: z.literal(true) }),
        ]),
        response: { 200: z.object({ marked: z.number() }) },
      },
    },
    async (request) => {
      const body = request.body;
      const marked = await readMyNotifications(
        context,
        principalOf(request),
        'ids' in body ? body.ids : 'all',
      );
      return { marked };
    },
  );
}
