import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findRequirements } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { handInStatements, uploadDocuments } from '../support/review.js';

const staff = systemPrincipal('test');
/** The finding the scan keeps reporting for S100 in these tests. */
const operatedFromVietnam = {
  trigger: 'registration_mismatch' as const,
  score: 0.9,
  summary: 'Most logins come from VN, not CN.',
  evidence: { login_share: { VN: 0.9 } },
};

describe('cases through the API', () => {
  let t: TestApp;
  let seller: string;
  let reviewer: string;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('S100'), businessSeller('S200')]);
    seller = await t.tokenFor('seller', 'S100');
    reviewer = await t.tokenFor('reviewer');
  });
  afterAll(() => t.close());

  let documentsUploaded = 0;

  const call = (
    method: 'GET' | 'POST',
    url: string,
    token: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload ? { payload: payload as object } : {}),
    });

  it('ignores findings below the policy threshold and opens a case above it', async () => {
    const low = await openOrUpdateCase(t.context, {
      sellerId: 'S100',
      source: 'scan',
      by: staff,
      findings: [
        { trigger: 'registration_mismatch', score: 0.2, summary: 'Logins mostly from abroad.', evidence: {} },
      ],
    });
    expect(low.outcome).toBe('below_threshold');
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'S100',
      source: 'scan',
      by: staff,
      findings: [operatedFromVietnam],
    });
    expect(opened.outcome).toBe('opened');
    caseId = (opened as { caseId: string }).caseId;
  });

  it('gives the seller its case with restrictions, requirements and a deadline', async () => {
    const res = await call('GET', `/v1/cases/${caseId}`, seller);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'awaiting_documents',
      severity: 'high',
      restrictions: ['payouts_held'],
      // Nothing is handed in yet: the server would refuse a submit, so the view does not offer it.
      allowed_actions: [],
      missing_for_submission: ['business_license', 'proof_of_address'],
      accepts_documents: true,
      due: { kind: 'seller_deadline', at: body.deadline_at },
      appeal_until: null,
      if_deadline_passes: { status: 'expired', restrictions: ['listings_paused', 'payouts_held'] },
    });
    expect(body.reasons[0]).toEqual(
      expect.objectContaining({
        trigger: 'registration_mismatch',
        summary: 'Most logins come from VN, not CN.',
      }),
    );
    expect(body.reasons[0].evidence).toBeUndefined();
    const reqs = (await call('GET', `/v1/cases/${caseId}/requirements`, seller)).json().data;
    expect(reqs.map((r: { material: string }) => r.material).sort()).toEqual([
      'business_license',
      'live_verification',
      'proof_of_address',
    ]);
    expect(reqs.every((r: { status: string }) => r.status === 'currently_due')).toBe(true);
    expect(
      Object.fromEntries(reqs.map((r: { material: string; kind: string }) => [r.material, r.kind])),
    ).toEqual({
      business_license: 'document',
      live_verification: 'live',
      proof_of_address: 'document',
    });
    const status = (await call('GET', '/v1/sellers/S100/status', seller)).json();
    expect(status).toMatchObject({
      restrictions: ['payouts_held'],
      can_sell: true,
      can_receive_payouts: false,
      open_case_id: caseId,
    });
  });

  it('keeps one open case per seller: the same findings change nothing, a new trigger adds reasons and merged requirements', async () => {
    const same = await openOrUpdateCase(t.context, {
      sellerId: 'S100',
      source: 'scan',
      by: staff,
      findings: [operatedFromVietnam],
    });
    expect(same).toEqual({ outcome: 'unchanged', caseId });
    const added = await openOrUpdateCase(t.context, {
      sellerId: 'S100',
      source: 'live',
      by: staff,
      findings: [
        {
          trigger: 'account_association',
          score: 0.8,
          summary: 'Shares a device with another account.',
          evidence: {},
          related_seller_ids: ['S200'],
        },
      ],
    });
    expect(added).toEqual({ outcome: 'updated', caseId });
    const materials = (await findRequirements(t.context.db, caseId)).map((r) => r.material).sort();
    expect(materials).toEqual([
      'business_license',
      'government_id',
      'live_verification',
      'proof_of_address',
      'relationship_statement',
    ]);
    const license = (await findRequirements(t.context.db, caseId)).find(
      (r) => r.material === 'business_license',
    );
    expect(license?.triggers).toEqual(['registration_mismatch', 'account_association']);
  });

  it('lets staff open a case by hand, once, with an idempotency key', async () => {
    const payload = {
      seller_id: 'S200',
      reasons: [{ trigger: 'identity_verification', summary: 'The ID check failed.' }],
      note: 'escalated by support',
    };
    const first = await call('POST', '/v1/cases', reviewer, payload, { 'idempotency-key': 'open-S200' });
    expect(first.statusCode).toBe(201);
    const again = await call('POST', '/v1/cases', reviewer, payload, { 'idempotency-key': 'open-S200' });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const other = await call(
      'POST',
      '/v1/cases',
      reviewer,
      { ...payload, note: 'different' },
      { 'idempotency-key': 'open-S200' },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('shows a Chinese reader the reason staff gave in Chinese, and an English reader the English', async () => {
    const res = await call('POST', '/v1/cases', reviewer, {
      seller_id: 'S200',
      reasons: [
        {
          trigger: 'sales_anomaly',
          summary: 'Orders of SKU A100 rose tenfold in one week.',
          summary_zh: '商品 A100 的订单在一周内增长了十倍。',
        },
      ],
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const reason = (
      res.json() as { reasons: { trigger: string; text: { en: string; zh: string } }[] }
    ).reasons.find((r) => r.trigger === 'sales_anomaly');
    expect(reason?.text).toEqual({
      en: 'Orders of SKU A100 rose tenfold in one week.',
      zh: '商品 A100 的订单在一周内增长了十倍。',
    });
    const tooLong = await call('POST', '/v1/cases', reviewer, {
      seller_id: 'S200',
      reasons: [{ trigger: 'sales_anomaly', summary: 'x', summary_zh: '长'.repeat(1001) }],
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('refuses an unknown trigger with a clear code and where', async () => {
    const res = await call('POST', '/v1/cases', reviewer, {
      seller_id: 'S200',
      reasons: [{ trigger: 'bad_vibes', summary: 'x' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      error: { details: { where: 'body.reasons.0.trigger' } },
    });
  });

  it('moves the case only along the transition table', async () => {
    const withdrawBySeller = await call('POST', `/v1/cases/${caseId}/withdraw`, seller, { note: 'please' });
    expect(withdrawBySeller.statusCode).toBe(403);
    const early = await call('POST', `/v1/cases/${caseId}/submit`, seller, {});
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'REQUIREMENTS_INCOMPLETE' });
    documentsUploaded = await uploadDocuments(t, caseId, seller);
    expect(documentsUploaded).toBeGreaterThan(0);
    // The relationship statement is material too: without it the case is not complete.
    expect((await call('POST', `/v1/cases/${caseId}/submit`, seller, {})).json()).toMatchObject({
      code: 'REQUIREMENTS_INCOMPLETE',
      error: { details: { missing: ['relationship_statement'] } },
    });
    expect(await handInStatements(t, caseId, seller)).toBe(1);
    const submit = await call('POST', `/v1/cases/${caseId}/submit`, seller, {});
    expect(submit.statusCode).toBe(200);
    expect(submit.json()).toMatchObject({
      status: 'submitted',
      allowed_actions: [],
      if_deadline_passes: null,
    });
    const again = await call('POST', `/v1/cases/${caseId}/submit`, seller, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    // What was handed in waits for verification; the live verification waits for the reviewer.
    const reqs = await findRequirements(t.context.db, caseId);
    expect(Object.fromEntries(reqs.map((r) => [r.material, r.status]))).toEqual({
      business_license: 'pending_verification',
      government_id: 'pending_verification',
      proof_of_address: 'pending_verification',
      relationship_statement: 'pending_verification',
      live_verification: 'currently_due',
    });
    const withdrawn = await call('POST', `/v1/cases/${caseId}/withdraw`, reviewer, {
      note: 'false positive: travelling',
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', restrictions: [] });
    expect((await call('GET', '/v1/sellers/S100/status', seller)).json()).toMatchObject({
      restrictions: [],
      open_case_id: null,
    });
  });

  it('tells the seller the timeline without naming staff, and staff with names', async () => {
    const forSeller = (await call('GET', `/v1/cases/${caseId}/timeline`, seller)).json();
    const uploads = new Array(documentsUploaded).fill('document.uploaded');
    expect(forSeller.steps.map((s: { event: string; to?: string }) => s.to ?? s.event)).toEqual([
      'awaiting_documents',
      'case.reasons_added',
      ...uploads,
      'statement.submitted',
      'submitted',
      'withdrawn',
    ]);
    expect(forSeller.steps.map((s: { by: string }) => s.by)).toEqual([
      'system',
      'system',
      ...uploads.map(() => 'you'),
      'you',
      'you',
      'support',
    ]);
    const forStaff = (await call('GET', `/v1/cases/${caseId}/timeline`, reviewer)).json();
    const withdrawal = forStaff.steps.at(-1);
    expect(withdrawal.by).toMatch(/^user:/);
    expect(withdrawal.note).toBe('false positive: travelling');
  });

  it('pages through cases with a cursor and filters by trigger', async () => {
    const page1 = (await call('GET', '/v1/cases?limit=1', reviewer)).json();
    expect(page1.data).toHaveLength(1);
    const page2 = (await call('GET', `/v1/cases?limit=1&cursor=${page1.next_cursor}`, reviewer)).json();
    expect(page2.data).toHaveLength(1);
    expect(page2.data[0].id).not.toBe(page1.data[0].id);
    expect(page2.next_cursor).toBeNull();
    const byTrigger = (await call('GET', '/v1/cases?trigger=identity_verification', reviewer)).json();
    expect(byTrigger.data.map((c: { seller_id: string }) => c.seller_id)).toEqual(['S200']);
    const mine = (await call('GET', '/v1/cases', seller)).json();
    expect(mine.data.map((c: { seller_id: string }) => c.seller_id)).toEqual(['S100']);
    expect((await call('GET', '/v1/cases?cursor=garbage', reviewer)).json().code).toBe('INVALID_CURSOR');
    // A page reads its cases' requirements at once: each case says what its own page says.
    for (const who of [reviewer, seller]) {
      const listed = (await call('GET', '/v1/cases?limit=100', who)).json().data;
      expect(listed.length).toBeGreaterThan(0);
      for (const c of listed) expect((await call('GET', `/v1/cases/${c.id}`, who)).json()).toMatchObject(c);
    }
  });

  it('does not reopen a withdrawn case on the same evidence, but does on new evidence', async () => {
    const same = await openOrUpdateCase(t.context, {
      sellerId: 'S100',
      source: 'scan',
      by: staff,
      findings: [operatedFromVietnam],
    });
    expect(same).toEqual({ outcome: 'already_cleared' });
    const changed = await openOrUpdateCase(t.context, {
      sellerId: 'S100',
      source: 'scan',
      by: staff,
      findings: [
        {
          trigger: 'registration_mismatch',
          score: 0.95,
          summary: 'Nearly all logins now come from VN, not CN.',
          evidence: { login_share: { VN: 0.97 } },
        },
      ],
    });
    expect(changed.outcome).toBe('opened');
  });
});
