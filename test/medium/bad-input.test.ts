import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeller } from '../../src/modules/sellers/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller } from '../support/feed.js';

describe('bad input over HTTP', () => {
  let t: TestApp;
  let integration: string;

  beforeAll(async () => {
    t = await startTestApp();
    integration = await t.tokenFor('integration');
  });
  afterAll(() => t.close());

  const send = (method: 'POST' | 'PUT', url: string, body: string, contentType: string) =>
    t.server.inject({
      method,
      url,
      payload: body,
      headers: { authorization: `Bearer ${integration}`, 'content-type': contentType },
    });

  it('reports malformed JSON with its code', async () => {
    const res = await send('PUT', '/v1/sellers/S1', '{"seller_id": "S1",', 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'MALFORMED_JSON',
      status: 400,
      error: { code: 'MALFORMED_JSON' },
    });
  });

  it('keeps a seller sent with a wrong type and returns the data-quality note on it', async () => {
    const res = await send(
      'PUT',
      '/v1/sellers/S1',
      JSON.stringify({ ...businessSeller('S1'), status: 42 }),
      'application/json',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().data_quality_notes).toEqual([
      expect.objectContaining({ field: 'status', code: 'INVALID_VALUE', raw: '42', kind: 'sellers' }),
    ]);
    const missing = await send(
      'PUT',
      '/v1/sellers/S1',
      JSON.stringify({ status: 'active' }),
      'application/json',
    );
    expect(missing.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      error: { details: { where: 'body.seller_id' } },
    });
  });

  it('refuses unknown fields in API requests (the feed keeps them)', async () => {
    const login = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: 'a@b.c', password: 'x', remember: true },
    });
    expect(login.json()).toMatchObject({
      code: 'UNKNOWN_FIELD',
      error: { details: { fields: ['remember'] } },
    });
    const seller = await send(
      'PUT',
      '/v1/sellers/S1',
      JSON.stringify({ ...businessSeller('S1'), loyalty: 'gold' }),
      'application/json',
    );
    expect(seller.statusCode).toBe(200);
  });

  it('refuses an oversized body and an unsupported media type', async () => {
    const big = JSON.stringify({ ...businessSeller('S1'), padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await send('PUT', '/v1/sellers/S1', big, 'application/json');
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
    const xml = await send('PUT', '/v1/sellers/S1', '<seller/>', 'application/xml');
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('loads the good lines of a feed batch and names each bad one', async () => {
    const lines = [
      JSON.stringify(businessSeller('S10')),
      '{"seller_id": ',
      JSON.stringify({ ...businessSeller('S11'), entity_type: 'robot' }),
      JSON.stringify(businessSeller('S12')),
    ].join('\n');
    const res = await send('POST', '/v1/feed/sellers', lines, 'application/x-ndjson');
    expect(res.statusCode).toBe(200);
    // An unusable entity type is a note (the type is then inferred), not a lost seller.
    expect(res.json()).toMatchObject({
      accepted: 3,
      rejected: 1,
      rejections: [{ line: 2, code: 'MALFORMED_JSON' }],
      landed: '1,3-4',
      notes_by_code: { INVALID_VALUE: 1, ENTITY_TYPE_INFERRED: 1 },
    });
    const again = await send('POST', '/v1/feed/sellers', lines, 'application/x-ndjson');
    expect(again.json()).toMatchObject({ accepted: 3, written: 0, unchanged: 3 });
    const events = await send(
      'POST',
      '/v1/feed/events',
      '{"seller_id":"NOPE","at":"2026-01-01T00:00:00Z","type":"card_added","card_fingerprint":"x"}\n',
      'application/x-ndjson',
    );
    expect(events.json().rejections).toEqual([
      { line: 1, code: 'UNKNOWN_SELLER', message: expect.any(String) },
    ]);
    const sales = await send(
      'POST',
      '/v1/feed/sales',
      'seller_id,date,orders,revenue\nS10,2026-01-01,3,9.5\nS10,yesterday,1,1\n',
      'text/csv',
    );
    expect(sales.json()).toMatchObject({
      accepted: 1,
      rejected: 1,
      rejections: [{ line: 3, code: 'INVALID_REQUIRED_FIELD' }],
    });
  });

  it('stops an oversized feed but keeps the batches it already loaded', async () => {
    t.context.config.maxFeedBytes = 600_000;
    try {
      const lines = Array.from({ length: 3000 }, (_, i) => `${JSON.stringify(businessSeller(`B${i}`))}\n`);
      const res = await t.server.inject({
        method: 'POST',
        url: '/v1/feed/sellers',
        payload: Readable.from(lines),
        headers: { authorization: `Bearer ${integration}`, 'content-type': 'application/x-ndjson' },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
      expect(await findSeller(t.context.db, 'B0')).toBeDefined();
    } finally {
      t.context.config.maxFeedBytes = 256 * 1024 * 1024;
    }
  });

  it('keeps the 2,500 lines around a NUL, a lone surrogate and orders beyond an int, and says which landed', async () => {
    const good = (i: number) => JSON.stringify(businessSeller(`N${i}`));
    const lines = [
      ...Array.from({ length: 2500 }, (_, i) => good(i)),
      JSON.stringify({ ...businessSeller('N-NUL'), store: { name: 'a\u0000b' } }),
      JSON.stringify({ ...businessSeller('N-SUR'), legal_rep: { full_name: 'x\ud800' } }),
      ...Array.from({ length: 10 }, (_, i) => good(3000 + i)),
    ].join('\n');
    const res = await send('POST', '/v1/feed/sellers', lines, 'application/x-ndjson');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      accepted: 2512,
      rejected: 0,
      landed: '1-2512',
      notes_by_code: { UNSTORABLE_TEXT: 2 },
    });
    const sales = await send(
      'POST',
      '/v1/feed/sales',
      'seller_id,date,orders,revenue\nN1,2026-01-01,3000000000,1e15\nN1,2026-01-02,1,1\n',
      'text/csv',
    );
    expect(sales.json()).toMatchObject({ accepted: 2, rejected: 0, landed: '2-3', notes: 0 });
  });

  it('answers an empty feed body with zero lines, not an error', async () => {
    const res = await send('POST', '/v1/feed/events', '', 'application/x-ndjson');
    expect(res.json()).toMatchObject({ lines: 0, accepted: 0, rejected: 0 });
  });

  it.runIf(process.env.DATABASE_URL)(
    'survives the database dropping every connection, and serves again',
    async () => {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const dbName = new URL(t.database.url!).pathname.slice(1);
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [dbName],
        );
      } finally {
        await admin.end();
      }
      // The pool finds its dead connections on first use: each request that meets one is told to
      // retry (503), never answered with an internal error.
      const during = await Promise.all(
        Array.from({ length: 6 }, () =>
          t.server.inject({
            method: 'GET',
            url: '/v1/cases',
            headers: { authorization: `Bearer ${integration}` },
          }),
        ),
      );
      for (const res of during) {
        expect([200, 503]).toContain(res.statusCode);
        if (res.statusCode === 503) expect(res.json().code).toBe('DATABASE_UNAVAILABLE');
      }
      const res = await send(
        'PUT',
        '/v1/sellers/S77',
        JSON.stringify(businessSeller('S77')),
        'application/json',
      );
      expect(res.statusCode).toBe(200);
      const rows = await t.context.db.execute(
        sql`select count(*)::int as n from sellers where seller_id = 'S77'`,
      );
      expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(1);
    },
  );
});
