import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findReasons, listCases } from '../../src/modules/cases/index.js';
import type { FeedKind } from '../../src/modules/sellers/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { reevaluateSellers } from '../../src/workflows/reevaluate.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { europeanSeller } from '../support/feed.js';

// A batch re-evaluates its sellers fully and their association neighbours for association only:
// a neighbour's case for another trigger is left as it was, while a link reaching it still joins
// its case.
describe('live path: a seller reached only as a neighbour', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const load = (kind: FeedKind, records: object[]) =>
    importFeedWorkflow(t.context, {
      kind,
      source: Readable.from(records.map((r) => `${JSON.stringify(r)}\n`)),
      origin: 'test setup',
      by: systemPrincipal('test'),
    });
  const document = (sellerId: string, type: string) => ({
    seller_id: sellerId,
    type,
    status: 'accepted',
    issued_on: '2026-10-01',
  });
  const caseOf = async (sellerId: string) => {
    const [found] = await listCases(t.context.db, { sellerId, limit: 5 });
    return found;
  };
  const reasonsOf = async (caseId: string) =>
    (await findReasons(t.context.db, [caseId])).map((r) => ({
      trigger: r.trigger,
      summary: r.summary,
      evidence: r.evidence,
      relatedSellerIds: r.relatedSellerIds,
      updatedAt: r.updatedAt,
    }));

  it("leaves a neighbour's other triggers as they were, and adds the link to its case", async () => {
    const neighbour = europeanSeller('NB1', 'northwind');
    const changed = europeanSeller('CH1', 'rossi');
    await load('sellers', [neighbour, changed]);
    await load(
      'documents',
      ['business_license', 'government_id', 'utility_bill'].map((type) => document('CH1', type)),
    );
    // The neighbour has no documents: its own re-evaluation opens a case for that.
    await reevaluateSellers(t.context, ['NB1']);
    const opened = await caseOf('NB1');
    expect(opened).toBeDefined();
    const before = await reasonsOf(opened!.id);
    expect(before.map((r) => r.trigger)).toEqual(['missing_documentation']);

    // Its data changes (one document arrives; its own re-evaluation would update the reason),
    // and a device links it to CH1, whose batch alone is re-evaluated.
    await load('documents', [document('NB1', 'business_license')]);
    const at = new Date(t.context.clock.now().getTime() - 7_200_000).toISOString();
    await load(
      'events',
      ['NB1', 'CH1'].map((sellerId) => ({
        seller_id: sellerId,
        at,
        type: 'login',
        ip: '10.0.0.1',
        ip_country: 'GB',
        device_id: 'DEVICE-NB',
      })),
    );
    await reevaluateSellers(t.context, ['CH1']);

    const own = await reasonsOf((await caseOf('CH1'))!.id);
    expect(own.map((r) => [r.trigger, r.relatedSellerIds])).toEqual([['account_association', ['NB1']]]);
    const after = await reasonsOf(opened!.id);
    // The link joined the neighbour's case; its missing-documents reason is the one it had.
    expect(after.map((r) => [r.trigger, r.relatedSellerIds])).toEqual([
      ['missing_documentation', []],
      ['account_association', ['CH1']],
    ]);
    expect(after[0]).toEqual(before[0]);

    // Its own re-evaluation then judges the document that arrived.
    await reevaluateSellers(t.context, ['NB1']);
    const own2 = await reasonsOf(opened!.id);
    expect(own2[0]?.trigger).toBe('missing_documentation');
    expect(own2[0]?.evidence).not.toEqual(before[0]?.evidence);
  });
});
