import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build:web` puts the web UI (Vite's output of `web/`). */
const DEFAULT_WEB_ROOT = join(import.meta.dirname, '../../web/dist');

/** Paths the API owns: they never fall back to the web UI's page. */
const API_PREFIXES = ['/v1', '/openapi.json', '/docs', '/healthz'];

export interface WebApp {
  /** Whether a GET that matched no route is a page of the web UI (answered with its index.html). */
  isPageRequest(request: FastifyRequest): boolean;
  sendPage(reply: FastifyReply): FastifyReply;
}

/**
 * Serves the built web UI at `/`: hashed assets for a year, the page itself never cached, and
 * every other non-API GET that asks for HTML answered with the page, so that a reload on
 * `/cases/…` lands in the app. Without a build, `/` says how to make one.
 */
export async function registerWebApp(app: FastifyInstance, root = DEFAULT_WEB_ROOT): Promise<WebApp> {
  const isBuilt = existsSync(join(root, 'index.html'));
  if (isBuilt)
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      index: 'index.html',
      setHeaders(reply, path) {
        const isAsset = path.includes('/assets/');
        reply
          .header('Cache-Control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache')
          .header('X-Content-Type-Options', 'nosniff')
          .header('Referrer-Policy', 'no-referrer')
          .header('X-Frame-Options', 'DENY');
      },
    });
  else
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>Second Look</title><p>The web UI is not built. Run <code>npm start</code> ' +
            '(it builds it) or <code>npm run build:web</code>. The API is at <a href="/docs">/docs</a>.</p>',
        ),
    );
  return {
    isPageRequest(request) {
      if (!isBuilt || request.method !== 'GET') return false;
      const path = request.url.split('?')[0] ?? '';
      if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
      // A missing file (an old hashed asset, a typo) is a 404, not the page.
      if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return false;
      return (request.headers.accept ?? '').includes('text/html');
    },
    sendPage(reply) {
      return reply.sendFile('index.html');
    },
  };
}
