import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiKeyView, type UserView } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { AccessPage } from './AccessPage';

function signIn(role: string) {
  sessionStorage.setItem(
    'secondlook.session',
    JSON.stringify({ token: 't', user: { id: 'a', email: 'admin@x.test', role, seller_id: null } }),
  );
}

const ada: UserView = {
  id: 'u-1',
  email: 'ada@x.test',
  display_name: 'Ada Reviewer',
  role: 'reviewer',
  seller_id: null,
  created_at: '2026-11-29T04:00:00.000Z',
  disabled_at: null,
};
const feedKey: ApiKeyView = {
  id: 'k-1',
  name: 'Marketplace feed',
  prefix: 'slk_abcdef',
  role: 'integration',
  created_by: 'user:a',
  created_at: '2026-11-29T04:00:00.000Z',
  revoked_at: null,
};

describe('users and API keys', () => {
  it('lists users, creates a seller user, explains a refusal, and shows a new key once', async () => {
    signIn('admin');
    const user = userEvent.setup();
    let list = [ada];
    const createUser = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(409, 'CONFLICT', 'a user with email s@x.test exists', { where: 'email' }),
      )
      .mockImplementationOnce(async () => {
        list = [...list, { ...ada, id: 'u-2', email: 's@x.test', role: 'seller', seller_id: 'S000031' }];
        return { id: 'u-2', email: 's@x.test', role: 'seller', seller_id: 'S000031' };
      });
    const createApiKey = vi.fn(async () => ({
      id: 'k-2',
      name: 'Second feed',
      role: 'integration',
      key: 'slk_the_whole_key',
    }));
    renderWith(<AccessPage />, {
      api: fakeApi({
        users: vi.fn(async () => list),
        apiKeys: vi.fn(async () => [feedKey]),
        createUser,
        createApiKey,
      }),
    });
    const users = await screen.findByRole('table', { name: 'Users' });
    expect(within(users).getByText('Ada Reviewer')).toBeTruthy();
    const keys = await screen.findByRole('table', { name: 'API keys' });
    expect(keys.textContent).toContain('slk_abcdef…');

    const form = screen.getByRole('form', { name: 'Create a user' });
    await user.type(within(form).getByLabelText('Email'), 's@x.test');
    await user.type(within(form).getByLabelText('Password (at least 10 characters)'), 'long enough pw');
    await user.selectOptions(within(form).getByLabelText('Role'), 'seller');
    await user.type(within(form).getByLabelText('Seller id (for a seller)'), 'S000031');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('CONFLICT');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(createUser).toHaveBeenLastCalledWith({
      email: 's@x.test',
      password: 'long enough pw',
      role: 'seller',
      seller_id: 'S000031',
    });
    expect(await within(form).findByText('s@x.test can now log in as Seller.')).toBeTruthy();
    expect(await within(users).findByText('S000031')).toBeTruthy();

    await user.type(screen.getByLabelText('Name of the integration'), 'Second feed');
    await user.click(screen.getByRole('button', { name: 'Create API key' }));
    expect(createApiKey).toHaveBeenCalledWith('Second feed');
    expect((await screen.findByTestId('api-key')).textContent).toBe('slk_the_whole_key');
  });

  it('is in Chinese, and closed to everyone but admins', async () => {
    signIn('admin');
    const { unmount } = renderWith(<AccessPage />, {
      lang: 'zh',
      api: fakeApi({ users: vi.fn(async () => []), apiKeys: vi.fn(async () => []) }),
    });
    expect(await screen.findByText('没有用户。')).toBeTruthy();
    expect(await screen.findByText('没有 API 密钥。')).toBeTruthy();
    unmount();
    signIn('supervisor');
    const api = fakeApi();
    renderWith(<AccessPage />, { api });
    expect(screen.getByText('Users and API keys are managed by admins.')).toBeTruthy();
    expect(api.users).not.toHaveBeenCalled();
  });
});
