import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { Layout } from './Layout';

function signIn(role: string) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({
      user: { id: 'u', email: 'x@example.com', role, seller_id: role === 'seller' ? 'S1' : null },
    }),
  );
}

const me = (role: string) =>
  vi.fn(async () => ({
    kind: 'user' as const,
    id: 'u',
    role,
    seller_id: null,
    email: 'x@example.com',
    display_name: 'X',
    language: 'en' as const,
    language_chosen: false,
    csrf_token: null,
  }));

describe('the language switch', () => {
  afterEach(() => localStorage.clear());

  it("keeps a staff member's choice as their setting, for their e-mails and notifications", async () => {
    signIn('reviewer');
    const updateMe = vi.fn(async () => ({ ...(await me('reviewer')()), language: 'zh' as const }));
    const api = fakeApi({
      me: me('reviewer'),
      updateMe,
      myNotifications: vi.fn(async () => ({ items: [], unread: 0, total: 0 })),
    });
    const user = userEvent.setup();
    await renderWith(<Layout>page</Layout>, { api });
    const select = screen.getByLabelText('Language');
    expect(select.closest('label')?.title).toBe('Also the language of your e-mails and notifications');
    await user.selectOptions(select, 'zh');
    await waitFor(() => expect(updateMe).toHaveBeenCalledWith({ language: 'zh' }));
    expect(await screen.findByText('语言')).toBeTruthy();
  });

  it("only changes a seller's page", async () => {
    signIn('seller');
    const updateMe = vi.fn();
    const user = userEvent.setup();
    await renderWith(<Layout>page</Layout>, { api: fakeApi({ me: me('seller'), updateMe }) });
    await user.selectOptions(screen.getByLabelText('Language'), 'zh');
    expect(await screen.findByText('语言')).toBeTruthy();
    expect(updateMe).not.toHaveBeenCalled();
  });
});
