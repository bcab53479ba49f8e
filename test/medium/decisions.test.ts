import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import type { AppContext } from '../../src/app/context.js';
import { authenticate } from '../../src/modules/access/index.js';
import { findAuditEventsFor, verifyAuditChain } from '../../src/modules/audit/index.js';
import { findCase, findRequirements } from '../../src/modules/cases/index.js';
import { findDecisions } from '../../src/modules/review/index.js';
import { addDays, fixedClock } from '../../src/platform/clock.js';
import type { JobQueue } from '../../src/platform/jobs.js';
import { decideCase } from '../../src/workflows/decide-case.workflow.js';
import { approveDecision } from '../../src/workflows/decision-approval.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { chainedAuditTrail } from '../support/audit.js';
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
const mismatch = {
  trigger: 'registration_mismatch' as const,
  score: 0.9,
  summary: 'Most logins come from VN, not CN.',
  evidence: {},
};

describe('decisions', () => {
  let t: TestApp;
  let call: Call;
  let ann: Person;
  let bob: Person;
  let cat: Person;
  const seller = new Map<string, Person>();
  const caseOf = new Map<string, string>();

  const revisionOf = async (caseId: string) => (await findCase(t.context.db, caseId))!.revision;
  const claim = async (id: string, who: Person) => {
    const res = await call('POST', `/v1/cases/${caseOf.get(id)}/claim`, who, {});
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const decide = async (id: string, who: Person, body: Record<string, unknown>) =>
    call('POST', `/v1/cases/${caseOf.get(id)}/decisions`, who, {
      note: 'internal: checked against the ledger',
      revision: await revisionOf(caseOf.get(id)!),
      ...body,
    });
  const approve = async (id: string, decisionId: string, who: Person, body: Record<string, unknown> = {}) =>
    call('POST', `/v1/cases/${caseOf.get(id)}/decisions/${decisionId}/approve`, who, {
      revision: await revisionOf(caseOf.get(id)!),
      ...body,
    });
  const jobsOf = async (caseId: string) =>
    rowsOf<{ name: string; start_after: Date }>(
      await t.context.db.execute(
        sql`select name, start_after from pgboss.job where data->>'case_id' = ${caseId} order by name, start_after`,
      ),
    ).map((j) => ({ name: j.name, start_after: new Date(j.start_after).toISOString() }));

  beforeAll(async () => {
    t = await startTestApp({ clock });
    call = caller(t);
    const ids = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'];
    await loadSellers(
      t.context,
      ids.map((id) => businessSeller(id)),
    );
    [ann, bob, cat] = [
      await personFor(t, 'reviewer'),
      await personFor(t, 'reviewer'),
      await personFor(t, 'supervisor'),
    ];
    for (const id of ids) {
      seller.set(id, await personFor(t, 'seller', id));
      caseOf.set(
        id,
        await submittedCase(t, id, seller.get(id)!, id === 'D2' ? [mismatch] : [salesAnomaly(0.9)]),
      );
    }
  });
  afterAll(() => t.close());

  it('serves the reason codes to everyone, with texts in both languages', async () => {
    const res = await call('GET', '/v1/review/reason-codes', seller.get('D1')!);
    expect(res.statusCode).toBe(200);
    expect(res.json().codes).toContainEqual({
      code: 'sales_explained',
      decisions: ['approved'],
      label: expect.any(String),
      title: { en: expect.any(String), zh: expect.any(String) },
      seller_text: { en: expect.stringContaining('invoices'), zh: expect.stringContaining('发票') },
    });
  });

  it('lets only the holder decide, on the revision they saw, with reason codes meant for the decision', async () => {
    const approval = { decision: 'approved', reason_codes: ['sales_explained'] };
    expect((await decide('D1', ann, approval)).json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    await claim('D1', ann);
    const notHolder = await decide('D1', bob, approval);
    expect(notHolder.statusCode).toBe(409);
    expect(notHolder.json().code).toBe('NOT_ASSIGNEE');
    const stale = await decide('D1', ann, { ...approval, revision: 1 });
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', error: { details: { where: 'revision' } } });
    const noRevision = await call('POST', `/v1/cases/${caseOf.get('D1')}/decisions`, ann, {
      ...approval,
      note: 'x',
    });
    expect(noRevision.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      error: { details: { where: 'body.revision' } },
    });
    const wrongCode = await decide('D1', ann, {
      decision: 'approved',
      reason_codes: ['sales_explained', 'document_altered'],
    });
    expect(wrongCode.statusCode).toBe(400);
    expect(wrongCode.json()).toMatchObject({ error: { details: { where: 'body.reason_codes.1' } } });
    const unknown = await decide('D1', ann, { decision: 'approved', reason_codes: ['because'] });
    expect(unknown.json().error.details.where).toBe('body.reason_codes.0');
    const withRequirements = await decide('D1', ann, {
      ...approval,
      requirements: [{ material: 'government_id' }],
    });
    expect(withRequirements.json().error.details.where).toBe('body.requirements');
    expect(await findDecisions(t.context.db, caseOf.get('D1')!)).toEqual([]);
  });

  it('approves a first-instance case with one reviewer: restrictions lift, what was handed in is satisfied', async () => {
    const id = caseOf.get('D1')!;
    const res = await decide('D1', ann, { decision: 'approved', reason_codes: ['sales_explained'] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      decision: { decision: 'approved', status: 'decided', proposed_by: { id: ann.id }, reviewed_by: null },
      case: { status: 'approved', restrictions: [] },
    });
    expect((await findRequirements(t.context.db, id)).map((r) => r.status)).toEqual(['satisfied']);
    const forSeller = (await call('GET', `/v1/cases/${id}/decisions`, seller.get('D1')!)).json().data;
    expect(forSeller).toEqual([
      {
        id: res.json().decision.id,
        case_id: id,
        decision: 'approved',
        reasons: [{ code: 'sales_explained', text: { en: expect.any(String), zh: expect.any(String) } }],
        requirements: [],
        waivers: [],
        appeal_round: 0,
        decided_at: NOW.toISOString(),
        case_status: 'approved',
      },
    ]);
    const timeline = (await call('GET', `/v1/cases/${id}/timeline`, seller.get('D1')!)).json();
    expect(timeline.steps.at(-1)).toEqual({
      at: NOW.toISOString(),
      event: 'case.transitioned',
      by: 'support',
      // Staff are shown to the seller as support, never by name.
      actor: { id: 'support', name: null },
      from: 'in_review',
      to: 'approved',
      case_action: 'approve',
      decision: 'approved',
      reason_codes: ['sales_explained'],
    });
    expect(JSON.stringify(timeline)).not.toContain('internal');
    const forStaff = (await call('GET', `/v1/cases/${id}/decisions`, bob)).json().data;
    expect(forStaff[0]).toMatchObject({
      note: 'internal: checked against the ledger',
      proposed_by: { id: ann.id },
    });
  });

  it('sends an info request back to the seller with the named requirements due again and a new deadline', async () => {
    const id = caseOf.get('D2')!;
    await claim('D2', ann);
    const unknownMaterial = await decide('D2', ann, {
      decision: 'info_requested',
      reason_codes: ['document_illegible'],
      requirements: [{ material: 'tax_return' }],
    });
    expect(unknownMaterial.json().error.details.where).toBe('body.requirements.0.material');
    expect(
      (await decide('D2', ann, { decision: 'info_requested', reason_codes: ['document_illegible'] }))
        .statusCode,
    ).toBe(400);

    const jobsBefore = await jobsOf(id);
    clock.advance(3_600_000); // an hour after the case opened: the new deadline is not the old one
    const res = await decide('D2', ann, {
      decision: 'info_requested',
      reason_codes: ['document_illegible'],
      requirements: [
        { material: 'proof_of_address' },
        { material: 'government_id', reason_codes: ['additional_document_needed'] },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const deadline = addDays(clock.now(), 14);
    expect(res.json().case).toMatchObject({
      status: 'awaiting_documents',
      deadline_at: deadline.toISOString(),
      assignee_id: ann.id,
      restrictions: ['payouts_held'],
    });
    const requirements = await findRequirements(t.context.db, id);
    const byMaterial = (m: string) => requirements.find((r) => r.material === m)!;
    expect(byMaterial('proof_of_address')).toMatchObject({
      status: 'errored',
      errors: ['document_illegible'],
      dueAt: deadline,
      reaskedAt: clock.now(),
    });
    expect(byMaterial('government_id')).toMatchObject({
      status: 'currently_due',
      reason: expect.stringContaining('one more document'),
      acceptedVariants: ['passport', 'national_id', 'driving_licence'],
      dueAt: deadline,
    });
    expect(byMaterial('business_license').status).toBe('pending_verification');
    const added = (await jobsOf(id)).filter(
      (j) => !jobsBefore.some((b) => b.name === j.name && b.start_after === j.start_after),
    );
    expect(added).toEqual([
      { name: 'case.deadline_reached', start_after: deadline.toISOString() },
      ...[7, 3, 1].map((days) => ({
        name: 'case.reminder_due',
        start_after: addDays(deadline, -days).toISOString(),
      })),
    ]);
    const steps = (await call('GET', `/v1/cases/${id}/timeline`, seller.get('D2')!)).json().steps;
    expect(steps.slice(-2)).toMatchObject([
      { to: 'info_requested', by: 'support', reason_codes: ['document_illegible'] },
      { to: 'awaiting_documents', by: 'system' },
    ]);

    // The old documents do not answer what was asked again: only new ones do.
    const early = await call('POST', `/v1/cases/${id}/submit`, seller.get('D2')!, {});
    expect(early.json()).toMatchObject({
      code: 'REQUIREMENTS_INCOMPLETE',
      error: { details: { missing: ['proof_of_address', 'government_id'] } },
    });
    await uploadDocuments(t, id, seller.get('D2')!, ['proof_of_address', 'government_id']);
    const submitted = await call('POST', `/v1/cases/${id}/submit`, seller.get('D2')!, {});
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    // The reviewer who asked keeps the case for when it comes back.
    expect((await call('POST', `/v1/cases/${id}/claim`, bob, {})).json().code).toBe('CONFLICT');
    expect((await claim('D2', ann)).status).toBe('in_review');
    clock.set(NOW);
  });

  it('holds a rejection until a second reviewer approves it, never the proposer', async () => {
    const id = caseOf.get('D3')!;
    await claim('D3', ann);
    const proposed = await decide('D3', ann, { decision: 'rejected', reason_codes: ['sales_not_explained'] });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const decisionId = proposed.json().decision.id;
    expect(proposed.json()).toMatchObject({
      decision: { status: 'proposed', decided_at: null },
      case: { status: 'in_review', restrictions: ['payouts_held'] },
    });
    expect((await call('GET', `/v1/cases/${id}/decisions`, seller.get('D3')!)).json().data).toEqual([]);
    const sellerSteps = (await call('GET', `/v1/cases/${id}/timeline`, seller.get('D3')!)).json().steps;
    expect(sellerSteps.map((s: { event: string }) => s.event)).not.toContain('case.decision_proposed');
    const waiting = (await call('GET', '/v1/review/queue?awaiting_second_reviewer=true', bob)).json().data;
    expect(waiting).toEqual([
      expect.objectContaining({
        case_id: id,
        pending_decision: expect.objectContaining({ id: decisionId, decision: 'rejected' }),
      }),
    ]);

    // The case view says, for each caller, whether they may be the second reviewer, and why not.
    const pendingFor = async (who: Person) =>
      (await call('GET', `/v1/cases/${id}`, who)).json().pending_review;
    expect(await pendingFor(ann)).toEqual({
      decision_id: decisionId,
      can_confirm: false,
      reason: 'proposer',
    });
    expect(await pendingFor(bob)).toEqual({ decision_id: decisionId, can_confirm: true, reason: null });
    expect((await call('GET', `/v1/cases/${id}`, seller.get('D3')!)).json().pending_review).toBeNull();

    const own = await approve('D3', decisionId, ann);
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({
      code: 'REVIEWER_EXCLUDED',
      error: { details: { reason: 'proposer' } },
    });
    const second = await decide('D3', ann, { decision: 'approved', reason_codes: ['sales_explained'] });
    expect(second.json().code).toBe('DECISION_PENDING');
    const stale = await approve('D3', decisionId, bob, { revision: 1 });
    expect(stale.json().code).toBe('CONFLICT');

    const approved = await approve('D3', decisionId, bob, { note: 'agree' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      decision: {
        status: 'decided',
        reviewed_by: { id: bob.id },
        review_note: 'agree',
        case_status: 'rejected',
      },
      case: {
        status: 'rejected',
        assignee_id: null,
        restrictions: ['listings_paused', 'payouts_held'],
        appeals_left: 2,
        appeal_window_ends_at: addDays(NOW, 30).toISOString(),
      },
    });
    expect(await jobsOf(id)).toContainEqual({
      name: 'case.appeal_window_closed',
      start_after: addDays(NOW, 30).toISOString(),
    });
    const status = (await call('GET', '/v1/sellers/D3/status', seller.get('D3')!)).json();
    expect(status).toMatchObject({ restrictions: ['listings_paused', 'payouts_held'], can_sell: false });
    const forSeller = (await call('GET', `/v1/cases/${id}/decisions`, seller.get('D3')!)).json().data;
    expect(forSeller).toHaveLength(1);
    expect(JSON.stringify(forSeller)).not.toMatch(new RegExp(`${ann.id}|${bob.id}|internal|agree`));
    const again = await approve('D3', decisionId, cat);
    expect(again.json().code).toBe('DECISION_NOT_PENDING');
  });

  it('lets a second reviewer send a proposal back: it never takes effect and the holder decides again', async () => {
    const id = caseOf.get('D4')!;
    await claim('D4', ann);
    const proposed = (
      await decide('D4', ann, { decision: 'rejected', reason_codes: ['requirements_not_met'] })
    ).json();
    const sentBack = await call('POST', `/v1/cases/${id}/decisions/${proposed.decision.id}/send-back`, cat, {
      revision: await revisionOf(id),
      note: 'the invoices cover the period; look again',
    });
    expect(sentBack.statusCode, sentBack.body).toBe(200);
    expect(sentBack.json()).toMatchObject({
      decision: { status: 'sent_back' },
      case: { status: 'in_review', assignee_id: ann.id },
    });
    const approved = await decide('D4', ann, { decision: 'approved', reason_codes: ['sales_explained'] });
    expect(approved.json().case.status).toBe('approved');
    expect((await findDecisions(t.context.db, id)).map((d) => d.status).sort()).toEqual([
      'decided',
      'sent_back',
    ]);
  });

  it('gives a proposal approved by two reviewers at once exactly one approval; the other gets CONFLICT', async () => {
    const id = caseOf.get('D5')!;
    await claim('D5', ann);
    const proposed = (
      await decide('D5', ann, { decision: 'rejected', reason_codes: ['sales_not_explained'] })
    ).json();
    const revision = await revisionOf(id);
    const results = await Promise.all(
      [bob, cat].map((who) =>
        call('POST', `/v1/cases/${id}/decisions/${proposed.decision.id}/approve`, who, { revision }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('CONFLICT');
    const moves = (await findAuditEventsFor(t.context.db, 'case', id)).filter(
      (e) => e.action === 'case.transitioned' && (e.data as { to?: string }).to === 'rejected',
    );
    expect(moves).toHaveLength(1);
    expect((await findDecisions(t.context.db, id)).map((d) => d.status)).toEqual(['decided']);
  });

  it('takes exactly one of two decisions sent at once on the same case', async () => {
    const id = caseOf.get('D6')!;
    await claim('D6', ann);
    const revision = await revisionOf(id);
    const results = await Promise.all(
      [
        { decision: 'approved', reason_codes: ['sales_explained'] },
        { decision: 'rejected', reason_codes: ['sales_not_explained'] },
      ].map((body) => call('POST', `/v1/cases/${id}/decisions`, ann, { ...body, note: 'n', revision })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('CONFLICT');
    expect(await findDecisions(t.context.db, id)).toHaveLength(1);
  });

  it('voids a proposal still waiting for its second reviewer when staff withdraw the case', async () => {
    const id = caseOf.get('D10')!;
    await claim('D10', ann);
    const proposed = (
      await decide('D10', ann, { decision: 'rejected', reason_codes: ['sales_not_explained'] })
    ).json();
    const withdrawn = await call('POST', `/v1/cases/${id}/withdraw`, cat, { note: 'false positive' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', restrictions: [] });
    expect((await findDecisions(t.context.db, id)).map((d) => d.status)).toEqual(['void']);
    const late = await approve('D10', proposed.decision.id, bob);
    expect(late.json().code).toBe('DECISION_NOT_PENDING');
  });

  describe('one transaction', () => {
    /** Everything a decision writes, to compare before and after a failure. */
    const snapshot = async (caseId: string) => ({
      case: await findCase(t.context.db, caseId),
      requirements: await findRequirements(t.context.db, caseId),
      decisions: await findDecisions(t.context.db, caseId),
      events: (await findAuditEventsFor(t.context.db, 'case', caseId)).map((e) => e.position),
      jobs: await jobsOf(caseId),
    });
    /** The app, with a queue that fails when the decision enqueues `jobName` (after its other writes). */
    const failingAt = (jobName: string, fail: (tx: unknown) => Promise<void>): AppContext => {
      const queue: JobQueue = {
        send: async (job, payload, options) => {
          if (job.name === jobName) await fail(options?.transaction);
          return t.context.queue.send(job, payload, options);
        },
        sendAll: async (jobs, options) => {
          if (jobs.some(({ job }) => job.name === jobName)) await fail(options?.transaction);
          return t.context.queue.sendAll(jobs, options);
        },
        sendForResult: (job, payload) => t.context.queue.sendForResult(job, payload),
        resultOf: (job, id) => t.context.queue.resultOf(job, id),
        work: (job, handler) => t.context.queue.work(job, handler),
        stop: () => t.context.queue.stop(),
      };
      return { ...t.context, queue };
    };
    const principalOf = async (who: Person) => authenticate(t.context.access, who.token);

    it('leaves nothing of an info request that fails after its decision, requirements, moves and events', async () => {
      const id = caseOf.get('D7')!;
      await claim('D7', ann);
      const before = await snapshot(id);
      const broken = failingAt('case.deadline_reached', async () => {
        throw new Error('the queue broke');
      });
      await expect(
        decideCase(broken, await principalOf(ann), id, {
          decision: 'info_requested',
          reasonCodes: ['document_illegible'],
          note: 'n',
          requirements: [{ material: 'supplier_invoices' }, { material: 'government_id' }],
          revision: before.case!.revision,
        }),
      ).rejects.toThrow('the queue broke');
      expect(await snapshot(id)).toEqual(before);
    });

    it('leaves nothing of an approved rejection that fails when scheduling the appeal window', async () => {
      const id = caseOf.get('D8')!;
      await claim('D8', ann);
      const proposed = (
        await decide('D8', ann, { decision: 'rejected', reason_codes: ['sales_not_explained'] })
      ).json();
      const before = await snapshot(id);
      const broken = failingAt('case.appeal_window_closed', async () => {
        throw new Error('the queue broke');
      });
      await expect(
        approveDecision(broken, await principalOf(bob), id, proposed.decision.id, {
          revision: before.case!.revision,
        }),
      ).rejects.toThrow('the queue broke');
      expect(await snapshot(id)).toEqual(before);
      expect((await approve('D8', proposed.decision.id, bob)).json().case.status).toBe('rejected');
    });

    it.skipIf(!process.env.DATABASE_URL)(
      'leaves nothing when the database connection dies in the middle (PostgreSQL)',
      async () => {
        const id = caseOf.get('D9')!;
        await claim('D9', ann);
        const before = await snapshot(id);
        const killed = failingAt('case.deadline_reached', async (tx) => {
          await (tx as AppContext['db']).execute(sql`select pg_terminate_backend(pg_backend_pid())`);
        });
        await expect(
          decideCase(killed, await principalOf(ann), id, {
            decision: 'info_requested',
            reasonCodes: ['document_illegible'],
            note: 'n',
            requirements: [{ material: 'supplier_invoices' }],
            revision: before.case!.revision,
          }),
        ).rejects.toThrow();
        expect(await snapshot(id)).toEqual(before);
        const verified = await verifyAuditChain(
          chainedAuditTrail(t.context),
          process.env.SECONDLOOK_AUDIT_KEY!,
        );
        expect(verified.ok).toBe(true);
      },
    );
  });
});
