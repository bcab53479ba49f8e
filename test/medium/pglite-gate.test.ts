import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsBulk, runAsRequest } from '../../src/adapters/db/pglite-gate.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * Requests first on PGlite (src/adapters/db/pglite-gate.ts): a statement issued for an HTTP
 * request runs before the background statements already waiting for the one connection. Without
 * the gate (`SECONDLOOK_PGLITE_GATE=0`) PGlite takes them in arrival order and every test fails.
 */
describe('PGlite: requests first', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("runs a request's statement before the background statements queued ahead of it", async (ctx) => {
    if (!t.database.pglite) return ctx.skip(); // PostgreSQL has a pool: nothing queues here
    const done: string[] = [];
    const background = Array.from({ length: 20 }, (_, i) =>
      t.context.db.execute(sql`select pg_sleep(0.002)`).then(() => done.push(`background ${i}`)),
    );
    // Issued after all twenty are queued: without the gate it would run last.
    const request = runAsRequest(async () => {
      // Awaited inside: a drizzle query starts when awaited, and takes the context it starts in.
      await t.context.db.execute(sql`select 1`);
      done.push('request');
    });
    await Promise.all([...background, request]);
    expect(done.indexOf('request')).toBeLessThanOrEqual(1);
    // Background statements keep their order among themselves.
    expect(done.filter((d) => d !== 'request')).toEqual(background.map((_, i) => `background ${i}`));
  });

  it("serves a request's bulk writes (the feed) after requests and before background work", async (ctx) => {
    if (!t.database.pglite) return ctx.skip();
    const done: string[] = [];
    const run = (label: string) => async () => {
      await t.context.db.execute(sql`select pg_sleep(0.002)`);
      done.push(label);
    };
    const all = [
      ...Array.from({ length: 5 }, (_, i) => run(`background ${i}`)()),
      ...Array.from({ length: 5 }, (_, i) => runAsBulk(run(`bulk ${i}`))),
      runAsRequest(run('request')),
    ];
    await Promise.all(all);
    // The first background statement may already hold the connection; then the request, the bulk, the rest.
    expect(done.filter((d) => d !== 'background 0')).toEqual([
      'request',
      ...Array.from({ length: 5 }, (_, i) => `bulk ${i}`),
      ...Array.from({ length: 4 }, (_, i) => `background ${i + 1}`),
    ]);
  });

  it('lets a request in between background transactions, never inside one', async (ctx) => {
    if (!t.database.pglite) return ctx.skip();
    const done: string[] = [];
    let inTransaction = false;
    let requestSawTransaction = false;
    const transactions = Array.from({ length: 5 }, (_, i) =>
      t.context.db
        .transaction(async (tx) => {
          inTransaction = true;
          for (let j = 0; j < 3; j++) await tx.execute(sql`select pg_sleep(0.002)`);
          inTransaction = false;
        })
        .then(() => done.push(`transaction ${i}`)),
    );
    const request = runAsRequest(async () => {
      await t.context.db.execute(sql`select 1`);
      requestSawTransaction = inTransaction;
      done.push('request');
    });
    await Promise.all([...transactions, request]);
    expect(done.indexOf('request')).toBeLessThanOrEqual(1);
    expect(requestSawTransaction).toBe(false);
  });

  it('answers /healthz before the background statements waiting when it arrived', async (ctx) => {
    if (!t.database.pglite) return ctx.skip();
    const done: string[] = [];
    const background = Array.from({ length: 30 }, (_, i) =>
      t.context.db.execute(sql`select pg_sleep(0.005)`).then(() => done.push(`background ${i}`)),
    );
    const health = t.server.inject({ method: 'GET', url: '/healthz' }).then((response) => {
      done.push('healthz');
      return response;
    });
    const [response] = await Promise.all([health, ...background]);
    expect(response.statusCode).toBe(200);
    expect(done.indexOf('healthz')).toBeLessThanOrEqual(2);
  });
});
