import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { openContext } from '../../src/app/context.js';
import { buildServer } from '../../src/http/server.js';
import { findAuditEventsFor } from '../../src/modules/audit/index.js';
import { findCase } from '../../src/modules/cases/index.js';
import { DAY_MS, fixedClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import type { TestApp } from '../support/app.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { caller, type Person, personFor, salesAnomaly, submittedCase } from '../support/review.js';
import { waitFor } from '../support/wait.js';

const config = loadConfig({
  SECONDLOOK_DATA_DIR: '.tmp/test-data',
  SECONDLOOK_DEMO: 'false',
  LOG_LEVEL: 'silent',
});

/**
 * The review's deadlines are pg-boss jobs enqueued with the change that sets them: a process that
 * scheduled them may stop, and another runs them when they come due. Here the first process lives
 * 40 days ago (a controlled clock) and stops; the second starts today with workers.
 */
describe('review deadlines as durable jobs', () => {
  let database: TestDatabase;
  const caseOf = new Map<string, string>();

  beforeAll(async () => {
    process.env.SECONDLOOK_AUDIT_KEY ??= 'test-audit-key';
    database = await openTestDatabase();
    const clock = fixedClock(new Date(Date.now() - 40 * DAY_MS));
    const context = await openContext(config, { logger: silentLogger, clock, workers: false, database });
    const server = await buildServer(context, { logger: false });
    const t = { context, server } as TestApp;
    const call = caller(t);
    try {
      await loadSellers(
        context,
        ['J1', 'J2', 'J3', 'J4'].map((id) => businessSeller(id)),
      );
      const [ann, bob] = [await personFor(t, 'reviewer'), await personFor(t, 'reviewer')];
      const sellers = new Map<string, Person>();
      for (const id of ['J1', 'J2', 'J3', 'J4']) {
        sellers.set(id, await personFor(t, 'seller', id));
        caseOf.set(id, await submittedCase(t, id, sellers.get(id)!, [salesAnomaly(0.9)]));
      }
      const revision = async (id: string) => (await findCase(context.db, caseOf.get(id)!))!.revision;
      const post = async (id: string, path: string, who: Person, body: Record<string, unknown> = {}) => {
        const res = await call('POST', `/v1/cases/${caseOf.get(id)}${path}`, who, body);
        if (res.statusCode >= 300) throw new Error(`${path}: ${res.body}`);
        return res.json();
      };
      const decide = async (id: string, decision: string, code: string) => {
        await post(id, '/claim', ann);
        const made = await post(id, '/decisions', ann, {
          decision,
          reason_codes: [code],
          note: 'n',
          revision: await revision(id),
        });
        if (made.decision.status === 'proposed')
          await post(id, `/decisions/${made.decision.id}/approve`, bob, { revision: await revision(id) });
      };
      // J1 waits past its SLA. J2 is rejected and never appealed. J3 is rejected and appealed the
      // next day (its appeal then waits past its own SLA). J4 is approved at once.
      await decide('J2', 'rejected', 'sales_not_explained');
      await decide('J3', 'rejected', 'sales_not_explained');
      await decide('J4', 'approved', 'sales_explained');
      clock.advance(DAY_MS);
      await sellers.get('J3')!.renew();
      await post('J3', '/appeal', sellers.get('J3')!, {
        root_cause: 'Our supplier sent invoices to an old email address we no longer read.',
        what_was_fixed: 'We collected every invoice for the period and uploaded them again.',
        how_prevented: 'Invoices now go to a shared finance mailbox that two people read daily.',
      });
    } finally {
      await server.close();
      await context.close();
    }
  });
  afterAll(() => database.destroy());

  it('record the SLA breach, make the unappealed rejection final, and leave decided and appealed cases alone', async () => {
    const later = await openContext(config, {
      logger: silentLogger,
      workers: true,
      database,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const actions = async (id: string) =>
        (await findAuditEventsFor(later.db, 'case', caseOf.get(id)!)).map((e) => e.action);
      const final = await waitFor(async () => {
        const found = await findCase(later.db, caseOf.get('J2')!);
        return found?.status === 'rejected_final' ? found : undefined;
      });
      expect(final.closedAt).not.toBeNull();
      await waitFor(async () => ((await actions('J1')).includes('case.sla_breached') ? true : undefined));
      await waitFor(async () => ((await actions('J3')).includes('case.sla_breached') ? true : undefined));
      // Every review job has run to its end, so what did not happen will not happen.
      await waitFor(async () => {
        const pending = rowsOf<{ n: number }>(
          await later.db.execute(
            sql`select count(*)::int as n from pgboss.job where name in ('case.review_due', 'case.appeal_window_closed') and state <> 'completed'`,
          ),
        );
        return pending[0]?.n === 0 ? true : undefined;
      });
      expect((await findCase(later.db, caseOf.get('J3')!))?.status).toBe('appealed');
      expect((await actions('J1')).filter((a) => a === 'case.sla_breached')).toHaveLength(1);
      expect(await actions('J2')).not.toContain('case.sla_breached');
      expect(await actions('J4')).not.toContain('case.sla_breached');
      expect((await findCase(later.db, caseOf.get('J4')!))?.status).toBe('approved');
      const breach = (await findAuditEventsFor(later.db, 'case', caseOf.get('J1')!)).find(
        (e) => e.action === 'case.sla_breached',
      );
      expect(breach).toMatchObject({
        actor: 'system:sla',
        data: { status: 'submitted', severity: 'medium' },
      });
      const j3 = (await findCase(later.db, caseOf.get('J3')!))!;
      const j3Breach = (await findAuditEventsFor(later.db, 'case', j3.id)).find(
        (e) => e.action === 'case.sla_breached',
      );
      expect(j3Breach?.data).toMatchObject({ review_due_at: j3.reviewDueAt?.toISOString() });
    } finally {
      await later.close();
    }
  });
});
