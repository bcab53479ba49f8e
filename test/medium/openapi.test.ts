import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('OpenAPI and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves an OpenAPI 3.1 document that covers every API route', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const routes = t.server.routeCatalogue.map((r) => `${r.method} ${r.url}`);
    expect(documented.sort()).toEqual(routes.sort());
    expect(doc.paths['/v1/cases'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'trigger', 'cursor', 'limit']),
    );
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves a docs page', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('answers health once ready', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/healthz' });
    expect(res.json()).toEqual({ status: 'ok', storage: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });
});
