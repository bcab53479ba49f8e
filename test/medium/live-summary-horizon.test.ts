import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSellerSummaries } from '../../src/modules/risk/index.js';
import { summariesOfSellers } from '../../src/workflows/seller-summaries.js';
import { startTestApp, type TestApp } from '../support/app.js';

// A seller's summary is folded up to a horizon: every transaction before it has ended. An event
// written by a transaction still open while the summary is built (and committed after a later
// one) is never lost, and an event already counted is never counted twice.
describe.runIf(process.env.DATABASE_URL)('seller summary horizon (PostgreSQL)', { timeout: 60_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (key: string, day: string) => sql`
    insert into seller_events (event_key, seller_id, at, type, payload)
    values (${key}, 'H1', ${`${day}T10:00:00Z`}::timestamptz, 'login',
            ${JSON.stringify({ seller_id: 'H1', at: `${day}T10:00:00Z`, type: 'login', ip_country: 'DE' })}::jsonb)`;
  const loginsOf = async () => (await summariesOfSellers(t.context.db, ['H1'])).get('H1')!.logins;

  it('counts an event whose transaction commits after the summary was stored, once', async () => {
    await t.context.db.execute(login('h-0', '2026-10-01'));
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written!: () => void;
    const inserted = new Promise<void>((resolve) => {
      written = resolve;
    });
    // An older transaction: writes its event first, commits last.
    const older = t.context.db.transaction(async (tx) => {
      await tx.execute(login('h-older', '2026-10-02'));
      written();
      await held;
    });
    await inserted;
    await t.context.db.execute(login('h-later', '2026-10-03'));
    // The later event counts now, but the stored summary stops before the open transaction.
    expect(Object.keys(await loginsOf()).sort()).toEqual(['2026-10-01\u0001DE', '2026-10-03\u0001DE']);
    const stored = (await findSellerSummaries(t.context.db, ['H1'])).get('H1')!;
    expect(Object.keys(stored.summary.logins)).toEqual(['2026-10-01\u0001DE']);
    release();
    await older;
    // Built again: the older transaction's event is there, and each event once.
    for (let i = 0; i < 2; i++)
      expect(await loginsOf()).toEqual({
        '2026-10-01\u0001DE': 1,
        '2026-10-02\u0001DE': 1,
        '2026-10-03\u0001DE': 1,
      });
    const settled = (await findSellerSummaries(t.context.db, ['H1'])).get('H1')!;
    expect(Object.keys(settled.summary.logins)).toHaveLength(3);
  });
});
