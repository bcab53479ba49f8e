import PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { pgBossDbOfPool } from './pg-boss.db.js';

/** A pool the process has already closed: every statement is refused, as node-postgres does. */
const closedPool = {
  query: async () => {
    throw new Error('Cannot use a pool after calling end on the pool');
  },
} as never;

describe('pg-boss after the queue stops', () => {
  const boss = new PgBoss({ db: pgBossDbOfPool(closedPool, () => true) });
  const id = '0b7c1d5e-8f0a-4c53-9a4e-2f1d3c4b5a69';

  it("answers a job's completion or failure written as the pool closes, without throwing", async () => {
    // pg-boss reads the one row of these commands; an empty answer threw, unawaited, and ended the process.
    await expect(boss.fail('sellers.reevaluation-due', id, { error: 'stopped' })).resolves.toMatchObject({
      affected: 0,
    });
    await expect(boss.complete('sellers.reevaluation-due', id)).resolves.toMatchObject({ affected: 0 });
    await expect(boss.cancel('sellers.reevaluation-due', id)).resolves.toMatchObject({ affected: 0 });
  });

  it('fetches nothing', async () => {
    await expect(boss.fetch('sellers.reevaluation-due')).resolves.toEqual([]);
  });
});
