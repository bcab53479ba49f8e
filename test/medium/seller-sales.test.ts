import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertSales } from '../../src/modules/sellers/sellers.repository.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

describe('a seller’s daily sales for the case page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('Q1')]);
    await upsertSales(t.context.db, [
      { seller_id: 'Q1', date: '2026-11-01', orders: 3, revenue: 120.5 },
      { seller_id: 'Q1', date: '2026-11-02', orders: 40, revenue: 1999.99 },
      { seller_id: 'Q1', date: '2026-11-09', orders: 2, revenue: 80 },
    ]);
  });
  afterAll(() => t.close());

  const get = async (role: 'reviewer' | 'integration' | 'seller', url: string) =>
    t.server.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await t.tokenFor(role, role === 'seller' ? 'Q1' : undefined)}` },
    });

  it('answers staff with the days in the range, oldest first', async () => {
    const res = await get('reviewer', '/v1/sellers/Q1/sales?from=2026-11-01&to=2026-11-05');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      seller_id: 'Q1',
      from: '2026-11-01',
      to: '2026-11-05',
      data: [
        { date: '2026-11-01', orders: 3, revenue: 120.5 },
        { date: '2026-11-02', orders: 40, revenue: 1999.99 },
      ],
    });
  });

  it('is for staff only, and checks the range', async () => {
    expect((await get('seller', '/v1/sellers/Q1/sales?from=2026-11-01&to=2026-11-05')).statusCode).toBe(403);
    expect((await get('integration', '/v1/sellers/Q1/sales?from=2026-11-01&to=2026-11-05')).statusCode).toBe(
      403,
    );
    expect((await get('reviewer', '/v1/sellers/Q1/sales?from=2026-11-05&to=2026-11-01')).statusCode).toBe(
      400,
    );
    expect((await get('reviewer', '/v1/sellers/Q1/sales?from=2020-01-01&to=2026-11-01')).statusCode).toBe(
      400,
    );
    expect((await get('reviewer', '/v1/sellers/NOPE/sales?from=2026-11-01&to=2026-11-05')).statusCode).toBe(
      404,
    );
  });
});
