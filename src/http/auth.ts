import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AccessDeps, authenticate, type Principal, type Role } from '../modules/access/index.js';
import { AppError } from '../platform/errors.js';
import { assertNotForged, type Credential, credentialOf } from './session-cookie.js';

/** Who may call a route: `public`, or the roles allowed (a seller is further limited to its own data). */
type RouteAccess = 'public' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Creating calls honour an `Idempotency-Key` header. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
    /** How the caller proved who it is: a bearer token, or the browser's session cookie. */
    credential: Credential | undefined;
  }
}

export const ANY_ROLE: readonly Role[] = ['integration', 'seller', 'reviewer', 'supervisor', 'admin'];
export const STAFF: readonly Role[] = ['reviewer', 'supervisor', 'admin'];

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * Every route declares who may call it; a route that forgets is refused at start-up, not opened
 * by default. Answers the catalogue of routes and their access, filled as routes register.
 */
export function registerAuth(app: FastifyInstance, deps: AccessDeps): RouteEntry[] {
  const catalogue: RouteEntry[] = [];
  app.decorateRequest('principal', undefined);
  app.decorateRequest('credential', undefined);
  app.addHook('onRoute', (route) => {
    const isOwnedRoute = route.url.startsWith('/v1') || route.url === '/healthz';
    if (!isOwnedRoute) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') catalogue.push({ method, url: route.url, access });
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const credential = credentialOf(request);
    if (!credential)
      throw new AppError('UNAUTHENTICATED', 'send `Authorization: Bearer <token>` or log in', {
        where: 'Authorization',
      });
    const principal = await authenticate(deps, credential.token);
    assertNotForged(request, credential);
    if (!(access as readonly string[]).includes(principal.role))
      throw new AppError('FORBIDDEN', `role ${principal.role} may not call this endpoint`, {
        where: 'Authorization',
      });
    request.principal = principal;
    request.credential = credential;
  });
  return catalogue;
}

/** The authenticated principal of a route that is not public. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal)
    throw new AppError('UNAUTHENTICATED', 'not authenticated', { where: 'Authorization' });
  return request.principal;
}
