import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { chainedAuditTrail } from '../support/audit.js';

describe('access that can be taken away', () => {
  let t: TestApp;
  let admin: string;
  const clock = fixedClock('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    t = await startTestApp({ clock });
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, token: string | undefined, payload?: object) =>
    t.server.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
  const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
    t.server.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress });
  const actions = async () => {
    const seen: string[] = [];
    for await (const entry of chainedAuditTrail(t.context)) seen.push(entry.action);
    return seen;
  };

  it('a disabled user is refused at the next request and cannot log in; enabling lets them log in anew', async () => {
    const created = await call('POST', '/v1/admin/users', admin, {
      email: 'leaver@example.com',
      password: 'a long enough password',
      role: 'reviewer',
    });
    const userId = created.json().id;
    const token = (await login('leaver@example.com', 'a long enough password')).json().token;
    expect((await call('GET', '/v1/me', token)).statusCode).toBe(200);

    const disabled = await call('POST', `/v1/admin/users/${userId}/disable`, admin);
    expect(disabled.json()).toMatchObject({
      id: userId,
      changed: true,
      disabled_at: clock.now().toISOString(),
    });
    expect((await call('GET', '/v1/me', token)).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await login('leaver@example.com', 'a long enough password')).json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect((await call('POST', `/v1/admin/users/${userId}/disable`, admin)).json()).toMatchObject({
      changed: false,
    });

    expect((await call('POST', `/v1/admin/users/${userId}/enable`, admin)).json()).toMatchObject({
      disabled_at: null,
    });
    // The old session stays ended: enabling gives back the login, not the sessions.
    expect((await call('GET', '/v1/me', token)).statusCode).toBe(401);
    expect((await login('leaver@example.com', 'a long enough password')).statusCode).toBe(200);
    expect(await actions()).toEqual(expect.arrayContaining(['user.disabled', 'user.enabled']));
  });

  it('an admin cannot disable their own login, and an unknown user is a 404', async () => {
    const me = (await call('GET', '/v1/me', admin)).json();
    expect((await call('POST', `/v1/admin/users/${me.id}/disable`, admin)).json()).toMatchObject({
      code: 'CONFLICT',
    });
    const unknown = await call('POST', '/v1/admin/users/00000000-0000-4000-8000-000000000000/disable', admin);
    expect(unknown.statusCode).toBe(404);
  });

  it('lists a person’s sessions and signs them out everywhere', async () => {
    await call('POST', '/v1/admin/users', admin, {
      email: 'traveller@example.com',
      password: 'a long enough password',
      role: 'reviewer',
    });
    const first = (await login('traveller@example.com', 'a long enough password')).json().token;
    const second = (await login('traveller@example.com', 'a long enough password')).json().token;
    const sessions = (await call('GET', '/v1/auth/sessions', second)).json().data;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(sessions)).not.toContain(second);

    expect((await call('POST', '/v1/auth/logout-everywhere', second)).json()).toEqual({ sessions_ended: 2 });
    expect((await call('GET', '/v1/me', first)).statusCode).toBe(401);
    expect((await call('GET', '/v1/me', second)).statusCode).toBe(401);
    expect(await actions()).toContain('user.signed_out_everywhere');
  });

  it('a revoked key is refused at once; a rotated key works through the overlap, then stops', async () => {
    const created = (await call('POST', '/v1/admin/api-keys', admin, { name: 'feed' })).json();
    expect((await call('GET', '/v1/me', created.key)).statusCode).toBe(200);
    const rotated = await call('POST', `/v1/admin/api-keys/${created.id}/rotate`, admin, {
      overlap_hours: 2,
    });
    expect(rotated.statusCode).toBe(201);
    const next = rotated.json();
    expect(next).toMatchObject({ name: 'feed', role: 'integration', replaces: { id: created.id } });
    expect((await call('GET', '/v1/me', created.key)).statusCode).toBe(200);
    expect((await call('GET', '/v1/me', next.key)).statusCode).toBe(200);
    clock.advance(2 * 3_600_000 + 1000);
    expect((await call('GET', '/v1/me', created.key)).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await call('GET', '/v1/me', next.key)).statusCode).toBe(200);
    // A key that no longer works cannot be rotated into a new one.
    expect((await call('POST', `/v1/admin/api-keys/${created.id}/rotate`, admin, {})).json()).toMatchObject({
      code: 'CONFLICT',
    });

    expect((await call('POST', `/v1/admin/api-keys/${next.id}/revoke`, admin)).statusCode).toBe(200);
    expect((await call('GET', '/v1/me', next.key)).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const listed = (await call('GET', '/v1/admin/api-keys', admin)).json().data;
    expect(listed.find((k: { id: string }) => k.id === next.id).revoked_at).not.toBeNull();
    expect(await actions()).toEqual(expect.arrayContaining(['api_key.rotated', 'api_key.revoked']));
  });

  it('creates seller logins only for sellers that exist', async () => {
    const res = await call('POST', '/v1/admin/users', admin, {
      email: 'ghost@example.com',
      password: 'a long enough password',
      role: 'seller',
      seller_id: 'NO_SUCH_SELLER',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'UNKNOWN_SELLER', error: { details: { where: 'seller_id' } } });
  });

  it('throttles failed logins per account and per address, with retry_after', async () => {
    await call('POST', '/v1/admin/users', admin, {
      email: 'target@example.com',
      password: 'the right password',
      role: 'reviewer',
    });
    for (let i = 0; i < 5; i++)
      expect((await login('target@example.com', `wrong ${i}`, '10.0.0.7')).json().code).toBe(
        'INVALID_CREDENTIALS',
      );
    const refused = await login('target@example.com', 'the right password', '10.0.0.8');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', error: { details: { where: 'email' } } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await actions()).toContain('auth.login_throttled');
    clock.advance(15 * 60_000 + 1000);
    expect((await login('target@example.com', 'the right password', '10.0.0.8')).statusCode).toBe(200);

    // One address trying many accounts is held back too, even on an account with no failures.
    for (let i = 0; i < 50; i++) await login(`nobody${i}@example.com`, 'guess', '10.6.6.6');
    const fromAddress = await login('target@example.com', 'the right password', '10.6.6.6');
    expect(fromAddress.json()).toMatchObject({
      code: 'RATE_LIMITED',
      error: { details: { where: 'address' } },
    });
    expect((await login('target@example.com', 'the right password', '10.0.0.9')).statusCode).toBe(200);
  });
});
