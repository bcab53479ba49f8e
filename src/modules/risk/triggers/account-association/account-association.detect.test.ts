import { describe, expect, it } from 'vitest';
import { sellerFixture as seller } from '../../association/association.test-support.js';
import { detectAccountAssociation } from './account-association.detect.js';

describe('account_association', () => {
  it('yields one finding per linked account in the SPEC shape, with masked evidence', () => {
    const findings = detectAccountAssociation(
      [
        seller(1, { bank: { account_number: '6222 0210 5555 6789', country: 'CN' } }),
        seller(2, { status: 'suspended' }),
        seller(3),
      ],
      [
        { seller_id: 'S000002', type: 'payout', bank_account_number: '6222-0210-5555-6789' },
        { seller_id: 'S000002', type: 'login', ip: '1.2.3.4', device_id: 'dev-xyz1' },
      ],
    );
    expect(findings.map((f) => f.seller_id)).toEqual(['S000001', 'S000002']);
    const [first, second] = findings;
    expect(first).toMatchObject({
      trigger: 'account_association',
      severity: 'high',
      related_seller_ids: ['S000002'],
      summary:
        'Your account shares a bank account with another seller account; one of the linked accounts is suspended or closed. We need to understand how these accounts are related.',
      evidence: {
        cluster_size: 2,
        links: [{ kind: 'bank_account', identifier: '****6789', seller_ids: ['S000001', 'S000002'] }],
        inactive_accounts: [{ seller_id: 'S000002', status: 'suspended' }],
      },
    });
    expect(first!.score).toBeGreaterThan(0.85);
    expect(second).toMatchObject({ related_seller_ids: ['S000001'], evidence: { inactive_accounts: [] } });
    expect(second!.score).toBe(0.75);
    expect(JSON.stringify(findings)).not.toMatch(/5555|6222/);
  });

  it('yields nothing for accounts that link to no other', () => {
    expect(detectAccountAssociation([seller(1), seller(2)], [])).toEqual([]);
  });
});
