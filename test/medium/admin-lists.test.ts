import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('admin lists of users and API keys', () => {
  let t: TestApp;
  let admin: string;
  let supervisor: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
    supervisor = await t.tokenFor('supervisor');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    t.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it('lists the users an admin created, without passwords, and is closed to others', async () => {
    const created = await call('POST', '/v1/admin/users', admin, {
      email: 'New.Reviewer@example.com',
      password: 'a long enough password',
      role: 'reviewer',
      display_name: 'New Reviewer',
    });
    expect(created.statusCode).toBe(201);
    const res = await call('GET', '/v1/admin/users', admin);
    expect(res.statusCode).toBe(200);
    const row = res.json().data.find((u: { email: string }) => u.email === 'new.reviewer@example.com');
    expect(row).toMatchObject({
      display_name: 'New Reviewer',
      role: 'reviewer',
      seller_id: null,
      disabled_at: null,
    });
    expect(res.body).not.toContain('argon2');
    expect(res.body).not.toContain('password');
    expect((await call('GET', '/v1/admin/users', supervisor)).statusCode).toBe(403);
  });

  it('lists API keys by name and prefix, never the key itself', async () => {
    const created = await call('POST', '/v1/admin/api-keys', admin, { name: 'Marketplace feed' });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    const res = await call('GET', '/v1/admin/api-keys', admin);
    expect(res.statusCode).toBe(200);
    const row = res.json().data.find((k: { id: string }) => k.id === id);
    expect(row).toMatchObject({
      name: 'Marketplace feed',
      role: 'integration',
      prefix: key.slice(0, 10),
      revoked_at: null,
    });
    expect(res.body).not.toContain(key);
    expect((await call('GET', '/v1/admin/api-keys', supervisor)).statusCode).toBe(403);
  });
});
