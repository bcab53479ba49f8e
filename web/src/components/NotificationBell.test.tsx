import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationPage } from '../api/client';
import { CASE_ID, fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { NotificationBell } from './NotificationBell';

const page = (readAll = false): NotificationPage => ({
  items: [
    {
      id: 'a0000000-0000-4000-8000-000000000001',
      kind: 'case_assigned',
      case_id: CASE_ID,
      created_at: '2026-12-01T09:00:00.000Z',
      read_at: readAll ? '2026-12-01T10:00:00.000Z' : null,
    },
    {
      id: 'a0000000-0000-4000-8000-000000000002',
      kind: 'sla_near_breach',
      case_id: CASE_ID,
      created_at: '2026-12-01T08:00:00.000Z',
      read_at: readAll ? '2026-12-01T10:00:00.000Z' : null,
    },
    {
      id: 'a0000000-0000-4000-8000-000000000003',
      kind: 'appeal_filed',
      case_id: CASE_ID,
      created_at: '2026-11-30T08:00:00.000Z',
      read_at: '2026-11-30T09:00:00.000Z',
    },
  ],
  unread: readAll ? 0 : 2,
  total: 3,
});

describe('NotificationBell', () => {
  it('shows the unread count and the list, and marks all read', async () => {
    const user = userEvent.setup();
    let readAll = false;
    const myNotifications = vi.fn(async () => page(readAll));
    const readNotifications = vi.fn(async () => {
      readAll = true;
      return 2;
    });
    await renderWith(<NotificationBell />, { api: fakeApi({ myNotifications, readNotifications }) });
    expect((await screen.findByTestId('bell-count')).textContent).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Notifications, 2 unread' }));
    const panel = screen.getByRole('region', { name: 'Notifications' });
    expect(within(panel).getByText('This case was assigned to you')).toBeTruthy();
    expect(within(panel).getByText('The review SLA of this case is about to breach')).toBeTruthy();
    expect(within(panel).getByText('The seller appealed the rejection')).toBeTruthy();
    expect(within(panel).getAllByText('Unread')).toHaveLength(2);
    const link = within(panel).getAllByRole('link', { name: `Case ${CASE_ID.slice(0, 8)}` })[0]!;
    expect(link.getAttribute('href')).toBe(`/office/cases/${CASE_ID}`);
    await user.click(within(panel).getByRole('button', { name: 'Mark all as read' }));
    expect(readNotifications).toHaveBeenCalledWith({ all: true });
    await screen.findByRole('button', { name: 'Notifications' });
    expect(screen.queryByTestId('bell-count')).toBeNull();
  });

  it('speaks Chinese and marks one notification read', async () => {
    const user = userEvent.setup();
    const myNotifications = vi.fn(async () => page());
    const readNotifications = vi.fn(async () => 1);
    await renderWith(<NotificationBell />, {
      api: fakeApi({ myNotifications, readNotifications }),
      lang: 'zh',
    });
    await user.click(await screen.findByRole('button', { name: '通知，2 条未读' }));
    const panel = screen.getByRole('region', { name: '通知' });
    expect(within(panel).getByText('此案件已分配给您')).toBeTruthy();
    expect(within(panel).getByText('此案件即将超出审核时限')).toBeTruthy();
    expect(within(panel).getByText('卖家已对拒绝决定提出申诉')).toBeTruthy();
    expect(within(panel).getAllByRole('link', { name: `案件 ${CASE_ID.slice(0, 8)}` })).toHaveLength(3);
    await user.click(within(panel).getAllByRole('button', { name: '标为已读' })[0]!);
    expect(readNotifications).toHaveBeenCalledWith({ ids: ['a0000000-0000-4000-8000-000000000001'] });
    expect(within(panel).getByRole('button', { name: '全部标为已读' })).toBeTruthy();
  });

  it('says so when there is nothing', async () => {
    const user = userEvent.setup();
    const myNotifications = vi.fn(async () => ({ items: [], unread: 0, total: 0 }));
    await renderWith(<NotificationBell />, { api: fakeApi({ myNotifications }), lang: 'zh' });
    await user.click(await screen.findByRole('button', { name: '通知' }));
    expect(screen.getByText('暂无通知。')).toBeTruthy();
  });
});
