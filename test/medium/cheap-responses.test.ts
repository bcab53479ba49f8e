import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePolicy } from '../../src/modules/cases/index.js';
import { startTestApp, type TestApp } from '../support/app.js';

describe('cheap responses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ workers: true });
  });
  afterAll(() => t.close());

  it('keeps the native JSON and globals once the server has started and answered', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    for (const fn of [JSON.stringify, JSON.parse, Array.from, Object.assign, Promise.all, structuredClone])
      expect(Function.prototype.toString.call(fn)).toContain('[native code]');
  });

  it('reads the active policy without parsing it again for every request', async () => {
    const first = await activePolicy(t.context.db);
    expect(await activePolicy(t.context.db)).toBe(first);
  });
});
