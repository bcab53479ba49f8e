import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, systemPrincipal } from '../../src/modules/access/index.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** The browser's session: an httpOnly cookie, a CSRF token on every write, bearer tokens unchanged. */
describe('cookie sessions', () => {
  let t: TestApp;
  const password = 'correct horse battery';
  beforeAll(async () => {
    t = await startTestApp();
    await createUser(t.context.access, systemPrincipal('test'), {
      email: 'cookie@test.example',
      password,
      role: 'admin',
    });
  });
  afterAll(() => t.close());

  const HOST = 'secondlook.test';
  async function logInWithCookies() {
    const answer = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { host: HOST, origin: `http://${HOST}` },
      payload: { email: 'cookie@test.example', password },
    });
    expect(answer.statusCode).toBe(200);
    const cookies = Object.fromEntries(answer.cookies.map((c) => [c.name, c]));
    return {
      answer,
      cookies,
      jar: `sl_session=${cookies.sl_session?.value}; sl_csrf=${cookies.sl_csrf?.value}`,
    };
  }

  it('login sets an httpOnly, SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const { answer, cookies } = await logInWithCookies();
    expect(cookies.sl_session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookies.sl_session?.secure).toBeFalsy();
    expect(cookies.sl_csrf?.httpOnly).toBeFalsy();
    expect(cookies.sl_csrf?.value).toBe(answer.json().csrf_token);
    expect(cookies.sl_session?.value).toBe(answer.json().token);
  });

  it('the cookie alone reads (a new tab), and /v1/me gives the CSRF token back', async () => {
    const { jar, cookies } = await logInWithCookies();
    const me = await t.server.inject({ method: 'GET', url: '/v1/me', headers: { host: HOST, cookie: jar } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'cookie@test.example', csrf_token: cookies.sl_csrf?.value });
  });

  it('a write with the cookie needs the CSRF token and this origin; else 403 CSRF_REJECTED, nothing done', async () => {
    const { jar, cookies } = await logInWithCookies();
    const write = (headers: Record<string, string>) =>
      t.server.inject({
        method: 'POST',
        url: '/v1/admin/users',
        headers: { host: HOST, cookie: jar, ...headers },
        payload: { email: `new${Math.random()}@test.example`, password, role: 'reviewer' },
      });
    const noToken = await write({ origin: `http://${HOST}` });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({
      code: 'CSRF_REJECTED',
      error: { details: { where: 'X-CSRF-Token' } },
    });
    const wrongToken = await write({ 'x-csrf-token': 'x'.repeat(43) });
    expect(wrongToken.json()).toMatchObject({ code: 'CSRF_REJECTED' });
    const csrf = cookies.sl_csrf?.value ?? '';
    const foreign = await write({ origin: 'https://evil.example', 'x-csrf-token': csrf });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'CSRF_REJECTED', error: { details: { where: 'Origin' } } });
    const foreignReferer = await write({ referer: 'https://evil.example/page', 'x-csrf-token': csrf });
    expect(foreignReferer.json()).toMatchObject({ code: 'CSRF_REJECTED' });
    const users = await t.server.inject({
      method: 'GET',
      url: '/v1/admin/users?limit=100',
      headers: { host: HOST, cookie: jar },
    });
    expect(JSON.stringify(users.json())).not.toContain('new0.');

    const fine = await write({ origin: `http://${HOST}`, 'x-csrf-token': csrf });
    expect(fine.statusCode).toBe(201);
  });

  it('a login from another origin is refused (no login CSRF)', async () => {
    const answer = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { host: HOST, origin: 'https://evil.example' },
      payload: { email: 'cookie@test.example', password },
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.json()).toMatchObject({ code: 'CSRF_REJECTED' });
  });

  it('bearer tokens keep working unchanged, with no CSRF token, whatever the Origin', async () => {
    const token = await t.tokenFor('admin');
    const answer = await t.server.inject({
      method: 'POST',
      url: '/v1/admin/users',
      headers: { authorization: `Bearer ${token}`, origin: 'https://integration.example' },
      payload: { email: 'by-bearer@test.example', password, role: 'reviewer' },
    });
    expect(answer.statusCode).toBe(201);
    const me = await t.server.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json().csrf_token).toBeNull();
  });

  it('logout ends the session and clears the cookies; log out everywhere ends every session', async () => {
    const first = await logInWithCookies();
    const csrf = first.cookies.sl_csrf?.value ?? '';
    const out = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      headers: { host: HOST, cookie: first.jar, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const cleared = Object.fromEntries(out.cookies.map((c) => [c.name, c.value]));
    expect(cleared).toMatchObject({ sl_session: '', sl_csrf: '' });
    const after = await t.server.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { host: HOST, cookie: first.jar },
    });
    expect(after.json()).toMatchObject({ code: 'UNAUTHENTICATED' });

    const tabA = await logInWithCookies();
    const tabB = await logInWithCookies();
    const everywhere = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/logout-everywhere',
      headers: { host: HOST, cookie: tabA.jar, 'x-csrf-token': tabA.cookies.sl_csrf?.value ?? '' },
    });
    expect(everywhere.json().sessions_ended).toBeGreaterThanOrEqual(2);
    for (const jar of [tabA.jar, tabB.jar]) {
      const me = await t.server.inject({
        method: 'GET',
        url: '/v1/me',
        headers: { host: HOST, cookie: jar },
      });
      expect(me.statusCode).toBe(401);
    }
  });
});
