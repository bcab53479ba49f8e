import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { countCasesByStatus } from '../../src/modules/cases/index.js';
import {
  claimReevaluations,
  finishReevaluations,
  queueReevaluation,
  reevaluationBacklog,
} from '../../src/workflows/reevaluation.backlog.js';
import { startTestApp, type TestApp } from '../support/app.js';

// Cases per status and the re-evaluation backlog are kept as counters by triggers, in the
// transaction of each change: after a burst of concurrent changes (on PostgreSQL, each on its
// own connection) they equal a recount, and a rolled-back change leaves them as they were.
const STATUSES = ['awaiting_documents', 'submitted', 'in_review', 'closed'] as const;

describe('counts kept as counters', { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const recountCases = async () =>
    new Map(
      rowsOf<{ status: string; n: number }>(
        await t.context.db.execute(sql`select status, count(*)::int as n from cases group by status`),
      ).map((r) => [r.status, r.n]),
    );
  const withoutZeros = (counts: ReadonlyMap<string, number>) =>
    Object.fromEntries([...counts].filter(([, n]) => n !== 0).sort());

  const openCases = (n: number, burst: number) =>
    t.context.db.execute(sql`
      insert into cases (id, seller_id, status, severity, policy_version, opened_at, opened_by, deadline_at, updated_at)
      select gen_random_uuid(), 'CNT-' || ${burst}::text || '-' || i, 'awaiting_documents', 'medium', 'v1',
             now(), 'system:test', now() + interval '14 days', now()
      from generate_series(1, ${n}::int) as i`);
  const moveSome = (from: string, to: string, n: number) =>
    t.context.db.execute(sql`
      update cases set status = ${to}, updated_at = now()
      where id in (select id from cases where status = ${from} order by random() limit ${n}::int
                   for update skip locked)`);

  it('equal a recount after a burst of concurrent changes', async () => {
    const work: Promise<unknown>[] = [];
    for (let burst = 0; burst < 24; burst++) {
      work.push(openCases(20, burst));
      work.push(moveSome('awaiting_documents', 'submitted', 7));
      work.push(moveSome('submitted', 'in_review', 4));
      work.push(moveSome('in_review', 'closed', 2));
      work.push(
        t.context.db.execute(sql`delete from cases where id in (
        select id from cases where status = 'closed' order by random() limit 1 for update skip locked)`),
      );
      const sellers = Array.from({ length: 30 }, (_, i) => `B-${(burst * 13 + i) % 200}`);
      work.push(queueReevaluation(t.context.db, sellers));
      work.push(
        claimReevaluations(t.context.db, 10).then((claimed) =>
          finishReevaluations(
            t.context.db,
            claimed.map((c) => c.sellerId),
          ),
        ),
      );
    }
    await Promise.all(work);
    const recount = await recountCases();
    expect(recount.size).toBeGreaterThan(2);
    expect(withoutZeros(await countCasesByStatus(t.context.db))).toEqual(withoutZeros(recount));
    for (const status of STATUSES) expect(recount.get(status) ?? 0).toBeGreaterThanOrEqual(0);

    const [backlog] = rowsOf<{ n: number }>(
      await t.context.db.execute(sql`select count(*)::int as n from pending_reevaluation`),
    );
    expect(backlog!.n).toBeGreaterThan(0);
    expect((await reevaluationBacklog(t.context.db)).waiting).toBe(backlog!.n);
  });

  it('leaves the counters as they were when the change rolls back', async () => {
    const before = withoutZeros(await countCasesByStatus(t.context.db));
    const waiting = (await reevaluationBacklog(t.context.db)).waiting;
    await expect(
      t.context.db.transaction(async (tx) => {
        await tx.execute(sql`
          insert into cases (id, seller_id, status, severity, policy_version, opened_at, opened_by, deadline_at, updated_at)
          values (${randomUUID()}, 'CNT-rolled-back', 'submitted', 'high', 'v1', now(), 'system:test', now(), now())`);
        await queueReevaluation(tx, ['CNT-rolled-back']);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(withoutZeros(await countCasesByStatus(t.context.db))).toEqual(before);
    expect((await reevaluationBacklog(t.context.db)).waiting).toBe(waiting);
  });
});
