import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { findUserById, logIn, logOut, ROLES } from '../../modules/access/index.js';
import { ANY_ROLE, principalOf } from '../auth.js';

const Me = z.object({
  kind: z.enum(['user', 'api_key', 'system']),
  id: z.string(),
  role: z.string(),
  seller_id: z.string().nullable(),
  email: z.string().nullable(),
  display_name: z.string().nullable(),
});

export function registerAuthRoutes(root: FastifyInstance, context: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; answers a bearer token',
        security: [],
        body: z.strictObject({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }),
        response: {
          200: z.object({
            token: z.string(),
            expires_at: z.string(),
            user: z.object({
              id: z.string(),
              email: z.string(),
              role: z.enum(ROLES),
              seller_id: z.string().nullable(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const session = await logIn(context.access, request.body.email, request.body.password);
      return {
        token: session.token,
        expires_at: session.expiresAt.toISOString(),
        user: {
          id: session.user.id,
          email: session.user.email,
          role: session.user.role,
          seller_id: session.user.sellerId,
        },
      };
    },
  );

  app.post(
    '/v1/auth/logout',
    { config: { access: ANY_ROLE }, schema: { tags: ['auth'], summary: 'End this session' } },
    async (request, reply) => {
      const token = request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
      await logOut(context.access, token);
      return reply.status(204).send();
    },
  );

  app.get(
    '/v1/me',
    { config: { access: ANY_ROLE }, schema: { tags: ['auth'], summary: 'Who am I', response: { 200: Me } } },
    async (request) => {
      const principal = principalOf(request);
      const user = principal.kind === 'user' ? await findUserById(context.db, principal.id) : undefined;
      return {
        kind: principal.kind,
        id: principal.id,
        role: principal.role,
        seller_id: principal.sellerId ?? null,
        email: user?.email ?? null,
        display_name: user?.displayName ?? null,
      };
    },
  );
}
