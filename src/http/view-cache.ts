import type { FastifyInstance, FastifyRequest } from 'fastify';
import { caseViewsVersion } from '../adapters/db/counters.js';
import type { Db } from '../adapters/db/database.js';
import type { Clock } from '../platform/clock.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read built from the case tables: answered again from memory while they have not changed. */
    caseViews?: boolean;
  }
  interface FastifyRequest {
    viewCacheSlot: ViewBuild | undefined;
  }
}

/**
 * Responses kept while what they were built from has not changed (docs/live-path.md, "Case lists
 * read once per change"). An entry answers only for the same key, at the same version of the
 * store, and for at most `maxAgeMs` by the product's clock: a page's deadlines and allowed actions
 * move with time, and a write that commits after the version was read is seen within that age.
 * The least recently used entry goes first when the cache is full.
 */
export interface ViewCache {
  get(key: string, version: string, now: Date): string | undefined;
  set(key: string, version: string, now: Date, body: string): void;
}

export function createViewCache({ maxEntries = 256, maxAgeMs = 1000 } = {}): ViewCache {
  const entries = new Map<string, { version: string; at: number; body: string }>();
  return {
    get(key, version, now) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      const age = now.getTime() - entry.at;
      if (entry.version !== version || age < 0 || age >= maxAgeMs) return undefined;
      entries.set(key, entry);
      return entry.body;
    },
    set(key, version, now, body) {
      entries.delete(key);
      entries.set(key, { version, at: now.getTime(), body });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
  };
}

/** A page being built: the reads that wait for it get its body (`undefined` if it failed). */
interface ViewBuild {
  key: string;
  version: string;
  at: Date;
  body: Promise<string | undefined>;
  done(body?: string): void;
}

/**
 * Routes with `config.caseViews` answer a caller's repeated read (same principal, same URL) from
 * memory while `case_views_version` has not moved: the version is read before the page is built,
 * so a change made while it is built makes the next read build it again. Reads that arrive while
 * the same page is being built at the same version wait for it rather than build it again (fifty
 * reviewers' tabs refreshing at once build one page). `SECONDLOOK_VIEW_CACHE=0` turns it off (to
 * compare, docs/benchmarks.md).
 */
export function registerViewCache(app: FastifyInstance, db: Db, clock: Clock, cache = createViewCache()) {
  if (process.env.SECONDLOOK_VIEW_CACHE === '0') return;
  const building = new Map<string, ViewBuild>();
  const finish = (request: FastifyRequest, body?: string) => {
    const build = request.viewCacheSlot;
    if (!build) return;
    request.viewCacheSlot = undefined;
    if (body !== undefined) cache.set(build.key, build.version, build.at, body);
    // A newer build of the same key may have taken its place meanwhile: that one stays.
    if (building.get(build.key) === build) building.delete(build.key);
    build.done(body);
  };
  app.decorateRequest('viewCacheSlot', undefined);
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.caseViews || request.method !== 'GET') return;
    const principal = request.principal;
    if (!principal) return;
    const key = `${principal.kind}:${principal.id}:${principal.role}:${principal.sellerId ?? ''} ${request.url}`;
    const version = await caseViewsVersion(db);
    const at = clock.now();
    const kept = cache.get(key, version, at);
    if (kept !== undefined) return reply.type('application/json; charset=utf-8').send(kept);
    const build = building.get(key);
    if (build?.version === version) {
      const body = await build.body;
      if (body !== undefined) return reply.type('application/json; charset=utf-8').send(body);
      return; // the first build failed: this read builds its own
    }
    let done: (body?: string) => void = () => undefined;
    const body = new Promise<string | undefined>((resolve) => {
      done = resolve;
    });
    const started: ViewBuild = { key, version, at, body, done };
    building.set(key, started);
    request.viewCacheSlot = started;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    finish(request, reply.statusCode === 200 && typeof payload === 'string' ? payload : undefined);
    return payload;
  });
  // A request that ends without a response (the client went away) releases its waiters too.
  app.addHook('onResponse', async (request) => finish(request));
  app.addHook('onRequestAbort', async (request) => finish(request));
}
