import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findRequirements } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type FormPart, multipart } from '../support/multipart.js';
import { salesAnomaly } from '../support/review.js';

/** Values at and beyond what the database holds: text it cannot store, numbers past column ranges, odd dates. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\udc00\ud800',
    '😀\ud83d',
    '',
    ' ',
    'x'.repeat(70_000),
    '0000-01-01',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '-271821-04-20T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '1985-02-30',
    '2026-13-45',
    '1e400',
    '../../etc/passwd',
    "'; drop table cases; --",
    '%00',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    3e9,
    1e15,
    2 ** 53,
    2 ** 53 + 2,
    1e308,
    -1e308,
    -1,
    0,
    0.5,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 3, arbitrary: hostileNumber },
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 2 }),
);

/** A value as a client could put it in a URL; a lone surrogate goes as its raw (invalid) UTF-8 bytes. */
function inUrl(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

const rawUrlValues = ['%ED%A0%80', '%C0%80', '%FF', '%00', '%', '%%32'];

type Leaf = { path: (string | number)[] };

function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return [{ path }, ...value.flatMap((v, i) => leavesOf(v, [...path, i]))];
  if (value && typeof value === 'object')
    return [{ path }, ...Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]))];
  return [{ path }];
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

describe('hostile values on every write endpoint', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let caseId = '';

  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('S1'), businessSeller('S2')]);
    for (const role of ['admin', 'supervisor', 'reviewer', 'integration'] as const)
      tokens[role] = await t.tokenFor(role);
    tokens.seller = await t.tokenFor('seller', 'S1');
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'S1',
      source: 'scan',
      by: systemPrincipal('test'),
      findings: [salesAnomaly(0.9)],
    });
    if (!('caseId' in opened)) throw new Error('no case');
    caseId = opened.caseId;
  });
  afterAll(() => t.close());

  const uuid = '00000000-0000-4000-8000-000000000000';
  /** One valid call per JSON write endpoint (multipart and feed bodies have their own tests). */
  const endpoints = () => [
    {
      method: 'POST',
      url: '/v1/auth/login',
      who: 'none',
      body: { email: 'a@b.example', password: 'secret' },
    },
    { method: 'POST', url: '/v1/auth/logout', who: 'own session', body: {} },
    {
      method: 'POST',
      url: '/v1/admin/users',
      who: 'admin',
      body: {
        email: 'n@b.example',
        password: 'long enough password',
        role: 'seller',
        display_name: 'N',
        seller_id: 'S2',
      },
    },
    { method: 'POST', url: '/v1/admin/api-keys', who: 'admin', body: { name: 'feed key' } },
    {
      method: 'POST',
      url: '/v1/cases',
      who: 'supervisor',
      body: {
        seller_id: 'S2',
        reasons: [{ trigger: 'sales_anomaly', summary: 'jump', missing_documents: ['bank_statement'] }],
        note: 'n',
      },
    },
    { method: 'POST', url: `/v1/cases/${caseId}/submit`, who: 'seller', body: { note: 'n' } },
    { method: 'POST', url: `/v1/cases/${caseId}/withdraw`, who: 'supervisor', body: { note: 'n' } },
    { method: 'PUT', url: '/v1/policy', who: 'admin', body: { open_score: 0.7 } },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/decisions`,
      who: 'reviewer',
      body: {
        decision: 'approved',
        reason_codes: ['R1'],
        note: 'n',
        requirements: [{ material: 'x', reason_codes: ['R'] }],
        revision: 1,
      },
    },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/decisions/${uuid}/approve`,
      who: 'reviewer',
      body: { revision: 1, note: 'n' },
    },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/decisions/${uuid}/send-back`,
      who: 'reviewer',
      body: { revision: 1, note: 'n' },
    },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/appeal`,
      who: 'seller',
      body: { root_cause: 'r'.repeat(30), what_was_fixed: 'w'.repeat(30), how_prevented: 'h'.repeat(30) },
    },
    { method: 'POST', url: `/v1/cases/${caseId}/messages`, who: 'seller', body: { body: 'hello' } },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/messages`,
      who: 'reviewer',
      body: { body: 'note', internal: true },
    },
    { method: 'POST', url: `/v1/cases/${caseId}/claim`, who: 'reviewer', body: { revision: 1 } },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/assign`,
      who: 'supervisor',
      body: { assignee_id: uuid, revision: 1 },
    },
    { method: 'POST', url: `/v1/cases/${caseId}/release`, who: 'reviewer', body: { revision: 1 } },
    { method: 'PUT', url: '/v1/sellers/S3', who: 'integration', body: businessSeller('S3') },
    { method: 'POST', url: '/v1/sellers/S3/legal-holds', who: 'admin', body: { reason: 'court order 7' } },
    {
      method: 'POST',
      url: `/v1/sellers/S3/legal-holds/${uuid}/lift`,
      who: 'admin',
      body: { reason: 'order lifted' },
    },
    { method: 'POST', url: '/v1/sellers/S3/erasure', who: 'integration', body: { reason: 'ticket 42' } },
    {
      method: 'POST',
      url: '/v1/webhooks/subscriptions',
      who: 'admin',
      body: { url: 'https://example.com/hook', event_types: ['*'], description: 'd' },
    },
    { method: 'DELETE', url: `/v1/webhooks/subscriptions/${uuid}`, who: 'admin', body: undefined },
    { method: 'POST', url: `/v1/webhooks/deliveries/${uuid}/replay`, who: 'admin', body: {} },
    { method: 'POST', url: '/v1/auth/logout-everywhere', who: 'own session', body: {} },
    ...['disable', 'enable', 'sign-out'].map((action) => ({
      method: 'POST',
      url: `/v1/admin/users/${uuid}/${action}`,
      who: 'admin',
      body: {},
    })),
    { method: 'POST', url: `/v1/admin/api-keys/${uuid}/revoke`, who: 'admin', body: {} },
    { method: 'POST', url: `/v1/admin/api-keys/${uuid}/rotate`, who: 'admin', body: { overlap_hours: 24 } },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/relationship_statement/statement`,
      who: 'seller',
      body: {
        entries: [
          {
            account: 'S2',
            relationship: 'same_owner',
            controlled_by: 'the same owner',
            shared: ['device'],
            explanation: 'Both stores are run by the same two people from one office.',
          },
        ],
      },
    },
    {
      method: 'POST',
      url: '/v1/appointments/availability',
      who: 'reviewer',
      body: { date: '2026-12-09', from: '09:00', to: '10:00', time_zone: 'Asia/Shanghai', languages: ['zh'] },
    },
    { method: 'POST', url: `/v1/appointments/availability/${uuid}/withdraw`, who: 'reviewer', body: {} },
    {
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/relationship_statement/appointment`,
      who: 'seller',
      body: { slot_id: uuid, time_zone: 'Asia/Shanghai', language: 'zh' },
    },
    { method: 'POST', url: `/v1/appointments/${uuid}/reschedule`, who: 'seller', body: { slot_id: uuid } },
    { method: 'POST', url: `/v1/appointments/${uuid}/cancel`, who: 'seller', body: { reason: 'travelling' } },
    { method: 'POST', url: `/v1/documents/${uuid}/withdraw`, who: 'seller', body: { reason: 'wrong bill' } },
    {
      method: 'POST',
      url: `/v1/appointments/${uuid}/outcome`,
      who: 'reviewer',
      body: { attended: true, person_matches_id: true, originals_shown: ['passport'], notes: 'n' },
    },
    {
      method: 'POST',
      url: '/v1/cases/bulk',
      who: 'reviewer',
      body: { action: 'note', note: 'checked', items: [{ case_id: caseId, revision: 1 }] },
    },
    {
      method: 'POST',
      url: '/v1/case-list/filters',
      who: 'reviewer',
      body: { name: 'mine', query: { status: ['submitted'], marketplace: 'US', sort: '-due' } },
    },
    { method: 'DELETE', url: `/v1/case-list/filters/${uuid}`, who: 'reviewer', body: {} },
    { method: 'POST', url: '/v1/me/notifications/read', who: 'reviewer', body: { ids: [uuid] } },
    { method: 'PATCH', url: '/v1/me', who: 'reviewer', body: { language: 'zh' } },
  ];

  it('has an example for every JSON write route', () => {
    const covered = new Set(endpoints().map((e) => `${e.method} ${e.url.replace(caseId, ':caseId')}`));
    const writes = t.server.routeCatalogue.filter(
      (r) =>
        // Multipart uploads (documents, preflight, selfie) and feeds have their own bad-input tests.
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
        !/documents$|preflight$|selfie$|feed/.test(r.url),
    );
    const normalise = (url: string) =>
      url
        .replace(
          /:decisionId|:subscriptionId|:deliveryId|:userId|:keyId|:holdId|:availabilityId|:appointmentId|:filterId|:documentId/,
          uuid,
        )
        .replace(':sellerId', 'S3')
        .replace(':material', 'relationship_statement');
    for (const route of writes) expect(covered).toContain(`${route.method} ${normalise(route.url)}`);
  });

  /** `own session`: a session of its own, so that logging out does not end the others'. */
  const send = async (e: ReturnType<typeof endpoints>[number], url: string, body: unknown) =>
    t.server.inject({
      method: e.method as 'POST',
      url,
      headers: {
        ...(e.who === 'none'
          ? {}
          : {
              authorization: `Bearer ${e.who === 'own session' ? await t.tokenFor('reviewer') : tokens[e.who]}`,
            }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });

  it('never answers a hostile body value with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), hostileValue, async (which, leaf, value) => {
        const list = endpoints();
        const endpoint = list[which % list.length]!;
        const leaves = leavesOf(endpoint.body);
        const body = replaced(endpoint.body, leaves[leaf % leaves.length]!.path, value);
        const res = await send(endpoint, endpoint.url, body);
        expect(
          res.statusCode,
          `${endpoint.method} ${endpoint.url} ${JSON.stringify(body)}: ${res.body}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('never answers a hostile path or query parameter with a 5xx', async () => {
    const reads = [
      '/v1/cases/{}',
      '/v1/cases?cursor={}',
      '/v1/cases?status={}',
      '/v1/review/queue?cursor={}',
      '/v1/webhooks/deliveries?cursor={}',
      '/v1/notifications/emails?cursor={}',
      '/v1/sellers/{}',
      '/v1/sellers/S1/sales?from={}&to=2026-01-01',
      '/v1/documents/{}/files/{}',
      '/v1/search?q={}',
      '/v1/case-list?sort={}&country={}',
      '/v1/exports/audit?format=jsonl&actor={}&from={}',
      '/v1/audit/events?before={}&entity_id={}',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...reads), hostileValue, fc.nat(), async (template, value, raw) => {
        const url = template.replaceAll(
          '{}',
          raw % 4 === 0 ? rawUrlValues[Math.floor(raw / 4) % rawUrlValues.length]! : inUrl(value),
        );
        const res = await t.server.inject({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${tokens.admin}` },
        });
        expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('refuses NUL and lone surrogates with INVALID_CHARACTER, naming the field', async () => {
    const login = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a\\u0000@b.example","password":"x"}',
    });
    expect(login.statusCode).toBe(400);
    expect(login.json().error).toMatchObject({
      code: 'INVALID_CHARACTER',
      details: { where: 'body.email', character: 'nul' },
    });
    const seller = await t.server.inject({
      method: 'PUT',
      url: '/v1/sellers/S4',
      headers: { authorization: `Bearer ${tokens.integration}`, 'content-type': 'application/json' },
      payload: JSON.stringify(businessSeller('S4')).replace('"Zhang Wei"', '"Zhang \\ud800Wei"'),
    });
    expect(seller.json().error).toMatchObject({
      code: 'INVALID_CHARACTER',
      details: { where: 'body.legal_rep.full_name', character: 'lone_surrogate' },
    });
    const query = await t.server.inject({
      method: 'GET',
      url: '/v1/cases?status=open%00',
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    expect(query.json().error).toMatchObject({
      code: 'INVALID_CHARACTER',
      details: { where: 'query.status' },
    });
  });

  it('refuses numbers and dates the columns cannot hold', async () => {
    const claim = await send(
      endpoints().find((e) => e.url.endsWith('/claim'))!,
      `/v1/cases/${caseId}/claim`,
      {
        revision: 3e9,
      },
    );
    expect(claim.statusCode).toBe(400);
    for (const created_at of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z']) {
      const res = await t.server.inject({
        method: 'PUT',
        url: '/v1/sellers/S5',
        headers: { authorization: `Bearer ${tokens.integration}` },
        payload: {
          ...businessSeller('S5'),
          created_at,
          legal_rep: { full_name: 'A B', date_of_birth: '0000-01-01' },
        },
      });
      // The seller is kept; the dates no database column can hold are noted and read as unknown.
      expect(res.statusCode, res.body).toBe(200);
      const noted = res
        .json()
        .data_quality_notes.map((n: { field: string; code: string }) => [n.field, n.code]);
      expect(noted).toEqual(
        expect.arrayContaining([
          ['created_at', expect.stringMatching(/DATE|TIMESTAMP/)],
          ['legal_rep.date_of_birth', expect.stringMatching(/DATE/)],
        ]),
      );
    }
  });

  it('answers a path parameter longer than the router matches with 404, not 500', async () => {
    // It falls through to the static files, which refuse a file name that long.
    for (const length of [101, 10_000, 70_000]) {
      const res = await t.server.inject({
        method: 'GET',
        url: `/v1/cases/${'x'.repeat(length)}`,
        headers: { authorization: `Bearer ${tokens.reviewer}` },
      });
      expect([400, 404], `${length}: ${res.body.slice(0, 120)}`).toContain(res.statusCode);
    }
  });

  it('answers a crafted cursor with INVALID_CURSOR on every cursor endpoint', async () => {
    const crafted = [
      Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', 'not-a-uuid'])).toString('base64url'),
      Buffer.from(JSON.stringify(['-271821-04-20T00:00:00Z', uuid])).toString('base64url'),
      Buffer.from(JSON.stringify(['q', 'high', '2026-01-01T00:00:00Z', "1' or '1"])).toString('base64url'),
      'garbage',
    ];
    for (const path of [
      '/v1/cases',
      '/v1/review/queue',
      '/v1/webhooks/deliveries',
      '/v1/notifications/emails',
    ])
      for (const cursor of crafted) {
        const res = await t.server.inject({
          method: 'GET',
          url: `${path}?cursor=${cursor}`,
          headers: { authorization: `Bearer ${tokens.admin}` },
        });
        expect(res.statusCode, `${path} ${cursor}`).toBe(400);
        expect(res.json().code).toBe('INVALID_CURSOR');
      }
    const seller = await t.server.inject({
      method: 'GET',
      url: `/v1/cases?cursor=${crafted[0]}`,
      headers: { authorization: `Bearer ${tokens.seller}` },
    });
    expect(seller.json().code).toBe('INVALID_CURSOR');
  });

  describe('uploads', () => {
    const material = async () => {
      const requirement = (await findRequirements(t.context.db, caseId)).find(
        (r) => (r.acceptedVariants as string[]).length > 0,
      )!;
      return { material: requirement.material, type: (requirement.acceptedVariants as string[])[0]! };
    };

    it('refuses a file name or a field the database cannot store, naming it', async () => {
      const { material: m, type } = await material();
      for (const [parts, where] of [
        [
          [
            ['type', type],
            ['file', new TextEncoder().encode('%PDF-1.4 x'), 'bill\u0000.pdf'],
          ],
          'form.file[0].filename',
        ],
        [
          [
            ['type', `${type}\u0000`],
            ['file', new TextEncoder().encode('%PDF-1.4 x'), 'bill.pdf'],
          ],
          'form.type',
        ],
      ] as [FormPart[], string][]) {
        const { payload, contentType } = await multipart(parts);
        const res = await t.server.inject({
          method: 'POST',
          url: `/v1/cases/${caseId}/requirements/${m}/documents`,
          payload,
          headers: { authorization: `Bearer ${tokens.seller}`, 'content-type': contentType },
        });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'INVALID_CHARACTER', details: { where } });
      }
    });

    it('answers 429 with retry_after beyond the parallel uploads a caller may run, and frees the slot after', async () => {
      const { material: m, type } = await material();
      const { payload, contentType } = await multipart([
        ['type', type],
        ['file', new TextEncoder().encode('%PDF-1.4 slow upload'), 'slow.pdf'],
      ]);
      const gates: (() => void)[] = [];
      /** A body that sends its first bytes and then waits, as a slow client's does. */
      const slowBody = () => {
        const body = new PassThrough();
        body.write(payload.subarray(0, 100));
        gates.push(() => body.end(payload.subarray(100)));
        return body;
      };
      const upload = (body: Buffer | PassThrough) =>
        t.server.inject({
          method: 'POST',
          url: `/v1/cases/${caseId}/requirements/${m}/documents`,
          payload: body,
          headers: { authorization: `Bearer ${tokens.seller}`, 'content-type': contentType },
        });
      const held = [upload(slowBody()), upload(slowBody())];
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await upload(payload);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ code: 'TOO_MANY_UPLOADS', details: { retry_after: 5 } });
      expect(refused.headers['retry-after']).toBe('5');
      for (const open of gates) open();
      await Promise.all(held);
      const after = await upload(payload);
      expect(after.statusCode).not.toBe(429);
    });
  });
});
