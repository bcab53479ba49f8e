import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DeliveryView, SubscriptionView } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { WebhooksPage } from './WebhooksPage';

const subscription: SubscriptionView = {
  id: 'sub-1',
  url: 'https://example.com/hooks',
  event_types: ['*'],
  description: null,
  secret_prefix: 'whsec_ab',
  created_by: 'admin',
  created_at: '2026-11-29T04:00:00.000Z',
};
const failed: DeliveryView = {
  id: 'del-1',
  subscription_id: 'sub-1',
  event_id: 'ev-1',
  event_type: 'case.transitioned',
  status: 'failed',
  attempt_count: 8,
  attempts: [],
  created_at: '2026-11-29T04:00:00.000Z',
  delivered_at: null,
  last_attempt_at: '2026-11-30T04:00:00.000Z',
  last_error: 'connect ECONNREFUSED',
  last_status_code: null,
  next_attempt_at: null,
  replay_count: 0,
};

describe('webhooks', () => {
  it('creates a subscription and shows its secret once, deletes one, and replays a delivery', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      'secondlook.session',
      JSON.stringify({ token: 't', user: { id: 'a', email: 'a@x', role: 'admin', seller_id: null } }),
    );
    let active = [subscription];
    const subscribe = vi.fn(async () => {
      const created = { ...subscription, id: 'sub-2', url: 'https://hooks.example.org/in' };
      active = [...active, created];
      return { ...created, secret: 'whsec_the_whole_secret' };
    });
    const unsubscribe = vi.fn(async () => {
      active = active.filter((s) => s.id !== 'sub-1');
    });
    const replayDelivery = vi.fn(async () => ({ ...failed, status: 'pending' as const }));
    vi.stubGlobal('confirm', () => true);
    await renderWith(<WebhooksPage />, {
      api: fakeApi({
        subscriptions: vi.fn(async () => active),
        deliveries: vi.fn(async () => ({ data: [failed], next_cursor: null })),
        subscribe,
        unsubscribe,
        replayDelivery,
      }),
    });
    expect(await screen.findByText('https://example.com/hooks')).toBeTruthy();
    await user.type(screen.getByLabelText('URL'), 'https://hooks.example.org/in');
    await user.click(screen.getByLabelText(/case\.transitioned/));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(subscribe).toHaveBeenCalledWith({
      url: 'https://hooks.example.org/in',
      event_types: ['case.transitioned'],
    });
    expect((await screen.findByTestId('secret')).textContent).toContain('whsec_the_whole_secret');
    await user.click(screen.getByRole('button', { name: 'Delete https://example.com/hooks' }));
    expect(unsubscribe).toHaveBeenCalledWith('sub-1');
    await vi.waitFor(() => expect(screen.queryByText('https://example.com/hooks')).toBeNull());

    const row = screen.getByText('case.transitioned', { selector: 'td code' }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('failed');
    expect(row.textContent).toContain('ECONNREFUSED');
    await user.click(within(row).getByRole('button', { name: 'Replay' }));
    expect(replayDelivery).toHaveBeenCalledWith('del-1');
    vi.unstubAllGlobals();
  });
});
