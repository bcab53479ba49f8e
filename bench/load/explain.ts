// EXPLAIN ANALYZE of the live path's and the queue's hot queries on a loaded PostgreSQL store:
// `DATABASE_URL=… npx tsx bench/load/explain.ts`. Each repository function runs once through a
// drizzle client that records its SQL; each recorded statement is then explained with its
// parameters. Prints markdown for docs/live-path.md.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Db, openDatabase } from '../../src/adapters/db/database.js';
import * as schema from '../../src/adapters/db/schema.js';
import { findReviewQueue } from '../../src/modules/cases/case.queue.js';
import { findNeighbourhood } from '../../src/modules/risk/index.js';
import {
  findFeedOfSellers,
  findMarketDailyOrders,
  watermarksOfSellers,
} from '../../src/modules/sellers/index.js';
import { claimReevaluations, queueReevaluation } from '../../src/workflows/reevaluation.backlog.js';
import { summariesOfSellers } from '../../src/workflows/seller-summaries.js';

// The store's schema brought up to date first (a bench store imported by an earlier release).
const migrating = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? '' });
await migrating.migrate();
await migrating.close();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const recorded: { query: string; params: unknown[] }[] = [];
const db = drizzle(pool, {
  schema,
  logger: { logQuery: (query, params) => recorded.push({ query, params }) },
}) as unknown as Db;

const { rows } = await pool.query<{ seller_id: string }>(
  `select seller_id from seller_link_keys group by seller_id order by count(*) desc, seller_id limit 200`,
);
const sellerIds = rows.map((r) => r.seller_id);
const hot: [string, () => Promise<unknown>][] = [
  [
    'neighbour lookup, 2 hops from 200 sellers',
    () => findNeighbourhood(db, sellerIds, { hops: 2, maxPerKey: 20, maxSellers: 2000 }),
  ],
  [
    'feed of 200 sellers without their events (re-evaluation reads)',
    () => findFeedOfSellers(db, sellerIds, { events: false }),
  ],
  [
    'seller summaries of 200 sellers, built from their whole history',
    () => summariesOfSellers(db, sellerIds),
  ],
  [
    'seller summaries of 200 sellers, one new event each',
    async () => {
      await pool.query(
        `insert into seller_events (event_key, seller_id, at, type, payload)
         select 'explain:' || s || ':' || $2, s, now(), 'login',
                jsonb_build_object('seller_id', s, 'at', now(), 'type', 'login', 'ip_country', 'DE')
         from unnest($1::text[]) as s`,
        [sellerIds, Date.now()],
      );
      return summariesOfSellers(db, sellerIds);
    },
  ],
  ['market daily orders, one year', () => findMarketDailyOrders(db, '2025-11-01', '2026-11-01')],
  ['sales watermarks of 200 sellers', () => watermarksOfSellers(db, 'sales', sellerIds)],
  [
    'queue backlog: claim 200',
    async () => {
      await queueReevaluation(db, sellerIds);
      return claimReevaluations(db, 200);
    },
  ],
  ['review queue, first page', () => findReviewQueue(db, { limit: 50 })],
];
for (const [title, run] of hot) {
  recorded.length = 0;
  await run();
  console.log(`### ${title}\n`);
  for (const { query, params } of recorded) {
    if (/^\s*(insert|delete)/i.test(query)) continue;
    const plan = await pool.query(`explain (analyze, buffers, costs off) ${query}`, params);
    console.log('```');
    console.log(query.replace(/\s+/g, ' ').slice(0, 400));
    for (const row of plan.rows) console.log(row['QUERY PLAN']);
    console.log('```\n');
  }
}
await pool.query('delete from pending_reevaluation');
await pool.end();
