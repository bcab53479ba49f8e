import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  chooseUserLanguage,
  findUserById,
  listSessions,
  logIn,
  logOut,
  ROLES,
  signOutEverywhere,
} from '../../modules/access/index.js';
import { AppError } from '../../platform/errors.js';
import type { Deps } from '../../workflows/deps.js';
import { ANY_ROLE, principalOf, STAFF } from '../auth.js';
import { assertSameOrigin, clearSessionCookies, csrfTokenFor, setSessionCookies } from '../session-cookie.js';

const Me = z.object({
  kind: z.enum(['user', 'api_key', 'system']),
  id: z.string(),
  role: z.string(),
  seller_id: z.string().nullable(),
  email: z.string().nullable(),
  display_name: z.string().nullable(),
  /** Staff: the language of their emails (chosen in their settings, else learned from their requests). */
  language: z.enum(['en', 'zh']).nullable(),
  /** Whether `language` was chosen in the settings (requests no longer change it). */
  language_chosen: z.boolean(),
  /** The CSRF token of the browser session the call came with (null for a bearer token). */
  csrf_token: z.string().nullable(),
});

export function registerAuthRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Production runs behind a proxy that ends TLS: its cookies are Secure whatever this hop says.
  const cookiePolicy = { alwaysSecure: context.config.mode === 'production' };
  app.post(
    '/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; answers a bearer token and sets the session cookie',
        description:
          'Sets the browser session: the httpOnly `sl_session` cookie (SameSite=Strict, Secure over HTTPS and in production) and ' +
          'the `sl_csrf` cookie, whose value (also `csrf_token` here) every write made with the cookie sends in `X-CSRF-Token`. ' +
          'Scripts and integrations use `token` as `Authorization: Bearer` instead, with no CSRF token. After 5 failed logins for one account within 15 minutes, or many from one address, the answer is ' +
          '429 `RATE_LIMITED` with `retry_after` (and the `Retry-After` header) until the window frees.',
        security: [],
        body: z.strictObject({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }),
        response: {
          200: z.object({
            token: z.string(),
            expires_at: z.string(),
            csrf_token: z.string(),
            user: z.object({
              id: z.string(),
              email: z.string(),
              role: z.enum(ROLES),
              seller_id: z.string().nullable(),
              /** The language this person chose in their settings (null if none): a new browser opens in it. */
              language: z.enum(['en', 'zh']).nullable(),
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      assertSameOrigin(request);
      const session = await logIn(context.access, request.body.email, request.body.password, request.ip);
      const csrf = setSessionCookies(request, reply, session.token, session.expiresAt, cookiePolicy);
      return {
        token: session.token,
        expires_at: session.expiresAt.toISOString(),
        csrf_token: csrf,
        user: {
          id: session.user.id,
          email: session.user.email,
          role: session.user.role,
          seller_id: session.user.sellerId,
          language: session.user.chosenLanguage,
        },
      };
    },
  );

  app.post(
    '/v1/auth/logout',
    {
      config: { access: ANY_ROLE },
      schema: { tags: ['auth'], summary: 'End this session (and clear its cookies)' },
    },
    async (request, reply) => {
      await logOut(context.access, tokenOf(request));
      clearSessionCookies(reply);
      return reply.status(204).send();
    },
  );

  const meOf = async (request: FastifyRequest) => {
    const principal = principalOf(request);
    const user = principal.kind === 'user' ? await findUserById(context.db, principal.id) : undefined;
    const language: 'en' | 'zh' | null =
      user?.language === 'en' || user?.language === 'zh' ? user.language : null;
    return {
      kind: principal.kind,
      id: principal.id,
      role: principal.role,
      seller_id: principal.sellerId ?? null,
      email: user?.email ?? null,
      display_name: user?.displayName ?? null,
      language,
      language_chosen: Boolean(user?.languageChosenAt),
      csrf_token: request.credential?.via === 'cookie' ? csrfTokenFor(request.credential.token) : null,
    };
  };

  app.get(
    '/v1/me',
    { config: { access: ANY_ROLE }, schema: { tags: ['auth'], summary: 'Who am I', response: { 200: Me } } },
    async (request) => meOf(request),
  );

  app.patch(
    '/v1/me',
    {
      config: { access: STAFF },
      schema: {
        tags: ['auth'],
        summary: "A staff member's own settings: the language of their emails and notifications",
        description:
          'The language chosen here is kept on the user: their staff emails use it, and the language of ' +
          'the requests they make no longer changes it.',
        body: z.strictObject({ language: z.enum(['en', 'zh']) }),
        response: { 200: Me },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.kind !== 'user')
        throw new AppError('FORBIDDEN', 'only a person has settings', { where: 'credential' });
      await chooseUserLanguage(context, principal, request.body.language);
      return meOf(request);
    },
  );

  app.get(
    '/v1/auth/sessions',
    {
      config: { access: PEOPLE },
      schema: {
        tags: ['auth'],
        summary: "The caller's open sessions",
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                created_at: z.string(),
                expires_at: z.string(),
                current: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const sessions = await listSessions(context.access, principal.id, tokenOf(request));
      return {
        data: sessions.map((s) => ({
          id: s.id,
          created_at: s.createdAt.toISOString(),
          expires_at: s.expiresAt.toISOString(),
          current: s.current,
        })),
      };
    },
  );

  app.post(
    '/v1/auth/logout-everywhere',
    {
      config: { access: PEOPLE },
      schema: {
        tags: ['auth'],
        summary: 'End every session of the caller, this one included (every browser and tab)',
        response: { 200: z.object({ sessions_ended: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const ended = await signOutEverywhere(context.access, principal, principal.id);
      clearSessionCookies(reply);
      return { sessions_ended: ended };
    },
  );
}

/** People log in and hold sessions; an integration's API key is revoked by an admin instead. */
const PEOPLE = ANY_ROLE.filter((role) => role !== 'integration');

const tokenOf = (request: FastifyRequest) => request.credential?.token ?? '';
