import createClient, { type Client } from 'openapi-fetch';
import { toApiError } from './errors';
import type { paths } from './schema';

export interface ApiOptions {
  baseUrl?: string;
  token(): string | undefined;
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

export function createHttp(options: ApiOptions): Http {
  const baseUrl = options.baseUrl ?? globalThis.location?.origin ?? '';
  const fetcher = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<paths>({ baseUrl, fetch: fetcher });
  client.use({
    onRequest({ request }) {
      const token = options.token();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      // Problems come back in the page's language (the I18nProvider keeps <html lang> current).
      const lang = globalThis.document?.documentElement.lang;
      if (lang) request.headers.set('accept-language', lang);
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
      const token = options.token();
      const response = await fetcher(
        new Request(`${baseUrl}${path}`, {
          method,
          ...(body ? { body } : {}),
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(globalThis.document?.documentElement.lang
              ? { 'accept-language': globalThis.document.documentElement.lang }
              : {}),
          },
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
