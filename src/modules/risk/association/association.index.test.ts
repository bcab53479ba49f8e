import { describe, expect, it } from 'vitest';
import { indexOf, login, sellerFixture as seller } from './association.test-support.js';

describe('identifiers that link', () => {
  it('links two accounts logging in from one device, masking the device id', () => {
    const index = indexOf(
      [seller(1), seller(2)],
      [login('S000001', 'dev-0a1b2c3d'), login('S000002', 'DEV-0A1B2C3D')],
    );
    expect(index.clusters()).toEqual([['S000001', 'S000002']]);
    const finding = index.findingsFor('S000001')!;
    expect(finding.evidence.links).toEqual([
      { kind: 'device', identifier: '****2c3d', seller_ids: ['S000001', 'S000002'] },
    ]);
    expect(JSON.stringify(finding)).not.toContain('0a1b2c3d');
  });

  it('links one card fingerprint and one bank account written two ways', () => {
    const card = indexOf(
      [seller(1), seller(2)],
      [
        { seller_id: 'S000001', type: 'card_added', card_fingerprint: 'fp_9XkQ2' },
        { seller_id: 'S000002', type: 'card_added', card_fingerprint: 'fp_9XkQ2' },
      ],
    );
    expect(card.clusterOf('S000002')).toEqual(['S000001', 'S000002']);
    const bank = indexOf(
      [seller(1, { bank: { account_number: '6214-8380-5048-8069-0', country: 'CN' } }), seller(2)],
      [{ seller_id: 'S000002', type: 'payout', bank_account_number: '62148380504880690' }],
    );
    expect(bank.findingsFor('S000002')?.evidence.links).toEqual([
      { kind: 'bank_account', identifier: '****0690', seller_ids: ['S000001', 'S000002'] },
    ]);
  });

  it('links a registration number written in lower case with dashes, within one country', () => {
    const reg = (n: number, number: string, country = 'CN') =>
      seller(n, {
        business: {
          registration_number: number,
          country,
          address: { line1: `${n} Road`, city: 'Ningbo', country },
        },
      });
    expect(indexOf([reg(1, '91330200MAK1Y55X50'), reg(2, '913302-00mak1-y55x50')]).clusters()).toHaveLength(
      1,
    );
    expect(indexOf([reg(1, '3644442', 'HK'), reg(2, '3644442', 'SG')]).clusters()).toEqual([]);
  });

  it('links one phone written with and without the country prefix, and one e-mail in other capitals', () => {
    const phone = indexOf([
      seller(1, { contact: { phone: '13191018859' } }),
      seller(2, { contact: { phone: '+86-131-9101-8859' } }),
      seller(3, { contact: { phone: '0086 13191018859' } }),
    ]);
    expect(phone.clusterOf('S000001')).toEqual(['S000001', 'S000002', 'S000003']);
    expect(phone.findingsFor('S000003')?.evidence.links).toEqual([
      { kind: 'phone', identifier: '+86 131****8859', seller_ids: ['S000001', 'S000002', 'S000003'] },
    ]);
    const email = indexOf([
      seller(1, { contact: { email: 'cheungmeiling@outlook.com' } }),
      seller(2, { contact: { email: 'CHEUNGMEILING@OUTLOOK.COM' } }),
    ]);
    expect(email.findingsFor('S000001')?.evidence.links).toEqual([
      { kind: 'email', identifier: 'c***@outlook.com', seller_ids: ['S000001', 'S000002'] },
    ]);
  });

  it('links one legal representative written in another script, order, case or with a typo', () => {
    const rep = (n: number, full_name: string, id_type: 'passport' | 'national_id', id_number: string) =>
      seller(n, {
        legal_rep: { full_name, date_of_birth: '1973-10-15', nationality: 'CN', id_type, id_number },
      });
    const index = indexOf([
      rep(1, '杨一英', 'national_id', '510107197310154665'),
      rep(2, 'YANG Yiying', 'passport', 'E82171783'),
      rep(3, 'Yiying Yang', 'passport', 'E39919920'),
      rep(4, 'yang yiyng', 'passport', 'E11111111'),
    ]);
    expect(index.clusters()).toEqual([['S000001', 'S000002', 'S000003', 'S000004']]);
    const links = index.findingsFor('S000001')!.evidence.links as {
      kind: string;
      basis: string;
      identifier: string;
    }[];
    expect(links.every((l) => l.kind === 'legal_rep' && l.basis === 'name_and_date_of_birth')).toBe(true);
    expect(links[0]!.identifier).toBe('Y*** Y***, born 1973-**-**, ID ****665');
  });
});

describe('what alone does not link', () => {
  it('does not link accounts that only share an IP address, and shows it only as context', () => {
    const sellers = Array.from({ length: 500 }, (_, i) => seller(i + 1));
    const events = sellers.map((s, i) => login(s.seller_id, `device-${i}`, '203.0.113.7'));
    const index = indexOf(sellers, events);
    expect(index.clusters()).toEqual([]);
    // The shared IP adds no comparison at all: 500 accounts on one IP are not 124,750 pairs.
    expect(index.stats().person_comparisons).toBe(indexOf(sellers).stats().person_comparisons);
    const linked = indexOf(
      [seller(1), seller(2)],
      [login('S000001', 'shared-dev', '203.0.113.7'), login('S000002', 'shared-dev', '203.0.113.7')],
    );
    expect(linked.findingsFor('S000001')?.evidence.context).toEqual([
      {
        kind: 'ip',
        identifier: '203.0.113.***',
        seller_ids: ['S000001', 'S000002'],
        note: 'a shared IP address does not link accounts on its own',
      },
    ]);
  });

  it('does not link people who share only a common name', () => {
    const rep = (n: number, full_name: string, dob: string) =>
      seller(n, {
        legal_rep: {
          full_name,
          date_of_birth: dob,
          nationality: 'CN',
          id_type: 'passport',
          id_number: `E${n}0757558`,
        },
      });
    const index = indexOf([
      rep(1, '王伟', '1969-01-27'),
      rep(2, 'WANG WEI', '1992-08-11'),
      rep(3, 'Wei Wang', '2004-02-07'),
      rep(4, 'Wang Wei', '1980-05-02'),
    ]);
    expect(index.clusters()).toEqual([]);
  });

  it('does not link businesses in one building with different units', () => {
    const office = (n: number, line1: string, line2: string) =>
      seller(n, {
        business: {
          registration_number: `REG-${n}-000`,
          country: 'GB',
          address: { line1, line2, city: 'London', postal_code: 'N1 7GU', country: 'GB' },
        },
      });
    const index = indexOf([
      office(1, '20-22 Wenlock Road', 'Suite 345'),
      office(2, '20-22 Wenlock Rd.', 'Unit 415'),
      office(3, '20-22 Wenlock Rd', 'Office 77'),
    ]);
    expect(index.clusters()).toEqual([]);
  });

  it('does not link a shared address alone, but counts it next to another identifier', () => {
    const at = (n: number, line2: string, phone?: string) =>
      seller(n, {
        business: {
          registration_number: `REG-${n}-000`,
          country: 'US',
          address: { line1: '2653 Elm Street', line2, city: 'Los Angeles', country: 'US' },
        },
        ...(phone ? { contact: { phone } } : {}),
      });
    expect(indexOf([at(1, 'Ste 3992'), at(2, '# 3992')]).clusters()).toEqual([]);
    const both = indexOf([at(1, 'Ste 3992', '(415) 555-0134'), at(2, '# 3992', '+1 415 555 0134')]);
    const phoneOnly = indexOf([at(1, 'Ste 1', '(415) 555-0134'), at(2, 'Ste 2', '+1 415 555 0134')]);
    const finding = both.findingsFor('S000001')!;
    expect(finding.evidence.supporting).toMatchObject([
      { kind: 'address', seller_ids: ['S000001', 'S000002'] },
    ]);
    expect(finding.score).toBeGreaterThan(phoneOnly.findingsFor('S000001')!.score);
  });
});

describe('score and summary', () => {
  it('raises the score for a link to a suspended account, and less for a deactivated one', () => {
    const pair = (status: 'active' | 'suspended' | 'deactivated') =>
      indexOf([
        seller(1, { contact: { phone: '+8613800138000' } }),
        seller(2, { status, contact: { phone: '13800138000' } }),
      ]);
    const active = pair('active').findingsFor('S000001')!;
    const suspended = pair('suspended').findingsFor('S000001')!;
    const deactivated = pair('deactivated').findingsFor('S000001')!;
    expect(active.score).toBeGreaterThanOrEqual(0.6);
    expect(suspended.score).toBeGreaterThan(deactivated.score);
    expect(deactivated.score).toBeGreaterThan(active.score);
    expect(suspended.evidence.inactive_accounts).toEqual([{ seller_id: 'S000002', status: 'suspended' }]);
    expect(suspended.summary).toBe(
      'Your account shares a phone number with another seller account; one of the linked accounts is suspended or closed. We need to understand how these accounts are related.',
    );
  });

  it('names the accounts linked through others in the cluster', () => {
    const index = indexOf(
      [
        seller(1, { contact: { phone: '+8613800138000' } }),
        seller(2, { contact: { phone: '13800138000' } }),
        seller(3),
      ],
      [login('S000002', 'dev-77aa'), login('S000003', 'dev-77aa')],
    );
    const finding = index.findingsFor('S000001')!;
    expect(finding.related_seller_ids).toEqual(['S000002', 'S000003']);
    expect(finding.summary).toBe(
      'Your account shares a phone number with another seller account, which is in turn linked to 1 more. We need to understand how these accounts are related.',
    );
  });
});
