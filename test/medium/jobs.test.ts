import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findAuditEventsFor } from '../../src/modules/audit/index.js';
import { findCase, findRequirements } from '../../src/modules/cases/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import { recordReminderDue } from '../../src/workflows/case-actions.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { waitFor } from '../support/wait.js';

const config = loadConfig({
  SECONDLOOK_DATA_DIR: '.tmp/test-data',
  SECONDLOOK_DEMO: 'false',
  LOG_LEVEL: 'silent',
});

describe('scheduled jobs', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    process.env.SECONDLOOK_AUDIT_KEY ??= 'test-audit-key';
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());

  it('expire a case at its deadline even when the process that scheduled it has stopped', async () => {
    // Process 1 opens a case 20 days ago (deadline 14 days) and stops before any worker runs.
    const past = await openContext(config, {
      logger: silentLogger,
      clock: fixedClock('2026-01-01T00:00:00Z'),
      workers: false,
      database,
    });
    await loadSellers(past, [businessSeller('S1')]);
    const opened = await openOrUpdateCase(past, {
      sellerId: 'S1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'sales_anomaly', score: 1, summary: 'Sales jumped tenfold in a week.', evidence: {} },
      ],
    });
    const caseId = (opened as { caseId: string }).caseId;
    await past.close();

    // Process 2 starts later with workers: the durable jobs run.
    const later = await openContext(config, {
      logger: silentLogger,
      workers: true,
      database,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const expired = await waitFor(async () => {
        const found = await findCase(later.db, caseId);
        return found?.status === 'expired' ? found : undefined;
      });
      expect(expired.closedAt).not.toBeNull();
      const requirements = await findRequirements(later.db, caseId);
      expect(requirements.map((r) => r.status)).toEqual(['past_due']);
      const events = await findAuditEventsFor(later.db, 'case', caseId);
      expect(events.map((e) => e.action)).toContain('case.transitioned');
      expect(events.find((e) => e.action === 'case.transitioned')?.actor).toBe('system:deadlines');
      // The reminders whose time had come ran too; whatever their order against the deadline, a
      // reminder run again for an expired case records nothing more.
      const remindersOf = async () =>
        (await findAuditEventsFor(later.db, 'case', caseId)).filter((e) => e.action === 'case.reminder_due');
      const before = await remindersOf();
      for (const days of [7, 3, 1]) await recordReminderDue(later, caseId, days);
      expect(await remindersOf()).toHaveLength(before.length);
      expect(new Set(before.map((e) => JSON.stringify(e.data))).size).toBe(before.length);
    } finally {
      await later.close();
    }
  });

  it('records a reminder once, however many times its job runs', async () => {
    const context = await openContext(config, {
      logger: silentLogger,
      clock: fixedClock('2026-03-01T00:00:00Z'),
      workers: false,
      database,
    });
    try {
      await loadSellers(context, [businessSeller('S2')]);
      const opened = await openOrUpdateCase(context, {
        sellerId: 'S2',
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [{ trigger: 'sales_anomaly', score: 1, summary: 'Sales jumped tenfold.', evidence: {} }],
      });
      const caseId = (opened as { caseId: string }).caseId;
      for (let run = 0; run < 3; run++) await recordReminderDue(context, caseId, 7);
      await recordReminderDue(context, caseId, 3);
      const reminders = (await findAuditEventsFor(context.db, 'case', caseId)).filter(
        (e) => e.action === 'case.reminder_due',
      );
      expect(reminders.map((e) => (e.data as { days_before: number }).days_before)).toEqual([7, 3]);
      expect((reminders[0]?.data as { requirements_due?: string[] } | undefined)?.requirements_due).toEqual([
        'supplier_invoices',
      ]);
    } finally {
      await context.close();
    }
  });
});
