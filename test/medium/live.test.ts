import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findReasons, listCases } from '../../src/modules/cases/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { reevaluateSellers } from '../../src/workflows/reevaluate.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, europeanSeller } from '../support/feed.js';
import { waitForReevaluationsDone } from '../support/quiet.js';
import { waitFor } from '../support/wait.js';

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

  /** The store as it stood before the test: loaded in bulk, without the live path (no race with its jobs). */
  const loadQuietly = (kind: 'sellers' | 'documents', lines: string[]) =>
    importFeedWorkflow(t.context, {
      kind,
      source: Readable.from(lines.map((line) => `${line}\n`)),
      origin: 'test setup',
      by: systemPrincipal('test'),
    });

  it('opens a case when an event arriving through the API makes a seller a finding', async () => {
    const documents = ['business_license', 'government_id', 'utility_bill'].map((type) =>
      JSON.stringify({ seller_id: 'L1', type, status: 'accepted', issued_on: '2026-10-01' }),
    );
    await loadQuietly('sellers', [JSON.stringify(businessSeller('L1'))]);
    await loadQuietly('documents', documents);
    // Nothing wrong yet: re-evaluated, the seller gets no case.
    await reevaluateSellers(t.context, ['L1']);
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

  it('links a new shared device to the other account, and opens both cases', async () => {
    const documents = (id: string) =>
      ['business_license', 'government_id', 'utility_bill'].map((type) =>
        JSON.stringify({ seller_id: id, type, status: 'accepted', issued_on: '2026-10-01' }),
      );
    const other = europeanSeller('L3', 'rossi');
    const first = europeanSeller('L2', 'northwind');
    await loadQuietly('sellers', [JSON.stringify(first), JSON.stringify(other)]);
    await loadQuietly('documents', [...documents('L2'), ...documents('L3')]);
    const at = new Date(t.context.clock.now().getTime() - 7_200_000).toISOString();
    const login = (sellerId: string) =>
      JSON.stringify({
        seller_id: sellerId,
        at,
        type: 'login',
        ip: '10.0.0.1',
        ip_country: 'CN',
        device_id: 'DEVICE-42',
      });
    await post('/v1/feed/events', login('L2'));
    // One account on the device is no link: once its re-evaluation has run, still no case.
    await waitForReevaluationsDone(t.context.db);
    expect(await listCases(t.context.db, { sellerId: 'L2', limit: 5 })).toEqual([]);

    await post('/v1/feed/events', login('L3'));
    for (const sellerId of ['L2', 'L3']) {
      const [opened] = await waitFor(async () => {
        const cases = await listCases(t.context.db, { sellerId, limit: 5 });
        return cases.length ? cases : undefined;
      });
      const reasons = await findReasons(t.context.db, [opened!.id]);
      expect(reasons.map((r) => r.trigger)).toEqual(['account_association']);
      expect(reasons[0]?.relatedSellerIds).toEqual([sellerId === 'L2' ? 'L3' : 'L2']);
    }
  });
});
