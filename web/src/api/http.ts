import createClient, { type Client } from 'openapi-fetch';
import { toApiError } from './errors';
import type { paths } from './schema';

export interface ApiOptions {
  baseUrl?: string;
  /** Called when the API answers 401: the session is gone. */
  onUnauthenticated?(): void;
  fetch?: typeof fetch;
}

/** What each area of the API client is built on: the typed client, and the two ways to read an answer. */
export interface Http {
  client: Client<paths>;
  /** The body of a typed call, or its problem as an `ApiError`. */
  unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>;
  /** Multipart and binary calls, which the OpenAPI document does not describe as bodies. */
  raw(method: 'GET' | 'POST', path: string, body?: FormData): Promise<Response>;
}

const CSRF_COOKIE = 'sl_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's CSRF token, from the cookie the login set (readable; the session cookie is not). */
export function csrfToken(): string | undefined {
  const cookies = globalThis.document?.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The headers a request needs beyond the cookie the browser sends: the CSRF token on writes, the page's language. */
function sessionHeaders(method: string): Record<string, string> {
  const token = SAFE_METHODS.has(method.toUpperCase()) ? undefined : csrfToken();
  // Problems come back in the page's language (the I18nProvider keeps <html lang> current).
  const lang = globalThis.document?.documentElement.lang;
  return { ...(token ? { 'x-csrf-token': token } : {}), ...(lang ? { 'accept-language': lang } : {}) };
}

/**
 * A JSON call outside the typed client (the panels that build their own paths): the session's
 * headers, the body as JSON, and a problem answer thrown as an `ApiError` in the page's language.
 */
export async function call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<Response> {
  const headers = sessionHeaders(method);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => ({})));
  return response;
}

export function createHttp(options: ApiOptions): Http {
  const baseUrl = options.baseUrl ?? globalThis.location?.origin ?? '';
  const fetcher = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<paths>({ baseUrl, fetch: fetcher });
  client.use({
    onRequest({ request }) {
      for (const [name, value] of Object.entries(sessionHeaders(request.method)))
        request.headers.set(name, value);
      return request;
    },
  });
  return {
    client,
    async unwrap(call) {
      const { data, error, response } = await call;
      if (!response.ok) {
        if (response.status === 401) options.onUnauthenticated?.();
        throw toApiError(response.status, error);
      }
      return data as never;
    },
    async raw(method, path, body) {
      const response = await fetcher(
        new Request(`${baseUrl}${path}`, {
          method,
          ...(body ? { body } : {}),
          headers: sessionHeaders(method),
        }),
      );
      if (!response.ok) {
        if (response.status === 401) options.onUnauthenticated?.();
        throw toApiError(response.status, await response.json().catch(() => ({})));
      }
      return response;
    },
  };
}
