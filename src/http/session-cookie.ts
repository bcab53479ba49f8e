import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.js';

/** The browser's session: the token itself, never readable by the page's scripts. */
const SESSION_COOKIE = 'sl_session';
/** The double-submit token: readable by the page, sent back in `X-CSRF-Token` on every write. */
const CSRF_COOKIE = 'sl_csrf';
const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token of a session: a hash of its token, so it needs no storage, is bound to that one
 * session, and tells nothing about the token (another origin can neither read nor forge it).
 */
export const csrfTokenFor = (sessionToken: string): string =>
  createHash('sha256').update(`secondlook-csrf\0${sessionToken}`).digest('base64url');

export interface Credential {
  token: string;
  /** A bearer token (integrations, the CLI, scripts) needs no CSRF check; a cookie does. */
  via: 'bearer' | 'cookie';
}

/** The request's credential: an `Authorization: Bearer` header first, else the session cookie. */
export function credentialOf(request: FastifyRequest): Credential | undefined {
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

/** Cookies are `Secure` over HTTPS (or always, in production, behind a proxy that ends TLS). */
export interface CookiePolicy {
  alwaysSecure: boolean;
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  policy: CookiePolicy,
): string {
  const secure = policy.alwaysSecure || request.protocol === 'https';
  const common = { path: '/', sameSite: 'strict' as const, secure, expires: expiresAt };
  const csrf = csrfTokenFor(token);
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
  return csrf;
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/**
 * A state-changing request made with the session cookie must come from this origin (`Origin`, or
 * else `Referer`, when the browser sends one) and carry the session's CSRF token in `X-CSRF-Token`.
 * Anything else is 403 `CSRF_REJECTED`: nothing it asked for is done.
 */
export function assertNotForged(request: FastifyRequest, credential: Credential): void {
  if (credential.via !== 'cookie' || SAFE_METHODS.has(request.method)) return;
  assertSameOrigin(request);
  const sent = headerValue(request.headers[CSRF_HEADER]);
  const expected = csrfTokenFor(credential.token);
  if (!sent || sent.length !== expected.length || !timingSafeEqual(Buffer.from(sent), Buffer.from(expected)))
    throw new AppError(
      'CSRF_REJECTED',
      'a write made with the session cookie needs its CSRF token in the `X-CSRF-Token` header (the `sl_csrf` cookie)',
      { where: 'X-CSRF-Token' },
    );
}

/** A browser request that says it comes from another origin is refused (also a login: no login CSRF). */
export function assertSameOrigin(request: FastifyRequest): void {
  const own = `${request.protocol}://${request.host}`;
  const claimed = originOf(request);
  if (claimed !== undefined && claimed !== own)
    throw new AppError('CSRF_REJECTED', `a request from ${claimed} may not act with this site's session`, {
      where: 'Origin',
    });
}

function originOf(request: FastifyRequest): string | undefined {
  const origin = headerValue(request.headers.origin);
  if (origin) return origin;
  const referer = headerValue(request.headers.referer);
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
