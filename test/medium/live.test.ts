import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReasons, listCases } from '../../src/modules/cases/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller } from '../support/feed.js';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('live path', () => {
  let t: TestApp;
  let integration: string;
  beforeAll(async () => {
    t = await startTestApp({ workers: true });
    integration = await t.tokenFor('integration');
  });
  afterAll(() => t.close());

  const post = (url: string, body: string, contentType = 'application/x-ndjson') =>
    t.server.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { authorization: `Bearer ${integration}`, 'content-type': contentType },
    });

  it('opens a case when an event arriving through the API makes a seller a finding', async () => {
    const documents = ['business_license', 'government_id', 'utility_bill'].map((type) =>
      JSON.stringify({ seller_id: 'L1', type, status: 'accepted', issued_on: '2026-10-01' }),
    );
    await post('/v1/feed/sellers', JSON.stringify(businessSeller('L1')));
    await post('/v1/feed/documents', documents.join('\n'));
    // Nothing wrong yet: no case.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await listCases(t.context.db, { sellerId: 'L1', limit: 5 })).toEqual([]);

    const at = new Date(t.context.clock.now().getTime() - 3_600_000).toISOString();
    const res = await post(
      '/v1/feed/events',
      JSON.stringify({
        seller_id: 'L1',
        at,
        type: 'identity_check',
        result: 'failed',
        reason: 'face does not match',
      }),
    );
    expect(res.json()).toMatchObject({ accepted: 1, written: 1 });
    const [opened] = await waitFor(async () => {
      const cases = await listCases(t.context.db, { sellerId: 'L1', limit: 5 });
      return cases.length ? cases : undefined;
    });
    const reasons = await findReasons(t.context.db, [opened!.id]);
    expect(reasons.map((r) => [r.trigger, r.source])).toEqual([['identity_verification', 'live']]);
    expect(reasons[0]?.summary).toContain('face does not match');
  });
});
