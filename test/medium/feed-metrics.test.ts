import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { fixedClock } from '../../src/platform/clock.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { readMetrics } from '../support/metrics.js';

// What the live path's feed brings that a marketplace operator must see: lines for sellers the
// store does not hold, lines dated ahead of today, notes and refusals (issue #22, bad input).
describe('feed lines in the metrics', () => {
  const clock = fixedClock(new Date('2026-11-20T10:00:00Z'));
  let t: TestApp;
  let integration: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ clock, workers: false });
    integration = await t.tokenFor('integration');
    admin = await t.tokenFor('admin');
    await loadSellers(t.context, [businessSeller('FM1')]);
  });
  afterAll(() => t.close());

  const metrics = () => readMetrics(t, admin);

  it('counts accepted, refused (by code), noted and ahead-of-today lines by kind', async () => {
    const before = await metrics();
    const line = (event: Record<string, unknown>) =>
      JSON.stringify({ type: 'login', ip_country: 'CN', ...event });
    const body = [
      line({ seller_id: 'FM1', at: '2026-11-20T09:00:00Z', ip: '10.0.0.1' }),
      line({ seller_id: 'FM1', at: '2026-11-27T09:00:00Z', ip: '10.0.0.2' }), // a week ahead
      line({ seller_id: 'NOBODY', at: '2026-11-20T09:00:00Z', ip: '10.0.0.3' }),
      '{"seller_id": "FM1", "at": ',
    ].join('\n');
    const res = await t.server.inject({
      method: 'POST',
      url: '/v1/feed/events',
      payload: body,
      headers: { authorization: `Bearer ${integration}`, 'content-type': 'application/x-ndjson' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 2, rejected: 2 });
    const after = await metrics();
    const delta = (series: string) => after(series) - before(series);
    expect(delta('secondlook_feed_lines_total{kind="events",outcome="accepted"}')).toBe(2);
    expect(delta('secondlook_feed_lines_total{kind="events",outcome="rejected"}')).toBe(2);
    expect(delta('secondlook_feed_rejections_total{kind="events",code="UNKNOWN_SELLER"}')).toBe(1);
    expect(delta('secondlook_feed_rejections_total{kind="events",code="MALFORMED_JSON"}')).toBe(1);
    expect(delta('secondlook_feed_lines_ahead_total{kind="events"}')).toBe(1);
  });

  it('counts the batches that landed of a call that fails half-way, as they are in the store', async () => {
    const was = await metrics();
    t.context.config.maxFeedBytes = 600_000;
    try {
      const lines = Array.from({ length: 3000 }, (_, i) => `${JSON.stringify(businessSeller(`FMB${i}`))}\n`);
      const res = await t.server.inject({
        method: 'POST',
        url: '/v1/feed/sellers',
        payload: Readable.from(lines),
        headers: { authorization: `Bearer ${integration}`, 'content-type': 'application/x-ndjson' },
      });
      expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      t.context.config.maxFeedBytes = 256 * 1024 * 1024;
    }
    const stored = rowsOf<{ n: number }>(
      await t.context.db.execute(sql`select count(*)::int as n from sellers where seller_id like 'FMB%'`),
    )[0]!.n;
    expect(stored).toBeGreaterThan(0);
    const now = await metrics();
    expect(
      now('secondlook_feed_lines_total{kind="sellers",outcome="accepted"}') -
        was('secondlook_feed_lines_total{kind="sellers",outcome="accepted"}'),
    ).toBe(stored);
  });
});
