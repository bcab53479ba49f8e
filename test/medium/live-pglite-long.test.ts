import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.js';
import { findMarketDailyOrders } from '../../src/modules/sellers/index.js';
import { marketDailyOrdersBySlices } from '../../src/workflows/reevaluate.market.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

// Issue #22: on PGlite no statement of the live path may hold the server's thread for long.

describe('the market daily orders, slice by slice of sellers', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    const ids = Array.from({ length: 23 }, (_, i) => `S${String(i + 1).padStart(3, '0')}`);
    await database.db.execute(sql`
      insert into sellers (seller_id, entity_type, profile, profile_version, profile_hash)
      select id, 'company', jsonb_build_object('seller_id', id), 1, id
      from unnest(${sql.param(ids)}::text[]) as id`);
    // Every seller sells on some of ten days; two sellers without a profile, one before every
    // seller id and one after, sell too; a day with an unusable figure counts as nothing.
    await database.db.execute(sql`
      insert into sales_days (seller_id, day, orders)
      select id, date '2026-10-01' + d, case when (n + d) % 7 = 0 then null else n * 10 + d end
      from unnest(${sql.param([...ids, 'A000', 'Z999'])}::text[]) with ordinality as s(id, n)
      cross join generate_series(0, 9) as d
      where (n + d) % 5 <> 0`);
  });
  afterAll(() => database.destroy());

  it('sums what one statement over every row sums, for every slice size', async () => {
    const whole = await findMarketDailyOrders(database.db, '2026-10-02', '2026-10-09');
    expect(whole.size).toBe(7);
    for (const perSlice of [1, 5, 23, 24, 1000]) {
      const sliced = await marketDailyOrdersBySlices(database.db, '2026-10-02', '2026-10-09', perSlice);
      expect(new Map([...sliced].sort()), `${perSlice} per slice`).toEqual(new Map([...whole].sort()));
    }
  });
});

describe('long PGlite statements, reported (SECONDLOOK_PGLITE_SLOW_MS)', () => {
  it('names the statement and the transaction that held the thread, without their parameters', async () => {
    const lines: { msg: string; sql?: string; after?: string; last?: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    process.env.SECONDLOOK_PGLITE_SLOW_MS = '0.000001';
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined }, pino({}, sink));
    delete process.env.SECONDLOOK_PGLITE_SLOW_MS;
    try {
      await database.db.execute(sql`select count(*) from generate_series(1, ${200_000}) as g`);
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`select ${'a secret'}::text as s`);
        await tx.execute(sql`select 2 as two`);
      });
      const statements = lines.filter((l) => l.msg === 'long PGlite statement').map((l) => l.sql);
      expect(statements).toContain('select count(*) from generate_series(1, $1) as g');
      expect(statements).toContain('select $1::text as s');
      const transactions = lines.filter((l) => l.msg === 'long PGlite transaction');
      expect(transactions.at(-1)?.last).toBe('select 2 as two');
      expect(JSON.stringify(lines)).not.toContain('a secret');
    } finally {
      await database.close();
    }
  });

  it('reports nothing unless asked', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined }, pino({}, sink));
    try {
      await database.db.execute(sql`select count(*) from generate_series(1, ${200_000}) as g`);
      expect(lines).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
