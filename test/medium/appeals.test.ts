import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { findCase } from '../../src/modules/cases/index.js';
import { addDays, fixedClock } from '../../src/platform/clock.js';
import { finalizeRejectionIfDue } from '../../src/workflows/appeal.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import {
  type Call,
  caller,
  type Person,
  personFor,
  salesAnomaly,
  submittedCase,
  uploadDocuments,
} from '../support/review.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const clock = fixedClock(NOW);
const plan = {
  root_cause: 'Our warehouse manager ordered stock from an unregistered supplier without invoices.',
  what_was_fixed: 'We now buy only from the three registered suppliers and keep every invoice.',
  how_prevented: 'The finance lead checks each purchase order against the supplier list every week.',
};

const chinesePlan = {
  root_cause: '我们的仓库经理从一家没有登记的供应商进货，没有保留任何发票。',
  what_was_fixed: '现在我们只从三家已登记的供应商进货，并保存每一张发票和合同。',
  how_prevented: '财务负责人每周核对每一张采购订单和供应商名单，发现问题立即停止付款。',
};
const spanishPlan = {
  root_cause:
    'Nuestro gerente compró productos de un proveedor que no estaba registrado y no tenía facturas.',
  what_was_fixed: 'Ahora compramos solo a los tres proveedores registrados y guardamos todas las facturas.',
  how_prevented:
    'El responsable de finanzas revisa cada orden de compra con la lista de proveedores cada semana.',
};

describe('appeals', () => {
  let t: TestApp;
  let call: Call;
  let reviewers: Person[];
  let sup: Person;
  const seller = new Map<string, Person>();
  const caseOf = new Map<string, string>();

  const revision = async (id: string) => (await findCase(t.context.db, caseOf.get(id)!))!.revision;
  const post = async (id: string, path: string, who: Person, body: Record<string, unknown> = {}) =>
    call('POST', `/v1/cases/${caseOf.get(id)}${path}`, who, { ...body });
  const ok = async (res: Promise<Awaited<ReturnType<Call>>>, status = 200) => {
    const awaited = await res;
    expect(awaited.statusCode, awaited.body).toBe(status);
    return awaited.json();
  };
  /** `proposer` claims and proposes `decision`; `approver` approves it. */
  const decideWithFourEyes = async (
    id: string,
    decision: string,
    code: string,
    proposer: Person,
    approver: Person,
  ) => {
    await ok(post(id, '/claim', proposer));
    const proposed = await ok(
      post(id, '/decisions', proposer, {
        decision,
        reason_codes: [code],
        note: 'n',
        revision: await revision(id),
      }),
      201,
    );
    expect(proposed.decision.status).toBe('proposed');
    return ok(
      post(id, `/decisions/${proposed.decision.id}/approve`, approver, { revision: await revision(id) }),
    );
  };
  const appeal = (id: string, body: Record<string, unknown> = plan, who = seller.get(id)!) =>
    post(id, '/appeal', who, body);
  const status = async (id: string) =>
    (await call('GET', `/v1/sellers/${id}/status`, seller.get(id)!)).json();
  const upload = async (id: string) => {
    try {
      await uploadDocuments(t, caseOf.get(id)!, seller.get(id)!);
      return 202;
    } catch (error) {
      return Number(/upload \w+: (\d+)/.exec(String(error))?.[1]);
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    call = caller(t);
    const ids = ['P1', 'P2', 'P3', 'P4', 'P5'];
    await loadSellers(
      t.context,
      ids.map((id) => businessSeller(id)),
    );
    reviewers = [];
    for (let i = 0; i < 6; i++) reviewers.push(await personFor(t, 'reviewer'));
    sup = await personFor(t, 'supervisor');
    for (const id of ids) {
      seller.set(id, await personFor(t, 'seller', id));
      caseOf.set(id, await submittedCase(t, id, seller.get(id)!, [salesAnomaly(0.9)]));
    }
  });
  afterAll(() => t.close());

  it('takes an appeal with a plan of action within the window, keeping the rejection in force', async () => {
    const [r1, r2, r3] = reviewers as [Person, Person, Person];
    const rejected = await decideWithFourEyes('P1', 'rejected', 'sales_not_explained', r1, r2);
    expect(rejected.case).toMatchObject({ status: 'rejected', appeals_left: 2 });
    expect(await upload('P1')).toBe(202);

    const foreign = await appeal('P1', {}, seller.get('P4')!);
    expect(foreign.statusCode).toBe(404);
    expect((await appeal('P1', plan, seller.get('P4')!)).statusCode).toBe(404);
    const short = await appeal('P1', { ...plan, root_cause: 'mistake' });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({
      code: 'APPEAL_PLAN_FAILED',
      error: { details: { where: 'body.root_cause', checks: [{ code: 'PLAN_TOO_THIN', status: 'fail' }] } },
    });
    const missing = await appeal('P1', { root_cause: plan.root_cause, what_was_fixed: plan.what_was_fixed });
    expect(missing.json()).toMatchObject({ error: { details: { where: 'body.how_prevented' } } });
    expect((await appeal('P1', { ...plan, mood: 'sorry' })).json().code).toBe('UNKNOWN_FIELD');
    expect((await post('P1', '/appeal', r3, plan)).statusCode).toBe(403);

    // Preflight: the policy's plan rules, in both languages, nothing stored. A Chinese plan passes
    // (the policy accepts en and zh); a Spanish one fails the language rule.
    const inChinese = await ok(post('P1', '/appeal?preflight=true', seller.get('P1')!, chinesePlan));
    expect(inChinese).toMatchObject({
      outcome: 'pass',
      checks: [
        { code: 'PLAN_SUBSTANTIAL', status: 'pass' },
        {
          code: 'STATEMENT_LANGUAGE_ACCEPTED',
          status: 'pass',
          evidence: { languages: { root_cause: 'zh' } },
        },
      ],
    });
    const inSpanish = await ok(post('P1', '/appeal?preflight=true', seller.get('P1')!, spanishPlan));
    expect(inSpanish.outcome).toBe('fail');
    expect(inSpanish.checks.at(-1)).toMatchObject({
      code: 'STATEMENT_LANGUAGE_NOT_ACCEPTED',
      status: 'fail',
    });
    expect(inSpanish.checks.at(-1).message.zh).toContain('西班牙文');
    const refused = await appeal('P1', spanishPlan);
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'APPEAL_PLAN_FAILED']);
    expect((await call('GET', `/v1/cases/${caseOf.get('P1')}/appeals`, r3)).json().data).toEqual([]);
    expect((await findCase(t.context.db, caseOf.get('P1')!))?.status).toBe('rejected');

    const appealed = await ok(appeal('P1'), 201);
    expect(appealed.appeal).toMatchObject({ number: 1, ...plan, outcome: 'pass' });
    expect(appealed.appeal.checks.map((c: { code: string }) => c.code)).toEqual([
      'PLAN_SUBSTANTIAL',
      'STATEMENT_LANGUAGE_ACCEPTED',
    ]);
    expect(appealed.case).toMatchObject({
      status: 'appealed',
      appeal_count: 1,
      appeals_left: 1,
      appealed_at: NOW.toISOString(),
      restrictions: ['listings_paused', 'payouts_held'],
    });
    expect(await status('P1')).toMatchObject({
      restrictions: ['listings_paused', 'payouts_held'],
      can_sell: false,
    });
    const forStaff = (await call('GET', `/v1/cases/${caseOf.get('P1')}/appeals`, r3)).json();
    expect(forStaff.data).toEqual([appealed.appeal]);
    const steps = (await call('GET', `/v1/cases/${caseOf.get('P1')}/timeline`, seller.get('P1')!)).json()
      .steps;
    expect(steps.at(-1)).toMatchObject({ to: 'appealed', by: 'you' });
    expect(await upload('P1')).toBe(202);
    const queued = (await call('GET', '/v1/review/queue', r3)).json().data;
    expect(queued.find((r: { case_id: string }) => r.case_id === caseOf.get('P1'))).toMatchObject({
      status: 'appealed',
      is_appeal: true,
      review_due_at: new Date(NOW.getTime() + 48 * 3_600_000).toISOString(),
    });
  });

  it('keeps the appeal from both deciders of the rejection, and needs four eyes to decide it', async () => {
    const [r1, r2, r3, r4] = reviewers as [Person, Person, Person, Person];
    for (const excluded of [r1, r2]) {
      const res = await post('P1', '/claim', excluded);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'REVIEWER_EXCLUDED',
        error: { details: { reason: 'decided_rejection' } },
      });
    }
    const assigned = await post('P1', '/assign', sup, { assignee_id: r1.id });
    expect(assigned.json().code).toBe('REVIEWER_EXCLUDED');
    await ok(post('P1', '/claim', r3));
    expect(await upload('P1')).toBe(409);

    const proposed = await ok(
      post('P1', '/decisions', r3, {
        decision: 'approved',
        reason_codes: ['appeal_accepted'],
        note: 'fixed for good',
        revision: await revision('P1'),
      }),
      201,
    );
    expect(proposed).toMatchObject({
      decision: { status: 'proposed', appeal_round: 1 },
      case: { status: 'in_review' },
    });
    const byDecider = await post('P1', `/decisions/${proposed.decision.id}/approve`, r2, {
      revision: await revision('P1'),
    });
    expect(byDecider.json()).toMatchObject({
      code: 'REVIEWER_EXCLUDED',
      error: { details: { reason: 'decided_rejection' } },
    });
    const byProposer = await post('P1', `/decisions/${proposed.decision.id}/approve`, r3, {
      revision: await revision('P1'),
    });
    expect(byProposer.json()).toMatchObject({
      code: 'REVIEWER_EXCLUDED',
      error: { details: { reason: 'proposer' } },
    });
    const approved = await ok(
      post('P1', `/decisions/${proposed.decision.id}/approve`, r4, { revision: await revision('P1') }),
    );
    expect(approved.case).toMatchObject({ status: 'approved', restrictions: [] });
    expect(await status('P1')).toMatchObject({ restrictions: [], can_sell: true, can_receive_payouts: true });
  });

  it('makes the rejection of the last appeal final: deactivated, no more appeals or documents', async () => {
    const [r1, r2, r3, r4, r5, r6] = reviewers as [Person, Person, Person, Person, Person, Person];
    await decideWithFourEyes('P2', 'rejected', 'sales_not_explained', r1, r2);
    await ok(appeal('P2'), 201);
    const second = await decideWithFourEyes('P2', 'rejected', 'appeal_not_sufficient', r3, r4);
    expect(second.case).toMatchObject({ status: 'rejected', appeal_count: 1, appeals_left: 1 });
    await ok(appeal('P2'), 201);
    for (const excluded of [r1, r2, r3, r4])
      expect((await post('P2', '/claim', excluded)).json().code).toBe('REVIEWER_EXCLUDED');
    const final = await decideWithFourEyes('P2', 'rejected', 'appeal_not_sufficient', r5, r6);
    expect(final.case).toMatchObject({
      status: 'rejected_final',
      appeals_left: 0,
      appeal_window_ends_at: null,
      restrictions: ['deactivated', 'payouts_held'],
    });
    expect(await status('P2')).toMatchObject({
      restrictions: ['deactivated', 'payouts_held'],
      can_sell: false,
      can_receive_payouts: false,
      open_case_id: null,
    });
    expect((await appeal('P2')).json().code).toBe('INVALID_TRANSITION');
    expect(await upload('P2')).toBe(409);
    const windows = rowsOf<{ n: number }>(
      await t.context.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'case.appeal_window_closed' and data->>'case_id' = ${caseOf.get('P2')}`,
      ),
    );
    expect(windows[0]?.n).toBe(2);
  });

  it('replays an appeal sent twice with the same idempotency key instead of appealing twice', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    await decideWithFourEyes('P5', 'rejected', 'sales_not_explained', r1, r2);
    const headers = { 'idempotency-key': 'appeal-P5' };
    const first = await call(
      'POST',
      `/v1/cases/${caseOf.get('P5')}/appeal`,
      seller.get('P5')!,
      plan,
      headers,
    );
    const again = await call(
      'POST',
      `/v1/cases/${caseOf.get('P5')}/appeal`,
      seller.get('P5')!,
      plan,
      headers,
    );
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().appeal.id).toBe(first.json().appeal.id);
    expect((await findCase(t.context.db, caseOf.get('P5')!))!.appealCount).toBe(1);
  });

  it('closes the window: no appeal or upload after it, and the job makes the rejection final', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    await decideWithFourEyes('P3', 'rejected', 'sales_not_explained', r1, r2);
    const id = caseOf.get('P3')!;
    expect(await finalizeRejectionIfDue(t.context, id)).toBe('not_due');
    clock.set(addDays(NOW, 30));
    await seller.get('P3')!.renew();
    const late = await appeal('P3');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'APPEAL_WINDOW_CLOSED',
      error: { details: { window_ended_at: addDays(NOW, 30).toISOString() } },
    });
    expect(await upload('P3')).toBe(409);
    expect(await finalizeRejectionIfDue(t.context, id)).toBe('finalized');
    expect(await finalizeRejectionIfDue(t.context, id)).toBe('moved_on');
    expect(await status('P3')).toMatchObject({
      restrictions: ['deactivated', 'payouts_held'],
      can_sell: false,
    });
    const steps = (await call('GET', `/v1/cases/${id}/timeline`, seller.get('P3')!)).json().steps;
    expect(steps.at(-1)).toMatchObject({
      to: 'rejected_final',
      by: 'system',
      case_action: 'finalize_rejection',
    });
  });

  it('asks an appeal against a rejection about documents to bring a new one, before storing anything', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    clock.advance(60_000); // the rejection comes after the documents the case was submitted with
    for (const person of [r1, r2, seller.get('P4')!]) await person.renew();
    await decideWithFourEyes('P4', 'rejected', 'sales_not_explained', r1, r2);
    const bare = await appeal('P4');
    expect(bare.statusCode).toBe(422);
    expect(bare.json()).toMatchObject({
      code: 'APPEAL_MATERIAL_MISSING',
      error: { details: { where: 'documents', reason_codes: ['sales_not_explained'] } },
    });
    expect((await findCase(t.context.db, caseOf.get('P4')!))!.appealCount).toBe(0);
    expect(await upload('P4')).toBe(202);
    expect((await appeal('P4')).statusCode).toBe(201);
  });
});
