import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createApiKey,
  listApiKeys,
  listUsers,
  ROLES,
  revokeApiKey,
  rotateApiKey,
  setUserDisabled,
  signOutEverywhere,
} from '../../modules/access/index.js';
import { SellerId } from '../../modules/sellers/index.js';
import { createLogin } from '../../workflows/create-login.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf } from '../auth.js';

const UserView = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string(),
  role: z.enum(ROLES),
  seller_id: z.string().nullable(),
  created_at: z.string(),
  disabled_at: z.string().nullable(),
});
const ApiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z
    .string()
    .describe('the first characters of the key, to recognise it; the key itself is never shown again'),
  role: z.string(),
  created_by: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
  expires_at: z.string().nullable().describe('set when the key was rotated: it stops working then'),
});
const UserParams = z.object({ userId: z.uuid() });
const KeyParams = z.object({ keyId: z.uuid() });

export function registerAdminRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/admin/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Everyone who logs in, by email (no passwords)',
        response: { 200: z.object({ data: z.array(UserView) }) },
      },
    },
    async () => ({
      data: (await listUsers(context.access.db)).map((u) => ({
        id: u.id,
        email: u.email,
        display_name: u.displayName,
        role: u.role as (typeof ROLES)[number],
        seller_id: u.sellerId,
        created_at: u.createdAt.toISOString(),
        disabled_at: u.disabledAt?.toISOString() ?? null,
      })),
    }),
  );

  app.get(
    '/v1/admin/api-keys',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Every API key by name and prefix, newest first (never the key)',
        response: { 200: z.object({ data: z.array(ApiKeyView) }) },
      },
    },
    async () => ({
      data: (await listApiKeys(context.access.db)).map((k) => ({
        id: k.id,
        name: k.name,
        prefix: k.prefix,
        role: k.role,
        created_by: k.createdBy,
        created_at: k.createdAt.toISOString(),
        revoked_at: k.revokedAt?.toISOString() ?? null,
        expires_at: k.expiresAt?.toISOString() ?? null,
      })),
    }),
  );

  app.post(
    '/v1/admin/users',
    {
      config: { access: ['admin'], idempotent: true },
      schema: {
        tags: ['admin'],
        summary: 'Create a person who logs in: staff, or a seller limited to its own data',
        body: z.strictObject({
          email: z.email(),
          password: z.string().min(10).max(1024),
          role: z.enum(['seller', 'reviewer', 'supervisor', 'admin']),
          display_name: z.string().min(1).max(200).optional(),
          seller_id: SellerId.optional(),
        }),
        response: {
          201: z.object({
            id: z.string(),
            email: z.string(),
            role: z.enum(ROLES),
            seller_id: z.string().nullable(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { email, password, role, display_name, seller_id } = request.body;
      const user = await createLogin(context, principalOf(request), {
        email,
        password,
        role,
        ...(display_name ? { displayName: display_name } : {}),
        ...(seller_id ? { sellerId: seller_id } : {}),
      });
      return reply
        .status(201)
        .send({ id: user.id, email: user.email, role: user.role, seller_id: user.sellerId });
    },
  );

  app.post(
    '/v1/admin/api-keys',
    {
      config: { access: ['admin'], idempotent: true },
      schema: {
        tags: ['admin'],
        summary: 'Create an API key for a marketplace integration; the key is shown once',
        body: z.strictObject({ name: z.string().min(1).max(200) }),
        response: { 201: z.object({ id: z.string(), name: z.string(), role: z.string(), key: z.string() }) },
      },
    },
    async (request, reply) => {
      const key = await createApiKey(context.access, principalOf(request), request.body.name);
      return reply.status(201).send(key);
    },
  );

  for (const disabled of [true, false])
    app.post(
      `/v1/admin/users/:userId/${disabled ? 'disable' : 'enable'}`,
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['admin'],
          summary: disabled
            ? 'Disable a login: refused at its next request, every session ended'
            : 'Enable a disabled login again (the person logs in anew)',
          params: UserParams,
          response: {
            200: z.object({ id: z.string(), disabled_at: z.string().nullable(), changed: z.boolean() }),
          },
        },
      },
      async (request) => {
        const result = await setUserDisabled(
          context.access,
          principalOf(request),
          request.params.userId,
          disabled,
        );
        return {
          id: result.id,
          disabled_at: result.disabledAt?.toISOString() ?? null,
          changed: result.changed,
        };
      },
    );

  app.post(
    '/v1/admin/users/:userId/sign-out',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'End every session of a user (they can log in again)',
        params: UserParams,
        response: { 200: z.object({ sessions_ended: z.number().int() }) },
      },
    },
    async (request) => ({
      sessions_ended: await signOutEverywhere(context.access, principalOf(request), request.params.userId),
    }),
  );

  app.post(
    '/v1/admin/api-keys/:keyId/revoke',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Revoke an API key: refused from its next request',
        params: KeyParams,
        response: { 200: z.object({ id: z.string(), revoked_at: z.string() }) },
      },
    },
    async (request) => {
      const result = await revokeApiKey(context.access, principalOf(request), request.params.keyId);
      return { id: result.id, revoked_at: result.revokedAt.toISOString() };
    },
  );

  app.post(
    '/v1/admin/api-keys/:keyId/rotate',
    {
      config: { access: ['admin'], idempotent: true },
      schema: {
        tags: ['admin'],
        summary: 'A new key for the same integration; the old one works for the overlap, then stops',
        params: KeyParams,
        body: z.strictObject({
          overlap_hours: z
            .number()
            .int()
            .min(0)
            .max(168)
            .default(24)
            .describe('how long the old key keeps working (0: it stops now)'),
        }),
        response: {
          201: z.object({
            id: z.string(),
            name: z.string(),
            role: z.string(),
            key: z.string().describe('shown once'),
            replaces: z.object({ id: z.string(), expires_at: z.string() }),
          }),
        },
      },
    },
    async (request, reply) => {
      const rotated = await rotateApiKey(
        context.access,
        principalOf(request),
        request.params.keyId,
        request.body.overlap_hours,
      );
      return reply.status(201).send({
        id: rotated.id,
        name: rotated.name,
        role: rotated.role,
        key: rotated.key,
        replaces: { id: rotated.replaces.id, expires_at: rotated.replaces.expiresAt.toISOString() },
      });
    },
  );
}
