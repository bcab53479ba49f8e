import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findSellersMatching, indexUnsearchedSellers } from '../../src/modules/search/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller } from '../support/feed.js';

describe('search keys for a store that has none (a store from before search, keys lost)', () => {
  let t: TestApp;
  const keyCount = async () =>
    Number(
      (
        (await t.context.db.execute(sql`select count(*) as n from seller_search_keys`)) as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const sellers = [
      businessSeller('B1', { legal_rep: { full_name: '王晓明', date_of_birth: '1985-03-02' } }),
      businessSeller('B2', {
        contact: { email: 'Alice@Nova.example' },
        business: { legal_name: 'Nova Brands Limited', country: 'GB' },
      }),
      ...Array.from({ length: 5 }, (_, i) => businessSeller(`B${i + 3}`)),
    ];
    await importFeedWorkflow(t.context, {
      kind: 'sellers',
      source: Readable.from(sellers.map((s) => `${JSON.stringify(s)}\n`)),
      origin: 'search-backfill.test',
      by: systemPrincipal('test'),
    });
  }, 60_000);
  afterAll(() => t?.close());

  it('builds the keys of every seller without any, a batch at a time, and then finds them', async () => {
    const imported = await keyCount();
    expect(imported).toBeGreaterThan(0);
    await t.context.db.execute(sql`delete from seller_search_keys`);
    expect(await findSellersMatching(t.context.db, 'wang xiaoming', 10)).toEqual([]);

    expect(await indexUnsearchedSellers(t.context.db, 2)).toBe(7);
    expect(await keyCount()).toBe(imported);
    expect(await findSellersMatching(t.context.db, 'wang xiaoming', 10)).toEqual(['B1']);
    expect(await findSellersMatching(t.context.db, 'alice@nova.example', 10)).toEqual(['B2']);
    expect(await findSellersMatching(t.context.db, 'Nova Brands Lim', 10)).toEqual(['B2']);
    expect(await findSellersMatching(t.context.db, 'brands nova', 10)).toEqual(['B2']);
    expect(await findSellersMatching(t.context.db, 'Nova Bricks Lim', 10)).toEqual([]);
  });

  it('leaves indexed sellers alone and passes a seller with nothing to find once', async () => {
    expect(await indexUnsearchedSellers(t.context.db)).toBe(0);
    await t.context.db.execute(sql`delete from seller_search_keys where seller_id = 'B2'`);
    await t.context.db.execute(
      sql`update sellers set profile = '{"erased": true}'::jsonb where seller_id = 'B2'`,
    );
    expect(await indexUnsearchedSellers(t.context.db, 1)).toBe(1);
    expect(await findSellersMatching(t.context.db, 'alice@nova.example', 10)).toEqual([]);
  });
});
