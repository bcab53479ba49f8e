import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role, systemPrincipal } from '../../src/modules/access/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

/**
 * Probes every route of the API with every role (and with no token): a role the route does not
 * allow is refused, an allowed one is let through. Then a seller probes another seller's data and
 * gets 404, as if it did not exist.
 */
describe('access matrix', () => {
  let t: TestApp;
  let ownCase: string;
  let otherCase: string;

  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('S1'), businessSeller('S2')]);
    const open = async (sellerId: string) => {
      const outcome = await openOrUpdateCase(t.context, {
        sellerId,
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [{ trigger: 'identity_verification', score: 1, summary: 'ID check failed.', evidence: {} }],
      });
      return (outcome as { caseId: string }).caseId;
    };
    ownCase = await open('S1');
    otherCase = await open('S2');
  });
  afterAll(() => t.close());

  /** A body each route accepts, so the answer is about access, not about the body. */
  const bodyFor = (url: string) =>
    url.startsWith('/v1/feed') ? '' : url.endsWith('/messages') ? { body: 'probe' } : {};
  const request = (method: string, url: string, token: string | undefined) =>
    t.server.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(url.startsWith('/v1/feed') ? { 'content-type': 'application/x-ndjson' } : {}),
      },
      ...(method === 'GET' ? {} : { payload: bodyFor(url) }),
    });

  it('lets each role call exactly the routes that name it', async () => {
    const routes = [...t.server.routeCatalogue].sort(
      (a, b) => Number(a.url.includes('logout')) - Number(b.url.includes('logout')),
    );
    expect(routes.length).toBeGreaterThan(15);
    const tokens = new Map<Role, string>();
    for (const role of ROLES) tokens.set(role, await t.tokenFor(role, role === 'seller' ? 'S1' : undefined));
    const seen: string[] = [];
    for (const route of routes) {
      const url = route.url
        .replace(':sellerId', 'S1')
        .replace(':caseId', ownCase)
        .replace(':kind', 'events')
        .replace(':material', 'government_id')
        .replace(/:(subscriptionId|deliveryId|userId|keyId)/, '00000000-0000-4000-8000-000000000000');
      const anonymous = await request(route.method, url, undefined);
      if (route.access === 'public')
        expect(anonymous.statusCode, `${route.method} ${route.url} anonymous`).not.toBe(401);
      else expect(anonymous.statusCode, `${route.method} ${route.url} anonymous`).toBe(401);
      for (const role of ROLES) {
        // Logging out ends the session: each logout route gets sessions of its own.
        const token = route.url.includes('logout')
          ? await t.tokenFor(role, role === 'seller' ? 'S1' : undefined)
          : tokens.get(role);
        const res = await request(route.method, url, token);
        const allowed = route.access === 'public' || route.access.includes(role);
        const label = `${route.method} ${route.url} as ${role}: ${res.body.slice(0, 200)}`;
        if (allowed) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
        if (!allowed) expect(res.json().code).toBe('FORBIDDEN');
      }
      seen.push(`${route.method} ${route.url}`);
    }
    expect(seen).toContain('GET /v1/cases/:caseId');
    expect(seen).toContain('POST /v1/feed/:kind');
  });

  it("answers 404 for another seller's data, exactly as for data that does not exist", async () => {
    const token = await t.tokenFor('seller', 'S1');
    const sellerRoutes = t.server.routeCatalogue.filter(
      (r) =>
        r.access !== 'public' &&
        r.access.includes('seller') &&
        (r.url.includes(':sellerId') || r.url.includes(':caseId')),
    );
    expect(sellerRoutes.length).toBeGreaterThanOrEqual(6);
    for (const route of sellerRoutes) {
      const foreign = await request(
        route.method,
        route.url
          .replace(':sellerId', 'S2')
          .replace(':caseId', otherCase)
          .replace(':material', 'government_id'),
        token,
      );
      const missing = await request(
        route.method,
        route.url
          .replace(':sellerId', 'S999')
          .replace(':caseId', '00000000-0000-4000-8000-000000000000')
          .replace(':material', 'government_id'),
        token,
      );
      expect(foreign.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(foreign.json().code).toBe('NOT_FOUND');
    }
    const list = await request('GET', '/v1/cases?seller_id=S2', token);
    expect(list.json().data).toEqual([]);
  });
});
