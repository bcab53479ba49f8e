import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { DashboardPage } from './DashboardPage';

function signIn(role: string) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({ user: { id: 'u-sup', email: 'sup@x.test', role, seller_id: null } }),
  );
}

const figures: Dashboard = {
  at: '2026-12-10T12:00:00.000Z',
  from: '2026-12-01T00:00:00.000Z',
  to: '2026-12-11T00:00:00.000Z',
  near_breach_hours: 4,
  per_day: [{ day: '2026-12-01', opened: 2, closed: 0 }],
  backlog: [{ status: 'in_review', age_band: '1_3d', cases: 1 }],
  sla: { queued: 3, breached: 1, near_breach: 1 },
  time_to_decision: { decided: 3, p50_hours: 48, p90_hours: 86.4 },
  decisions_by_reviewer: [
    { reviewer: { id: 'u-1', display_name: 'Ada Reviewer' }, decision: 'approved', decisions: 2 },
  ],
  approval_by_trigger: [{ key: 'sales_anomaly', approved: 2, rejected: 1, approval_rate: 0.667 }],
  approval_by_policy_version: [{ key: 'v2', approved: 0, rejected: 1, approval_rate: 0 }],
};

describe('DashboardPage', () => {
  it('shows the SLA, time to decision, decisions by name and the approval rate per trigger and policy', async () => {
    signIn('supervisor');
    const dashboard = vi.fn(async () => figures);
    await renderWith(<DashboardPage />, { api: fakeApi({ dashboard }) });
    expect(await screen.findByRole('heading', { name: 'The review operation' })).toBeTruthy();
    expect(screen.getByText('Due within 4 h')).toBeTruthy();
    expect(screen.getByText('86.4 h')).toBeTruthy();
    expect(screen.getByTestId('rate-sales_anomaly').textContent).toBe('66.7%');
    expect(screen.getByTestId('rate-v2').textContent).toBe('0%');
    const reviewers = screen.getByRole('region', { name: 'Decisions per reviewer' });
    expect(within(reviewers).getByText('Ada Reviewer')).toBeTruthy();
    expect(within(reviewers).getByText('approved')).toBeTruthy();
  });

  it('reads in 简体中文', async () => {
    signIn('admin');
    await renderWith(<DashboardPage />, {
      api: fakeApi({ dashboard: vi.fn(async () => figures) }),
      lang: 'zh',
    });
    expect(await screen.findByRole('heading', { name: '审核运营' })).toBeTruthy();
    expect(screen.getByText('4 小时内到期')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '各触发规则的通过率' })).toBeTruthy();
    expect(screen.getByText('销售异常')).toBeTruthy();
    expect(screen.getByText('审核中 · 1–3 天')).toBeTruthy();
  });

  it('asks nothing for a reviewer', async () => {
    signIn('reviewer');
    const dashboard = vi.fn(async () => figures);
    await renderWith(<DashboardPage />, { api: fakeApi({ dashboard }) });
    expect(dashboard).not.toHaveBeenCalled();
  });
});
