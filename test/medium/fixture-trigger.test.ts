import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { systemPrincipal } from '../../src/modules/access/index.js';
import {
  defineTrigger,
  evidenceOf,
  type Finding,
  registerTrigger,
  triggerIds,
} from '../../src/modules/risk/index.js';
import { detectAll, ScanInput } from '../../src/modules/risk/scan/index.js';
import type { TestApp } from '../support/app.js';
import { businessSeller } from '../support/feed.js';

/**
 * A trigger is one definition: registered here (a test-only fixture), it is scanned, opens a case
 * under the policy's defaults for it, and reaches the case page's data with its typed evidence.
 */
const shellCompany = defineTrigger({
  id: 'fixture_shell_company',
  title: { en: 'Shell company (fixture)', zh: '空壳公司（测试）' },
  summary: { en: 'The company looks like a shell', zh: '公司疑似空壳' },
  evidence: evidenceOf({ registered_names: z.array(z.string()), word: z.string() }),
  reads: ['sellers:business.legal_name'],
  needs: [],
  detector: {
    scope: 'seller',
    detect: ({ sellerId, input }): Finding | undefined => {
      const name = input.sellers.get(sellerId)?.record.business?.legal_name ?? '';
      if (!name.includes('Holdings')) return undefined;
      return {
        seller_id: sellerId,
        trigger: shellCompany.id as Finding['trigger'],
        score: 0.9,
        severity: 'high',
        summary: `Your company name ${name} looks like a holding with no trade.`,
        evidence: { registered_names: [name], word: 'Holdings' },
      };
    },
  },
  defaults: {
    open_score: 0.5,
    severity: { medium_from: 0.6, high_from: 0.8 },
    deadline_days: 10,
    restrictions_while_open: ['payouts_held'],
    requirements: [
      {
        material: 'supplier_invoices',
        applies_to: ['business', 'individual'],
        accepted_variants: ['supplier_invoice'],
        rules: { issued_within_days: 180 },
      },
    ],
  },
});

describe('a fixture trigger, registered, flows from detection to the case page', () => {
  let t: TestApp;
  let findings: Finding[];

  beforeAll(async () => {
    registerTrigger(shellCompany);
    // The server's schemas (the OpenAPI union of reasons) are built when it loads: after the registration.
    const { startTestApp } = await import('../support/app.js');
    const { loadSellers } = await import('../support/feed.js');
    t = await startTestApp();
    const sellers = [
      businessSeller('X1', { business: { legal_name: 'Blue Sky Holdings Ltd', country: 'CN' } }),
      businessSeller('X2'),
    ];
    await loadSellers(t.context, sellers);
    const input = new ScanInput();
    for (const seller of sellers) input.addSeller(seller);
    input.absent.add('sales').add('events').add('documents');
    // The two test sellers share a legal representative: association finds them too; this test follows the fixture.
    findings = detectAll(input, { asOf: new Date('2026-11-01T00:00:00Z') }).filter(
      (f) => (f.trigger as string) === shellCompany.id,
    );
  });
  afterAll(() => t.close());

  it('is scanned like a built-in trigger', () => {
    expect(triggerIds()).toContain('fixture_shell_company');
    expect(findings.map((f) => f.seller_id)).toEqual(['X1']);
    expect(findings[0]?.summary).toBe(
      'Your company name Blue Sky Holdings Ltd looks like a holding with no trade.',
    );
  });

  it('opens a case with its default requirement and shows its typed evidence to staff', async () => {
    const { openOrUpdateCase } = await import('../../src/workflows/open-case.workflow.js');
    const { personFor, caller } = await import('../support/review.js');
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'X1',
      source: 'scan',
      by: systemPrincipal('test'),
      findings,
    });
    expect(opened.outcome).toBe('opened');
    const caseId = (opened as { caseId: string }).caseId;
    const call = caller(t);
    const reviewer = await personFor(t, 'reviewer');
    const view = (await call('GET', `/v1/cases/${caseId}`, reviewer)).json();
    expect(view.restrictions).toEqual(['payouts_held']);
    expect(view.reasons).toEqual([
      expect.objectContaining({
        trigger: 'fixture_shell_company',
        evidence: { registered_names: ['Blue Sky Holdings Ltd'], word: 'Holdings' },
      }),
    ]);
    const requirements = (await call('GET', `/v1/cases/${caseId}/requirements`, reviewer)).json().data;
    expect(
      requirements.map((r: { material: string; triggers: string[] }) => [r.material, r.triggers]),
    ).toEqual([['supplier_invoices', ['fixture_shell_company']]]);
    const openapi = (await t.server.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(openapi.components.schemas.CaseReason_fixture_shell_company.properties.evidence).toBeDefined();
  });
});
