import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import type { SellerRecord } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller } from '../support/feed.js';
import { type Call, caller, type Person, personFor, salesAnomaly, submittedCase } from '../support/review.js';

const clock = fixedClock(new Date('2026-11-02T08:00:00Z'));

const SELLERS: SellerRecord[] = [
  businessSeller('D1', {
    business: {
      legal_name: '深圳市晓明贸易有限公司',
      registration_number: '91440300MA5FD1D1D1',
      country: 'CN',
      address: { line1: '科苑路18号', city: '深圳', country: 'CN' },
    },
    legal_rep: { full_name: '王晓明', date_of_birth: '1985-03-02', id_number: '440301198503021234' },
    contact: { email: 'Xiaoming.Wang@Example.cn', phone: '+86 138 0013 8000' },
    bank: { account_number: '6222 0212 3456 7890 123', holder_name: '王晓明' },
    store: { name: 'Bright Store', marketplace: 'US' },
  }),
  businessSeller('D2', {
    business: {
      legal_name: 'Nova Brands Limited',
      registration_number: '12345678',
      country: 'GB',
      address: { line1: '1 High Street', city: 'Leeds', country: 'GB' },
    },
    legal_rep: { full_name: 'Alice Müller', date_of_birth: '1980-01-01' },
    contact: { email: 'alice@nova.example', phone: '+44 20 7946 0018' },
    store: { marketplace: 'DE' },
  }),
  businessSeller('D3', { store: { marketplace: 'US' } }),
];

describe('the risk desk: search, case list, bulk actions, exports, audit viewer', () => {
  let t: TestApp;
  let call: Call;
  let ann: Person;
  let sue: Person;
  const caseOf = new Map<string, string>();

  const search = async (q: string, who: Person = ann) => {
    const res = await call('GET', `/v1/search?q=${encodeURIComponent(q)}`, who);
    return res;
  };
  const sellersFound = async (q: string) => {
    const res = await search(q);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { data: { seller_id: string }[] }).data.map((h) => h.seller_id);
  };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    call = caller(t);
    await importFeedWorkflow(t.context, {
      kind: 'sellers',
      source: Readable.from(SELLERS.map((s) => `${JSON.stringify(s)}\n`)),
      origin: 'desk.test',
      by: systemPrincipal('test'),
    });
    [ann, sue] = [await personFor(t, 'reviewer'), await personFor(t, 'supervisor')];
    caseOf.set('D1', await submittedCase(t, 'D1', await personFor(t, 'seller', 'D1'), [salesAnomaly(0.97)]));
    caseOf.set('D2', await submittedCase(t, 'D2', await personFor(t, 'seller', 'D2'), [salesAnomaly(0.7)]));
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'D3',
      source: 'scan',
      by: systemPrincipal('test'),
      findings: [salesAnomaly(0.95)],
    });
    if (!('caseId' in opened)) throw new Error(`no case for D3: ${opened.outcome}`);
    caseOf.set('D3', opened.caseId);
  }, 120_000);
  afterAll(() => t?.close());

  it('finds a seller by name in 汉字, pinyin in either order, joined, or one word begun', async () => {
    for (const q of ['王晓明', 'Wang Xiaoming', 'xiaoming wang', 'WANG, Xiaoming', 'wangxiaoming', 'xiaom'])
      expect(await sellersFound(q), q).toContain('D1');
    expect(await sellersFound('Alice Muller')).toEqual(['D2']);
    expect(await sellersFound('Mueller')).toEqual(['D2']);
  });

  it('finds a seller by e-mail, phone, registration, bank account and ID number whatever their format', async () => {
    for (const q of [
      'xiaoming.wang@example.cn',
      '13800138000',
      '+86-138-0013-8000',
      '91440300ma5fd1d1d1',
      '6222021234567890123',
      '440301 19850302 1234',
      'd1',
    ])
      expect(await sellersFound(q), q).toEqual(['D1']);
  });

  it('finds a case by its id, with the seller and its cases', async () => {
    const res = await search(caseOf.get('D2')!);
    const body = res.json() as {
      data: { seller_id: string; name: string; country: string; cases: { id: string }[] }[];
    };
    expect(body.data[0]).toMatchObject({ seller_id: 'D2', name: 'Nova Brands Limited', country: 'GB' });
    expect(body.data[0]!.cases.map((c) => c.id)).toEqual([caseOf.get('D2')]);
  });

  it('answers bad queries with a code and SQL fragments with nothing', async () => {
    expect((await search('x')).json()).toMatchObject({ code: 'QUERY_TOO_SHORT' });
    expect((await search('x')).statusCode).toBe(400);
    const long = await search('a'.repeat(5000));
    expect([long.statusCode, long.json().code]).toEqual([400, 'QUERY_TOO_LONG']);
    expect(await sellersFound("' or 1=1; drop table sellers; --")).toEqual([]);
    expect(await sellersFound('%_%')).toEqual([]);
    const seller = await personFor(t, 'seller', 'D1');
    expect((await search('Wang', seller)).statusCode).toBe(403);
  });

  it('lists cases with the seller name, country, marketplace and holder, sorted and counted on the server', async () => {
    const list = async (query: string) => {
      const res = await call('GET', `/v1/case-list${query}`, ann);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        total: number;
        data: {
          seller_id: string;
          seller_name: string;
          country: string;
          marketplace: string;
          triggers: string[];
          due_at: string | null;
        }[];
      };
    };
    const all = await list('?sort=seller_name');
    expect(all.total).toBe(3);
    expect(all.data.map((r) => r.seller_id)).toEqual(['D3', 'D2', 'D1']);
    expect(all.data.find((r) => r.seller_id === 'D1')).toMatchObject({
      seller_name: '深圳市晓明贸易有限公司',
      country: 'CN',
      marketplace: 'US',
      triggers: ['sales_anomaly'],
    });
    expect((await list('?sort=-seller_name&limit=1')).data.map((r) => r.seller_id)).toEqual(['D1']);
    const us = await list('?marketplace=us&status=submitted');
    expect([us.total, us.data.map((r) => r.seller_id)]).toEqual([1, ['D1']]);
    expect((await list('?holder=none')).total).toBe(3);
  });

  it('keeps saved filters per user', async () => {
    const saved = await call('POST', '/v1/case-list/filters', ann, {
      name: 'US waiting',
      query: { status: ['submitted'], marketplace: 'US', sort: 'due' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const mine = (await call('GET', '/v1/case-list/filters', ann)).json() as { data: { name: string }[] };
    expect(mine.data.map((f) => f.name)).toEqual(['US waiting']);
    expect(((await call('GET', '/v1/case-list/filters', sue)).json() as { data: unknown[] }).data).toEqual(
      [],
    );
    const other = await t.server.inject({
      method: 'DELETE',
      url: `/v1/case-list/filters/${saved.json().id}`,
      headers: { authorization: `Bearer ${sue.token}` },
    });
    expect(other.statusCode).toBe(404);
  });

  it('acts on many cases with a result for each: a changed case is reported and left unchanged', async () => {
    const d1 = caseOf.get('D1')!;
    const d2 = caseOf.get('D2')!;
    const d3 = caseOf.get('D3')!;
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await call('POST', '/v1/cases/bulk', sue, {
      action: 'assign',
      assignee_id: ann.id,
      items: [{ case_id: d1, revision: 999 }, { case_id: d2 }, { case_id: d3 }, { case_id: missing }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      data: { case_id: string; result: string }[];
      counts: { ok: number; failed: number };
    };
    expect(body.data.map((r) => r.result)).toEqual(['CONFLICT', 'ok', 'INVALID_TRANSITION', 'NOT_FOUND']);
    expect(body.counts).toEqual({ ok: 1, failed: 3 });
    const list = (await call('GET', '/v1/case-list?holder=none', ann)).json() as { data: { id: string }[] };
    expect(list.data.map((r) => r.id).sort()).toEqual([d1, d3].sort());
    const notes = await call('POST', '/v1/cases/bulk', ann, {
      action: 'note',
      note: 'checked the bank',
      items: [{ case_id: d1 }, { case_id: d2 }],
    });
    expect((notes.json() as { counts: { ok: number } }).counts.ok).toBe(2);
    const release = await call('POST', '/v1/cases/bulk', ann, {
      action: 'release',
      items: [{ case_id: d2 }],
    });
    expect((release.json() as { data: { result: string }[] }).data[0]!.result).toBe('ok');
    expect(
      (
        await call('POST', '/v1/cases/bulk', ann, {
          action: 'assign',
          assignee_id: ann.id,
          items: [{ case_id: d1 }],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses more than 10,000 cases in one call and handles 10,000', async () => {
    const ids = Array.from({ length: 10_001 }, (_, i) => ({
      case_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const over = await call('POST', '/v1/cases/bulk', ann, { action: 'release', items: ids });
    expect(over.statusCode).toBe(400);
    const ok = await call('POST', '/v1/cases/bulk', ann, { action: 'release', items: ids.slice(0, 10_000) });
    expect(ok.statusCode, ok.body.slice(0, 200)).toBe(200);
    expect((ok.json() as { counts: { failed: number } }).counts.failed).toBe(10_000);
    expect(new Set((ok.json() as { data: { result: string }[] }).data.map((r) => r.result))).toEqual(
      new Set(['NOT_FOUND']),
    );
  }, 300_000);

  it('streams exports as CSV and JSON lines, filtered, and records who exported', async () => {
    const csv = await call('GET', '/v1/exports/cases?format=csv', ann);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['id', 'seller_id', 'status']);
    expect(lines).toHaveLength(4);
    const jsonl = await call('GET', '/v1/exports/cases?format=jsonl&status=submitted', ann);
    const rows = jsonl.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seller_id: string; triggers: string });
    expect(rows.map((r) => r.seller_id)).toEqual(['D1']);
    expect((rows[0] as unknown as { opened_at: string }).opened_at).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
    expect((await call('GET', '/v1/exports/audit?from=0000-01-01T00:00:00Z', ann)).statusCode).toBe(400);
    for (const kind of ['decisions', 'requirements', 'audit'])
      expect((await call('GET', `/v1/exports/${kind}?format=jsonl`, ann)).statusCode, kind).toBe(200);
    const requirements = await call('GET', `/v1/exports/requirements?format=csv&seller_id=D1`, ann);
    expect(requirements.body.split('\r\n').length).toBeGreaterThan(2);
    // The case list's "export selected": only the cases named, whatever else the store holds.
    const chosen = [caseOf.get('D1')!, caseOf.get('D3')!];
    const selected = await call('GET', `/v1/exports/cases?format=jsonl&case_ids=${chosen.join(',')}`, ann);
    expect(selected.statusCode, selected.body).toBe(200);
    const selectedSellers = selected.body
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { seller_id: string }).seller_id);
    expect(selectedSellers.sort()).toEqual(['D1', 'D3']);
    expect((await call('GET', '/v1/exports/cases?case_ids=not-a-uuid', ann)).statusCode).toBe(400);
    const tooMany = Array.from({ length: 201 }, () => crypto.randomUUID()).join(',');
    expect((await call('GET', `/v1/exports/cases?case_ids=${tooMany}`, ann)).statusCode).toBe(400);
    const audit = await call('GET', '/v1/exports/audit?format=jsonl&action=export.started', ann);
    expect(audit.body.trim().split('\n').length).toBeGreaterThanOrEqual(5);
    expect((await call('GET', '/v1/exports/sellers?format=csv', ann)).statusCode).toBe(400);
    expect((await call('GET', '/v1/exports/cases?format=xml', ann)).statusCode).toBe(400);
  });

  it('shows the audit trail newest first, filtered and paged', async () => {
    const page = async (query: string) => {
      const res = await call('GET', `/v1/audit/events${query}`, sue);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        data: { id: number; position: number | null; action: string; entity_id: string }[];
        next_before: number | null;
      };
    };
    const first = await page(`?entity_type=case&entity_id=${caseOf.get('D1')}&limit=2`);
    expect(first.data).toHaveLength(2);
    expect(first.data[0]!.id).toBeGreaterThan(first.data[1]!.id);
    const second = await page(
      `?entity_type=case&entity_id=${caseOf.get('D1')}&limit=2&before=${first.next_before}`,
    );
    expect(second.data[0]!.id).toBeLessThan(first.data[1]!.id);
    expect((await page('?action=case.assigned')).data.every((e) => e.action === 'case.assigned')).toBe(true);
    expect((await call('GET', '/v1/audit/events', ann)).statusCode).toBe(403);
  });
});
