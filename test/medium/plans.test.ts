import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
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
});
