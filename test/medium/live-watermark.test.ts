import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReasons, listCases } from '../../src/modules/cases/index.js';
import { findWatermarks } from '../../src/modules/sellers/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, importFeedLines } from '../support/feed.js';
import { waitForReevaluationsDone } from '../support/quiet.js';

const DAY_MS = 86_400_000;

describe('live path on a sales feed that lags the events', () => {
  let t: TestApp;
  let integration: string;
  beforeAll(async () => {
    t = await startTestApp({ workers: true });
    integration = await t.tokenFor('integration');
  });
  afterAll(() => t.close());

  const dayBefore = (days: number) =>
    new Date(t.context.clock.now().getTime() - days * DAY_MS).toISOString().slice(0, 10);
  const load = (kind: 'sellers' | 'documents' | 'sales', lines: string[]) =>
    importFeedLines(t.context, kind, lines);

  it('opens no sales case when events arrive a week ahead of the sales feed', async () => {
    // Two marketplaces: DE's sales file arrived yesterday, FR's is a week late.
    const de = Array.from({ length: 12 }, (_, i) => `WDE${i}`);
    const ids = Array.from({ length: 6 }, (_, i) => `WFR${i}`);
    const seller = (id: string, marketplace: string) =>
      JSON.stringify({
        ...businessSeller(id, { created_at: `${dayBefore(400)}T00:00:00Z` }),
        store: { marketplace },
      });
    await load('sellers', [...de.map((id) => seller(id, 'DE')), ...ids.map((id) => seller(id, 'FR'))]);
    await load(
      'documents',
      ids.flatMap((id) =>
        ['business_license', 'government_id', 'utility_bill'].map((type) =>
          JSON.stringify({ seller_id: id, type, status: 'accepted', issued_on: dayBefore(60) }),
        ),
      ),
    );
    // Steady sales for 150 days, up to yesterday in DE and up to eight days ago in FR.
    const sales = ['seller_id,date,orders,revenue'];
    for (const [i, id] of [...de, ...ids].entries())
      for (let d = 158; d >= (id.startsWith('WFR') ? 8 : 1); d--)
        sales.push(`${id},${dayBefore(d)},${20 + i + ((d * 7) % 5)},${100 * (20 + i)}`);
    await load('sales', sales);
    const watermarks = await findWatermarks(t.context.db, 'sales');
    expect([watermarks.get('*'), watermarks.get('DE'), watermarks.get('FR')]).toEqual([
      dayBefore(1),
      dayBefore(1),
      dayBefore(8),
    ]);

    // Events for every day of the last week, through the API: the live path re-evaluates them all.
    const events = ids.flatMap((id) =>
      Array.from({ length: 7 }, (_, d) =>
        JSON.stringify({
          seller_id: id,
          at: `${dayBefore(d + 1)}T10:00:00Z`,
          type: 'login',
          ip: '10.1.2.3',
          ip_country: 'GB',
        }),
      ),
    );
    const res = await t.server.inject({
      method: 'POST',
      url: '/v1/feed/events',
      payload: events.join('\n'),
      headers: { authorization: `Bearer ${integration}`, 'content-type': 'application/x-ndjson' },
    });
    expect(res.json()).toMatchObject({ accepted: events.length });
    expect((await findWatermarks(t.context.db, 'events')).get('*')).toBe(dayBefore(1));
    await waitForReevaluationsDone(t.context.db);

    const opened = (
      await Promise.all(ids.map((sellerId) => listCases(t.context.db, { sellerId, limit: 5 })))
    ).flat();
    const reasons = await findReasons(
      t.context.db,
      opened.map((c) => c.id),
    );
    expect(reasons.filter((r) => r.trigger === 'sales_anomaly')).toEqual([]);
  });
});
