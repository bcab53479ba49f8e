import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QueueEntry, Workload } from '../api/client';
import { CASE_ID, fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { ReviewQueuePage } from './ReviewQueuePage';
import { SupervisionPage } from './SupervisionPage';

function signIn(role: string) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({ token: 't', user: { id: 'u-sup', email: 'sup@x.test', role, seller_id: null } }),
  );
}

const workload: Workload = {
  at: '2026-11-29T05:00:00.000Z',
  reviewers: [
    {
      reviewer: { id: 'u-1', display_name: 'Ada Reviewer', role: 'reviewer', disabled: false },
      holding: 4,
      breached: 2,
      decided_today: 3,
      decided_late_today: 1,
      approved_today: 2,
    },
  ],
  unassigned: { cases: 5, breached: 1 },
};

const late = (id: string, seller: string): QueueEntry => ({
  case_id: id,
  seller_id: seller,
  status: 'submitted',
  severity: 'high',
  triggers: ['registration_mismatch'],
  marketplace: 'GB',
  country: 'GB',
  assignee: { id: 'u-1', display_name: 'Ada Reviewer' },
  queued_at: '2026-11-27T04:00:00.000Z',
  review_due_at: '2026-11-29T00:00:00.000Z',
  time_left_seconds: -(5 * 3600),
  breached: true,
  is_appeal: false,
  appeal_count: 0,
  pending_decision: null,
  revision: 2,
});

describe('supervision', () => {
  it('shows the workload per reviewer and the breached cases, a page at a time', async () => {
    signIn('supervisor');
    const user = userEvent.setup();
    const breaches = vi.fn(async (query: { cursor?: string }) =>
      query.cursor
        ? { data: [late('22222222-2222-4333-8444-555555555555', 'S000077')], next_cursor: null }
        : { data: [late(CASE_ID, 'S000031')], next_cursor: 'c1' },
    );
    await renderWith(<SupervisionPage />, {
      api: fakeApi({ workload: vi.fn(async () => workload), breaches }),
    });

    const table = await screen.findByRole('table', { name: 'Workload per reviewer' });
    const row = within(table).getByRole('row', { name: /Ada Reviewer/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Reviewer', '4', '2', '3', '1', '2']);
    expect(within(row).getByRole('link', { name: 'Ada Reviewer' }).getAttribute('href')).toBe(
      '/office/queue?assignee=u-1',
    );
    expect(screen.getByText('Nobody holds 5 cases; 1 of them are past the SLA.')).toBeTruthy();

    const late1 = await screen.findByRole('table', { name: 'Cases past the SLA' });
    expect(within(late1).getByRole('link', { name: 'S000031' }).getAttribute('href')).toBe(
      `/office/cases/${CASE_ID}`,
    );
    expect(late1.textContent).toContain('5 h 0 min');
    expect(breaches).toHaveBeenCalledWith({ limit: 25 });
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'S000077' })).toBeTruthy();
    expect(breaches).toHaveBeenLastCalledWith({ limit: 25, cursor: 'c1' });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('speaks Chinese and says when nothing is late', async () => {
    signIn('admin');
    await renderWith(<SupervisionPage />, {
      lang: 'zh',
      api: fakeApi({
        workload: vi.fn(async () => ({ ...workload, reviewers: [], unassigned: { cases: 0, breached: 0 } })),
        breaches: vi.fn(async () => ({ data: [], next_cursor: null })),
      }),
    });
    expect(await screen.findByText('没有审核员。')).toBeTruthy();
    expect(await screen.findByText('没有超过 SLA 的案件。')).toBeTruthy();
  });

  it('is closed to reviewers', async () => {
    signIn('reviewer');
    const api = fakeApi();
    await renderWith(<SupervisionPage />, { api });
    expect(screen.getByText('This page is for supervisors and admins.')).toBeTruthy();
    expect(api.workload).not.toHaveBeenCalled();
  });
});

describe('the queue filtered to one reviewer', () => {
  it('keeps the reviewer chosen from the supervision page in the holder filter', async () => {
    signIn('supervisor');
    window.history.pushState({}, '', '/office/queue?assignee=u-1');
    const reviewQueue = vi.fn(async () => ({ data: [], next_cursor: null }));
    await renderWith(<ReviewQueuePage />, { api: fakeApi({ reviewQueue }) });
    expect(((await screen.findByLabelText('Holder')) as HTMLSelectElement).value).toBe('u-1');
    expect(reviewQueue).toHaveBeenCalledWith(expect.objectContaining({ assignee: 'u-1' }));
    window.history.pushState({}, '', '/');
  });
});
