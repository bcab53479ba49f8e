import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseReason, SellerView } from '../api/client';
import { documentOf, fakeApi, sellerCase } from '../test/fixtures';
import { renderWith } from '../test/render';
import { EvidencePanel } from './EvidencePanel';
import { EVIDENCE_VIEWS } from './evidence/views';
import { ProfileComparison } from './ProfileComparison';
import { QueuePage } from './QueuePage';

const seller: SellerView = {
  seller_id: 'S000031',
  status: 'active',
  entity_type: 'business',
  profile_version: 1,
  updated_at: '2026-11-29T03:52:57.798Z',
  profile: {
    business: {
      legal_name: 'NovaTech Brands Limited',
      registration_number: '16986968',
      address: {
        line1: '20-22 Wenlock Rd',
        line2: 'Unit 251',
        city: 'London',
        postal_code: 'N1 7GU',
        country: 'GB',
      },
    },
    legal_rep: { full_name: 'Charlie Johnson', date_of_birth: '1983-07-06', id_number: 'X1' },
  },
};

const shares = (rows: [string, number][]) => {
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  return { total, by_country: rows.map(([country, count]) => ({ country, count, share: count / total })) };
};

const mismatchReason: CaseReason = {
  trigger: 'registration_mismatch',
  severity: 'high',
  summary: 'Your account is registered in GB, but 77% of its logins came from TR.',
  text: {
    en: 'Your account is registered in GB, but 77% of its logins came from TR.',
    zh: '您的账户注册地为GB，但近期大部分登录来自TR。',
  },
  added_at: '2026-11-29T03:53:01.433Z',
  score: 0.9,
  evidence: {
    registered_country: 'GB',
    operating_country: 'TR',
    window: { start: '2026-06-01', end: '2026-11-28', days: 180 },
    logins_in_window: shares([
      ['TR', 77],
      ['GB', 23],
    ]),
    sustained_period: {
      start: '2026-06-06',
      end: '2026-11-28',
      days: 176,
      is_ongoing: true,
      logins: 100,
      operating_country_share: 0.77,
      by_country: shares([
        ['TR', 77],
        ['GB', 23],
      ]).by_country,
    },
    seller_shipments: { in_period: shares([['TR', 4]]), in_window: shares([['TR', 4]]) },
    marketplace_fulfillment: { counts_as_evidence: false, ...shares([]) },
    payout_banks: {
      profile_country: 'GB',
      payouts_in_window: [{ country: 'TR', payouts: 3 }],
      is_in_operating_country: true,
    },
    phone: { country: '+44', is_operating_country: false, changes: [] },
    devices: { used_from_operating_country: 2, also_used_from_registered_country: 1 },
    score_parts: { logins: 0.6, shipments: 0.2, phone: 0, bank: 0.05 },
  },
};

describe('back office', () => {
  it('shows what the feed sent that could not be used', async () => {
    const noted: SellerView = {
      ...seller,
      data_quality_notes: [
        {
          kind: 'sellers',
          field: 'legal_rep.date_of_birth',
          code: 'INVALID_DATE',
          raw: '1985-02-31',
          origin: 'sellers.jsonl',
          line: 7,
          recorded_at: '2026-11-29T03:52:57.798Z',
        },
      ],
    };
    await renderWith(<ProfileComparison seller={noted} documents={[]} />, { api: fakeApi() });
    const notes = screen.getByRole('region', { name: 'What the feed sent that could not be used' });
    expect(notes.textContent).toContain('legal_rep.date_of_birth INVALID_DATE (1985-02-31)');
  });

  it('puts the registered profile beside each document and marks the mismatch', async () => {
    await renderWith(<ProfileComparison seller={seller} documents={[documentOf()]} />, { api: fakeApi() });
    const address = screen.getByRole('row', { name: /^Address/ });
    const cells = within(address).getAllByRole('cell');
    expect(cells[0]?.textContent).toBe('20-22 Wenlock Rd, Unit 251, London, N1 7GU, GB');
    expect(cells[1]?.className).toBe('mismatch');
    expect(cells[1]?.textContent).toContain('5 Other Street Manchester');
    const name = within(screen.getByRole('row', { name: /^Legal name/ })).getAllByRole('cell');
    expect(name[1]?.className).toBe('match');
  });

  it('filters the queue through the address and the API query', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/office');
    const listCases = vi.fn(async () => ({ data: [sellerCase], next_cursor: null }));
    const policy = vi.fn(async () => ({ review: { sla_hours: 48 } }) as never);
    await renderWith(<QueuePage />, { api: fakeApi({ listCases, policy }) });
    expect(await screen.findByRole('link', { name: 'S000031' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Reason'), 'sales_anomaly');
    await user.selectOptions(screen.getByLabelText('Severity'), 'high');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(window.location.search).toBe('?trigger=sales_anomaly&severity=high');
    await vi.waitFor(() =>
      expect(listCases).toHaveBeenLastCalledWith({ limit: 25, trigger: 'sales_anomaly', severity: 'high' }),
    );
  });

  it('shows the due date the server sends, not one derived from the policy in force', async () => {
    window.history.replaceState(null, '', '/office');
    const submitted = {
      ...sellerCase,
      status: 'submitted' as const,
      due: { kind: 'review' as const, at: '2026-12-03T00:00:00.000Z' },
    };
    const listCases = vi.fn(async () => ({ data: [submitted], next_cursor: null }));
    const policy = vi.fn(async () => ({ review: { sla_hours: 1 } }) as never);
    await renderWith(<QueuePage now={Date.parse('2026-12-02T00:00:00Z')} />, {
      api: fakeApi({ listCases, policy }),
    });
    const row = (await screen.findByRole('link', { name: 'S000031' })).closest('tr')!;
    expect(row.textContent).toContain('review due');
    expect(row.textContent).not.toContain('overdue');
    expect(policy).not.toHaveBeenCalled();
  });

  it("draws each trigger's evidence with its own view, from the typed map", async () => {
    await renderWith(<EvidencePanel reason={mismatchReason} seller="S000031" />, { api: fakeApi() });
    expect(screen.getByRole('heading', { name: 'Operated from another country' })).toBeTruthy();
    expect(screen.getByText(/Registered in GB; operated from TR/)).toBeTruthy();
    expect(screen.getByText(/TR \(3\)/)).toBeTruthy();
  });

  it('has an evidence view for every trigger', async () => {
    expect(Object.keys(EVIDENCE_VIEWS).sort()).toEqual([
      'account_association',
      'identity_verification',
      'missing_documentation',
      'registration_mismatch',
      'sales_anomaly',
    ]);
  });
});
