import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SellerView } from '../api/client';
import { documentOf, fakeApi, sellerCase } from '../test/fixtures';
import { renderWith } from '../test/render';
import { ProfileComparison } from './ProfileComparison';
import { dueOf, QueuePage } from './QueuePage';

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

describe('back office', () => {
  it('shows what the feed sent that could not be used', () => {
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
    renderWith(<ProfileComparison seller={noted} documents={[]} />, { api: fakeApi() });
    const notes = screen.getByRole('region', { name: 'What the feed sent that could not be used' });
    expect(notes.textContent).toContain('legal_rep.date_of_birth INVALID_DATE (1985-02-31)');
  });

  it('puts the registered profile beside each document and marks the mismatch', () => {
    renderWith(<ProfileComparison seller={seller} documents={[documentOf()]} />, { api: fakeApi() });
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
    renderWith(<QueuePage />, { api: fakeApi({ listCases, policy }) });
    expect(await screen.findByRole('link', { name: 'S000031' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Reason'), 'sales_anomaly');
    await user.selectOptions(screen.getByLabelText('Severity'), 'high');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(window.location.search).toBe('?trigger=sales_anomaly&severity=high');
    await vi.waitFor(() =>
      expect(listCases).toHaveBeenLastCalledWith({ limit: 25, trigger: 'sales_anomaly', severity: 'high' }),
    );
  });

  it('is due at the seller deadline while documents are awaited, then at the review SLA', () => {
    expect(dueOf(sellerCase, 48)).toEqual({ kind: 'seller', at: sellerCase.deadline_at });
    const submitted = {
      ...sellerCase,
      status: 'submitted' as const,
      submitted_at: '2026-12-01T00:00:00.000Z',
    };
    expect(dueOf(submitted, 48)).toEqual({ kind: 'review', at: '2026-12-03T00:00:00.000Z' });
    expect(dueOf({ ...sellerCase, status: 'approved' }, 48)).toBeUndefined();
  });
});
