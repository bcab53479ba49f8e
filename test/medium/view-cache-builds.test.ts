import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerViewCache } from '../../src/http/view-cache.js';
import { systemClock } from '../../src/platform/clock.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

// The reads that wait for a page being built (src/http/view-cache.ts) are answered by that build,
// even when a newer version of the store started another build of the same page meanwhile.
describe('pages built once for the reads that wait', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());

  it('answers the waiters of an older build after a newer build of the same page started', async () => {
    const app = Fastify();
    app.decorateRequest('principal', undefined);
    app.addHook('onRequest', async (request) => {
      request.principal = { kind: 'user', id: 'u1', role: 'reviewer', sellerId: undefined, actor: 'user:u1' };
    });
    registerViewCache(app, database.db, systemClock);
    const gates: (() => void)[] = [];
    let built = 0;
    app.get('/page', { config: { caseViews: true } }, async () => {
      const n = ++built;
      await new Promise<void>((resolve) => gates.push(resolve));
      return { page: n };
    });
    await app.ready();
    const read = () => app.inject({ method: 'GET', url: '/page' });
    const until = async (ok: () => boolean) => {
      while (!ok()) await new Promise((resolve) => setTimeout(resolve, 5));
    };

    const first = read();
    await until(() => gates.length === 1);
    const waiter = read(); // the same page at the same version: waits for the first build
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(built).toBe(1);
    await database.db.execute(sql`select nextval('case_views_version')`);
    const newer = read(); // a newer version: a build of its own
    await until(() => gates.length === 2);
    gates[0]!();
    expect((await first).json()).toEqual({ page: 1 });
    expect((await waiter).json()).toEqual({ page: 1 });
    gates[1]!();
    expect((await newer).json()).toEqual({ page: 2 });
    await app.close();
  });
});
