import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { activePolicy, type CaseFinding, findSellerRestrictions } from '../../src/modules/cases/index.js';
import { findNotificationEventsFor } from '../../src/modules/notifications/index.js';
import type { Finding } from '../../src/modules/risk/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { applyFindings } from '../../src/workflows/scan.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

const finding = (trigger: CaseFinding['trigger'], score: number): CaseFinding => ({
  trigger,
  score,
  summary: `the ${trigger} finding at ${score}.`,
  evidence: { score },
});

/**
 * Reasons joining an open case move what the account may do: the restrictions after the change are
 * worked out from the cases read before it (`findingsAdded`), and must be what the store says after.
 */
describe('findings added to an open case announce the restrictions they change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('R1'), businessSeller('R2')]);
  });
  afterAll(() => t.close());

  const announced = async (sellerId: string) =>
    (await findNotificationEventsFor(t.context.db, { sellerId, type: 'seller.restrictions_changed' })).map(
      (e) => e.data as { cause: string; before: string[]; after: string[]; added: string[] },
    );

  it.each([
    ['with what the batch read (applyFindings)', 'R1'],
    ['reading the policy and seller itself', 'R2'],
  ])('%s', async (_, sellerId) => {
    const by = systemPrincipal('test');
    const open = (findings: CaseFinding[]) =>
      sellerId === 'R1'
        ? applyFindings(
            t.context,
            findings.map((f): Finding => ({ ...f, seller_id: sellerId, severity: 'high' })),
            by,
          )
        : openOrUpdateCase(t.context, { sellerId, findings, source: 'scan', by });
    const policy = await activePolicy(t.context.db);
    expect(policy.triggers.missing_documentation?.restrictions_while_open).toEqual([]);
    await open([finding('missing_documentation', 1)]);
    expect((await findSellerRestrictions(t.context.db, sellerId)).restrictions).toEqual([]);
    expect(await announced(sellerId)).toEqual([]);

    // A sales anomaly joins the case: payouts are held, and the marketplace hears it.
    await open([finding('sales_anomaly', 0.99)]);
    const now = await findSellerRestrictions(t.context.db, sellerId);
    expect(now.restrictions).toContain('payouts_held');
    const [change, ...more] = await announced(sellerId);
    expect(more).toEqual([]);
    expect(change).toMatchObject({ cause: 'case.reasons_added', before: [], after: now.restrictions });
    expect(change!.added).toEqual(now.restrictions);

    // The same trigger with another score changes the reason, not what the account may do.
    await open([finding('sales_anomaly', 0.995)]);
    expect(await announced(sellerId)).toHaveLength(1);
    expect((await findSellerRestrictions(t.context.db, sellerId)).restrictions).toEqual(now.restrictions);
  });
});
