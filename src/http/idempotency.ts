import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../adapters/db/database.js';
import { idempotencyKeys } from '../adapters/db/infra.schema.js';
import { hashValue } from '../platform/crypto.js';
import { AppError } from '../platform/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { principal: string; key: string } | undefined;
  }
}

// A request that started but never finished (its process died) frees its key after this long.
const ABANDONED_AFTER_MS = 60_000;

/**
 * `Idempotency-Key` on creating calls: the first response is stored per caller and key, and a
 * retry with the same key and body gets it again instead of acting twice. The same key with a
 * different body is refused.
 */
export function registerIdempotency(app: FastifyInstance, db: Db) {
  app.decorateRequest('idempotency', undefined);
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.idempotent) return;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string') return;
    if (key.length === 0 || key.length > 200)
      throw new AppError('VALIDATION_FAILED', 'Idempotency-Key is 1 to 200 characters', {
        where: 'Idempotency-Key',
      });
    const principal = request.principal?.actor ?? 'anonymous';
    const requestHash = hashValue({ method: request.method, url: request.url, body: request.body ?? null });
    await db
      .delete(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.principal, principal),
          eq(idempotencyKeys.key, key),
          sql`${idempotencyKeys.statusCode} is null`,
          lt(idempotencyKeys.createdAt, new Date(Date.now() - ABANDONED_AFTER_MS)),
        ),
      );
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ principal, key, method: request.method, path: request.url, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      request.idempotency = { principal, key };
      return;
    }
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)));
    if (!stored) throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'retry shortly', { where: 'Idempotency-Key' });
    if (stored.requestHash !== requestHash)
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request', {
        where: 'Idempotency-Key',
      });
    if (stored.statusCode === null)
      throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'the first request with this key is still running', {
        where: 'Idempotency-Key',
      });
    return reply.status(stored.statusCode).header('idempotent-replayed', 'true').send(stored.response);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    const where = and(eq(idempotencyKeys.principal, claim.principal), eq(idempotencyKeys.key, claim.key));
    // A server-side failure is not an answer: free the key so the client can retry.
    if (reply.statusCode >= 500) await db.delete(idempotencyKeys).where(where);
    else
      await db
        .update(idempotencyKeys)
        .set({
          statusCode: reply.statusCode,
          response: typeof payload === 'string' ? JSON.parse(payload) : null,
        })
        .where(where);
    return payload;
  });
}
