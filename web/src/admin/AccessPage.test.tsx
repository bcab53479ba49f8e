import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiKeyView, type UserView } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { AccessPage } from './AccessPage';

function signIn(role: string) {
  localStorage.setItem(
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
  expires_at: null,
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
    await renderWith(<AccessPage />, {
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
    const { unmount } = await renderWith(<AccessPage />, {
      lang: 'zh',
      api: fakeApi({ users: vi.fn(async () => []), apiKeys: vi.fn(async () => []) }),
    });
    expect(await screen.findByText('没有用户。')).toBeTruthy();
    expect(await screen.findByText('没有 API 密钥。')).toBeTruthy();
    unmount();
    signIn('supervisor');
    const api = fakeApi();
    await renderWith(<AccessPage />, { api });
    expect(screen.getByText('Users and API keys are managed by admins.')).toBeTruthy();
    expect(api.users).not.toHaveBeenCalled();
  });

  it('disables a user, signs them out, rotates and revokes a key, and verifies the audit trail', async () => {
    signIn('admin');
    const user = userEvent.setup();
    let people = [ada];
    let keyList = [feedKey];
    const setUserDisabled = vi.fn(async (_id: string, disabled: boolean) => {
      people = [{ ...ada, disabled_at: disabled ? '2026-12-01T09:00:00.000Z' : null }];
    });
    const rotateApiKey = vi.fn(async () => {
      keyList = [{ ...feedKey, expires_at: '2026-12-02T09:00:00.000Z' }];
      return {
        id: 'k-3',
        name: 'Marketplace feed',
        role: 'integration',
        key: 'slk_rotated_key',
        replaces: { id: 'k-1', expires_at: '2026-12-02T09:00:00.000Z' },
      };
    });
    const revokeApiKey = vi.fn(async () => {
      keyList = [{ ...feedKey, revoked_at: '2026-12-01T09:00:00.000Z' }];
    });
    const verifyAudit = vi.fn(async () => ({
      ok: false,
      checked: 40,
      head: { position: 11, hash: 'b'.repeat(64) },
      redacted: { count: 0, positions: [] },
      problem: { kind: 'altered' as const, position: 12, message: 'event 12 was altered' },
      checkpoint: {
        position: 11,
        hash: 'b'.repeat(64),
        count: 40,
        at: '2026-12-01T09:00:00.000Z',
        signature: 'sig',
      },
    }));
    await renderWith(<AccessPage />, {
      api: fakeApi({
        users: vi.fn(async () => people),
        apiKeys: vi.fn(async () => keyList),
        setUserDisabled,
        signOutUser: vi.fn(async () => 3),
        rotateApiKey,
        revokeApiKey,
        verifyAudit,
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Sign ada@x.test out everywhere' }));
    expect(await screen.findByText('3 session(s) ended.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Disable ada@x.test' }));
    expect(setUserDisabled).toHaveBeenCalledWith('u-1', true);
    const users = screen.getByRole('table', { name: 'Users' });
    expect(await within(users).findByText('disabled')).toBeTruthy();
    expect(within(users).getByRole('button', { name: 'Enable ada@x.test' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Rotate the key Marketplace feed' }));
    expect(rotateApiKey).toHaveBeenCalledWith('k-1', 24);
    expect((await screen.findByTestId('rotated-key')).textContent).toBe('slk_rotated_key');
    await user.click(screen.getByRole('button', { name: 'Revoke the key Marketplace feed' }));
    const keys = screen.getByRole('table', { name: 'API keys' });
    expect(await within(keys).findByText('revoked')).toBeTruthy();
    expect(within(keys).queryByRole('button', { name: /Revoke/ })).toBeNull();

    await user.type(screen.getByLabelText('A checkpoint kept earlier (position:hash, optional)'), '10:abc');
    await user.click(screen.getByRole('button', { name: 'Verify the audit trail' }));
    expect(verifyAudit).toHaveBeenCalledWith('10:abc');
    const result = await screen.findByTestId('audit-result');
    expect(result.textContent).toContain('broken');
    expect(result.textContent).toContain('Event 12: altered.');
    expect(result.textContent).toContain(`11:${'b'.repeat(64)}`);
  });
});
