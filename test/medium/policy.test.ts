import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { loadDefaultPolicy } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

describe('policy as data, changed by an admin', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('P1'), businessSeller('P2')]);
    admin = await t.tokenFor('admin');
    reviewer = await t.tokenFor('reviewer');
  });
  afterAll(() => t.close());

  const put = (token: string, body: unknown) =>
    t.server.inject({
      method: 'PUT',
      url: '/v1/policy',
      payload: body as object,
      headers: { authorization: `Bearer ${token}` },
    });
  const finding = {
    trigger: 'sales_anomaly' as const,
    score: 0.5,
    summary: 'Orders tripled in a week.',
    evidence: {},
  };
  const scan = (sellerId: string) =>
    openOrUpdateCase(t.context, {
      sellerId,
      source: 'scan',
      by: systemPrincipal('scan'),
      findings: [finding],
    });

  it('applies the new thresholds to new findings and keeps the old version on old cases', async () => {
    const shipped = await loadDefaultPolicy();
    expect((await scan('P1')).outcome).toBe('below_threshold');
    const stricter = structuredClone(shipped);
    stricter.version = '2026-12-01.1';
    stricter.triggers.sales_anomaly.open_score = 0.4;
    expect((await put(reviewer, stricter)).statusCode).toBe(403);
    const res = await put(admin, stricter);
    expect(res.statusCode).toBe(200);
    const opened = await scan('P2');
    expect(opened.outcome).toBe('opened');
    const view = await t.server.inject({
      method: 'GET',
      url: `/v1/cases/${(opened as { caseId: string }).caseId}`,
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(view.json().policy_version).toBe('2026-12-01.1');
    const versions = await t.server.inject({
      method: 'GET',
      url: '/v1/policy/versions',
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(
      versions.json().data.map((v: { version: string; active: boolean }) => [v.version, v.active]),
    ).toEqual([
      ['2026-12-01.1', true],
      [shipped.version, false],
    ]);
  });

  it('refuses an invalid policy with where it is wrong, and a version that exists', async () => {
    const shipped = await loadDefaultPolicy();
    const broken = structuredClone(shipped) as unknown as {
      version: string;
      triggers: { sales_anomaly: { open_score: number } };
    };
    broken.version = '2026-12-02.1';
    broken.triggers.sales_anomaly.open_score = 7;
    const res = await put(admin, broken);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.where).toContain('open_score');
    const again = await put(admin, { ...shipped, version: '2026-12-01.1' });
    expect(again.statusCode).toBe(409);
  });
});
