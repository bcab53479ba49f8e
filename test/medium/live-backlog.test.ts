import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { appendAuditEvent, chainAuditEvents } from '../../src/modules/audit/index.js';
import { drainReevaluations, REEVALUATION_WORKERS } from '../../src/workflows/reevaluate.workflow.js';
import {
  claimReevaluations,
  finishReevaluations,
  queueReevaluation,
  reevaluationBacklog,
} from '../../src/workflows/reevaluation.backlog.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { readMetrics } from '../support/metrics.js';

describe('re-evaluation backlog of the live path', () => {
  let t: TestApp;
  let integration: string;
  let admin: string;
  beforeAll(async () => {
    // No workers: the backlog stays as ingest left it until the test drains it.
    t = await startTestApp({ workers: false });
    integration = await t.tokenFor('integration');
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  const metric = async (name: string) => (await readMetrics(t, admin))(name);

  it('queues a seller once however many events arrive, wakes each worker once, and drains', async () => {
    const ids = ['B1', 'B2', 'B3'];
    await loadSellers(
      t.context,
      ids.map((id) => businessSeller(id)),
    );
    const at = new Date(t.context.clock.now().getTime() - 3_600_000).toISOString();
    for (let round = 0; round < 5; round++) {
      const body = ids
        .map((seller_id, i) =>
          JSON.stringify({ seller_id, at, type: 'login', ip: `10.0.${round}.${i}`, ip_country: 'CN' }),
        )
        .join('\n');
      const res = await t.server.inject({
        method: 'POST',
        url: '/v1/feed/events',
        payload: body,
        headers: { authorization: `Bearer ${integration}`, 'content-type': 'application/x-ndjson' },
      });
      expect(res.json()).toMatchObject({ accepted: 3, written: 3 });
    }
    expect((await reevaluationBacklog(t.context.db)).waiting).toBe(3);
    const [jobs] = rowsOf<{ n: number }>(
      await t.context.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'sellers.reevaluation-due' and state = 'created'`,
      ),
    );
    expect(jobs!.n).toBe(REEVALUATION_WORKERS);
    expect(await metric('secondlook_reevaluation_waiting')).toBe(3);

    await drainReevaluations(t.context, 0);
    expect((await reevaluationBacklog(t.context.db)).waiting).toBe(0);
    expect(await metric('secondlook_reevaluation_waiting')).toBe(0);
    expect(await metric('secondlook_reevaluations_total')).toBe(3);
  });

  it('re-evaluates once more a seller whose event arrived while it was being re-evaluated', async () => {
    await queueReevaluation(t.context.db, ['R1', 'R2']);
    const claimed = await claimReevaluations(t.context.db, 10);
    expect(claimed.map((c) => c.sellerId).sort()).toEqual(['R1', 'R2']);
    // Claimed sellers are not handed to a second worker.
    expect(await claimReevaluations(t.context.db, 10)).toEqual([]);
    await queueReevaluation(t.context.db, ['R1', 'R1', 'R3']);
    await finishReevaluations(t.context.db, ['R1', 'R2']);
    const again = await claimReevaluations(t.context.db, 10);
    expect(again.map((c) => c.sellerId).sort()).toEqual(['R1', 'R3']);
  });

  it('exports how many audit events wait for the chainer', async () => {
    await t.context.db.transaction((tx) =>
      appendAuditEvent(tx, t.context.auditKey, new Date(), {
        actor: 'user:r1',
        action: 'case.note',
        entityType: 'case',
        entityId: 'c1',
      }),
    );
    expect(await metric('secondlook_audit_unchained')).toBeGreaterThan(0);
    await chainAuditEvents(t.context.db, t.context.auditKey);
    expect(await metric('secondlook_audit_unchained')).toBe(0);
  });

  it('answers /metrics to operations only', async () => {
    const res = await t.server.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${integration}` },
    });
    expect(res.statusCode).toBe(403);
  });
});
