import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findReviewQueue } from '../../src/modules/cases/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

describe('plans on facts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives the planner the row count of a table a bulk import filled', async () => {
    await loadSellers(t.context, [businessSeller('P1'), businessSeller('P2')]);
    const lines = ['seller_id,date,orders,revenue'];
    for (let d = 1; d <= 28; d++)
      for (const id of ['P1', 'P2']) lines.push(`${id},2026-09-${String(d).padStart(2, '0')},3,30`);
    await importFeedWorkflow(t.context, {
      kind: 'sales',
      source: Readable.from(lines.map((line) => `${line}\n`)),
      origin: 'sales.csv',
      by: systemPrincipal('test'),
    });
    const [stats] = rowsOf<{ reltuples: number }>(
      await t.context.db.execute(
        sql`select reltuples::int as reltuples from pg_class where relname = 'sales_days'`,
      ),
    );
    expect(stats!.reltuples).toBe(56);
  });

  /** Whether the plan of this query reads the named index (sequential scans off: few rows here). */
  const usesIndex = async (index: string, query: ReturnType<typeof sql>) =>
    t.context.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = rowsOf<Record<string, string>>(await tx.execute(sql`explain ${query}`))
        .map((row) => Object.values(row).join(' '))
        .join('\n');
      return plan.includes(index);
    });

  it('reads a queue page and the cases ahead from the stored sort key, and the country from its column', async () => {
    const page = await findReviewQueue(t.context.db, { limit: 50 });
    expect(page).toEqual([]);
    expect(
      await usesIndex(
        'cases_queue_key_idx',
        sql`select id from cases where status in ('submitted', 'in_review', 'appealed')
          order by queue_rank, queue_due_at, id limit 50`,
      ),
    ).toBe(true);
    expect(
      await usesIndex(
        'cases_queue_key_idx',
        sql`select count(*) from cases where status in ('submitted', 'in_review', 'appealed')
          and (queue_rank, queue_due_at, id) < (1, now(), gen_random_uuid())`,
      ),
    ).toBe(true);
    expect(
      await usesIndex('sellers_country_idx', sql`select seller_id from sellers where country = 'DE'`),
    ).toBe(true);
    const [row] = rowsOf<{ country: string | null; market: string | null }>(
      await t.context.db.execute(sql`select country, market from sellers where seller_id = 'P1'`),
    );
    expect(row).toMatchObject({ country: 'CN' });
  });
});
