import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { type CaseFinding, readPolicyAndFindingsOnCase } from '../../src/modules/cases/index.js';
import type { Finding } from '../../src/modules/risk/index.js';
import { applyFindings } from '../../src/workflows/scan.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

const finding = (trigger: CaseFinding['trigger'], score: number): CaseFinding => ({
  trigger,
  score,
  summary: `the ${trigger} finding at ${score}.`,
  evidence: { score },
});
const of = (sellerId: string, f: CaseFinding): Finding => ({ ...f, seller_id: sellerId, severity: 'high' });

/**
 * What policy leaves as it is, read for a batch in one statement (`readPolicyAndFindingsOnCase`):
 * the active policy and each seller's open reasons. And what the live path already knows of the
 * sellers (`entityTypes`) is not read again.
 */
describe('policy and the open cases, read once for a batch', () => {
  let t: TestApp;
  const by = systemPrincipal('test');
  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('P1'), businessSeller('P2'), businessSeller('P3')]);
  });
  afterAll(() => t.close());

  it('says which findings an open case holds as they are, seller by seller', async () => {
    const sales = finding('sales_anomaly', 0.99);
    await applyFindings(t.context, [of('P1', sales)], by);
    const { policy, isOnCase } = await readPolicyAndFindingsOnCase(t.context.db, ['P1', 'P2', 'P9']);
    expect(policy.triggers.sales_anomaly).toBeDefined();
    expect(isOnCase('P1', [sales])).toBe(true);
    expect(isOnCase('P1', [finding('sales_anomaly', 0.98)])).toBe(false);
    expect(isOnCase('P1', [sales, finding('missing_documentation', 1)])).toBe(false);
    expect(isOnCase('P2', [sales])).toBe(false);
    expect(isOnCase('P9', [sales])).toBe(false);
    // The same findings again change nothing; another score updates the case.
    expect(await applyFindings(t.context, [of('P1', sales)], by)).toMatchObject({ unchanged: 1 });
    expect(await applyFindings(t.context, [of('P1', finding('sales_anomaly', 0.98))], by)).toMatchObject({
      updated: 1,
    });
  });

  it('reads the policy when no seller of the batch has an open case', async () => {
    const { policy, isOnCase } = await readPolicyAndFindingsOnCase(t.context.db, ['P3']);
    expect(policy.version).toBeTruthy();
    expect(isOnCase('P3', [finding('sales_anomaly', 0.99)])).toBe(false);
  });

  it('takes the entity types the caller read, and a seller it does not know as not in the store', async () => {
    const findings = [of('P2', finding('sales_anomaly', 0.99)), of('P3', finding('sales_anomaly', 0.99))];
    const counts = await applyFindings(t.context, findings, by, {
      entityTypes: new Map([['P2', 'business']]),
    });
    expect(counts).toMatchObject({ opened: 1, unknown_seller: 1 });
  });
});
