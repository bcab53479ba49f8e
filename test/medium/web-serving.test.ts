import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/http/server.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** The built web UI is served at `/` beside the API, which keeps its own paths and errors. */
describe('serving the web UI', () => {
  let t: TestApp;
  let built: FastifyInstance;
  let unbuilt: FastifyInstance;
  const root = mkdtempSync(join(tmpdir(), 'secondlook-webroot-'));

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await startTestApp();
    built = await buildServer(t.context, { logger: false, webRoot: root });
    unbuilt = await buildServer(t.context, { logger: false, webRoot: join(root, 'missing') });
  });
  afterAll(async () => {
    await built.close();
    await unbuilt.close();
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml' };

  it('answers the page at / and at any page path, never cached', async () => {
    for (const url of ['/', '/seller', '/office/cases/5a1c7e0e-0000-4000-8000-000000000000?x=1']) {
      const res = await built.inject({ method: 'GET', url, headers: html });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves hashed assets for a year', async () => {
    const res = await built.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API its paths: unknown API routes and missing assets are problem+json 404s', async () => {
    for (const url of ['/v1/nothing-here', '/assets/missing.js', '/healthz/x']) {
      const res = await built.inject({ method: 'GET', url, headers: html });
      expect({ url, status: res.statusCode, type: res.headers['content-type'] }).toEqual({
        url,
        status: 404,
        type: 'application/problem+json; charset=utf-8',
      });
    }
    expect((await built.inject({ method: 'GET', url: '/openapi.json' })).json().openapi).toBe('3.1.0');
    expect((await built.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('says how to build the UI when it is not built', async () => {
    const res = await unbuilt.inject({ method: 'GET', url: '/', headers: html });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:web');
    expect((await unbuilt.inject({ method: 'GET', url: '/seller', headers: html })).statusCode).toBe(404);
  });
});
