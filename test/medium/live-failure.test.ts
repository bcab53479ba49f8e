import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainReevaluations } from '../../src/workflows/reevaluate.workflow.js';
import { queueReevaluation, reevaluationBacklog } from '../../src/workflows/reevaluation.backlog.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { readMetrics } from '../support/metrics.js';

// A re-evaluation that fails half-way (its sellers claimed, the store failing under it) loses no
// seller: they wait again, first in line, the failure is counted, and the next run drains them.
describe('a re-evaluation that fails half-way', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ workers: false });
    admin = await t.tokenFor('admin');
    await loadSellers(t.context, [businessSeller('LF1'), businessSeller('LF2'), businessSeller('LF3')]);
  });
  afterAll(() => t.close());

  const metric = async (name: string) => (await readMetrics(t, admin))(name);

  it('puts its sellers back to wait, counts the failure, and drains them on the next run', async () => {
    await queueReevaluation(t.context.db, ['LF1', 'LF2', 'LF3']);
    const failuresBefore = await metric('secondlook_reevaluation_failures_total');
    // The profiles table gone from under the batch: it fails after claiming its sellers.
    await t.context.db.execute(sql`alter table sellers rename to sellers_away`);
    try {
      await expect(drainReevaluations(t.context, 0)).rejects.toThrow();
    } finally {
      await t.context.db.execute(sql`alter table sellers_away rename to sellers`);
    }
    expect(await metric('secondlook_reevaluation_failures_total')).toBe(failuresBefore + 1);
    const waiting = await reevaluationBacklog(t.context.db);
    expect(waiting.waiting).toBe(3);
    expect(await metric('secondlook_reevaluation_waiting')).toBe(3);

    await drainReevaluations(t.context, 0);
    expect((await reevaluationBacklog(t.context.db)).waiting).toBe(0);
    expect(await metric('secondlook_reevaluation_waiting')).toBe(0);
  });
});
