import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAuditEventsFor } from '../../src/modules/audit/index.js';
import {
  compareQueuePositions,
  countCasesAhead,
  findCase,
  queuePositionOf,
} from '../../src/modules/cases/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { recordSlaBreach } from '../../src/workflows/review-oversight.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type Call, caller, type Person, personFor, salesAnomaly, submittedCase } from '../support/review.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-11-01T08:00:00Z');
const clock = fixedClock(new Date(T0.getTime() - HOUR));

interface Row {
  case_id: string;
  seller_id: string;
  status: string;
  assignee: { id: string } | null;
  time_left_seconds: number;
  breached: boolean;
  revision: number;
}

describe('the review queue', () => {
  let t: TestApp;
  let call: Call;
  let ann: Person;
  let bob: Person;
  let sue: Person;
  const caseOf = new Map<string, string>();
  const sellers = new Map<string, Person>();

  const queue = async (query = '', who: Person = ann) => {
    const res = await call('GET', `/v1/review/queue${query}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Row[]; next_cursor: string | null };
  };
  const sellersIn = async (query = '', who: Person = ann) =>
    (await queue(query, who)).data.map((r) => r.seller_id);
  const renewAll = async () => {
    for (const person of [ann, bob, sue, ...sellers.values()]) await person.renew();
  };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    call = caller(t);
    await loadSellers(t.context, [
      businessSeller('Q1', { store: { marketplace: 'US' } }),
      businessSeller('Q2', { store: { marketplace: 'DE' } }),
      businessSeller('Q3', {
        store: { marketplace: 'us' },
        business: {
          legal_name: 'Hanoi Star Co., Ltd.',
          registration_number: '0101234567',
          country: 'VN',
          address: { line1: '1 Tran Hung Dao', city: 'Hanoi', country: 'VN' },
        },
      }),
      {
        ...businessSeller('Q4', { store: { marketplace: 'UK' } }),
        entity_type: 'individual',
        business: undefined,
        address: { line1: '10 High Street', city: 'Leeds', country: 'GB' },
      },
      businessSeller('Q5', { store: { marketplace: 'US' } }),
    ]);
    [ann, bob, sue] = [
      await personFor(t, 'reviewer'),
      await personFor(t, 'reviewer'),
      await personFor(t, 'supervisor'),
    ];
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']) sellers.set(id, await personFor(t, 'seller', id));
    // Submitted an hour apart from T0 - 1h: Q5 (high), Q1 (high), Q4 (low), Q2 (medium), Q3 (high).
    const plan: [string, Parameters<typeof submittedCase>[3], number][] = [
      ['Q5', [salesAnomaly(0.96)], -1],
      ['Q1', [salesAnomaly(0.97)], 0],
      ['Q4', [salesAnomaly(0.75)], 0],
      [
        'Q2',
        [{ trigger: 'account_association', score: 0.8, summary: 'Shares a device with Q9.', evidence: {} }],
        1,
      ],
      ['Q3', [salesAnomaly(0.99)], 2],
    ];
    for (const [sellerId, findings, hours] of plan) {
      clock.set(new Date(T0.getTime() + hours * HOUR));
      caseOf.set(sellerId, await submittedCase(t, sellerId, sellers.get(sellerId)!, findings));
    }
    clock.set(new Date(T0.getTime() + 3 * HOUR));
  });
  afterAll(() => t.close());

  it('orders by severity, then the SLA time left, then id, and shows the time left', async () => {
    const { data } = await queue();
    expect(data.map((r) => r.seller_id)).toEqual(['Q5', 'Q1', 'Q3', 'Q2', 'Q4']);
    const q1 = data.find((r) => r.seller_id === 'Q1')!;
    expect(q1).toMatchObject({ status: 'submitted', assignee: null, breached: false });
    expect(q1.time_left_seconds).toBe(45 * 3600);
    const rows = await Promise.all(data.map(async (r) => (await findCase(t.context.db, r.case_id))!));
    expect([...rows].sort((a, b) => compareQueuePositions(queuePositionOf(a), queuePositionOf(b)))).toEqual(
      rows,
    );
  });

  it('tells how many cases are ahead of one, in the same order (for the ETA)', async () => {
    const q3 = (await findCase(t.context.db, caseOf.get('Q3')!))!;
    expect(await countCasesAhead(t.context.db, queuePositionOf(q3))).toBe(2);
  });

  it('pages with a cursor without losing or repeating a case', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    for (let pages = 0; cursor !== null; pages++) {
      const page = await queue(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.data.map((r) => r.seller_id));
      cursor = page.next_cursor;
      expect(pages).toBeLessThan(5);
    }
    expect(seen).toEqual(['Q5', 'Q1', 'Q3', 'Q2', 'Q4']);
    const bad = await call('GET', '/v1/review/queue?cursor=eyJ4IjoxfQ', ann);
    expect(bad.json()).toMatchObject({
      code: 'INVALID_CURSOR',
      error: { details: { where: 'query.cursor' } },
    });
  });

  it('filters by trigger, marketplace, registered country and age', async () => {
    expect(await sellersIn('?trigger=account_association')).toEqual(['Q2']);
    expect(await sellersIn('?marketplace=US')).toEqual(['Q5', 'Q1', 'Q3']);
    expect(await sellersIn('?country=VN')).toEqual(['Q3']);
    expect(await sellersIn('?country=gb')).toEqual(['Q4']);
    expect(await sellersIn('?marketplace=US&country=CN')).toEqual(['Q5', 'Q1']);
    expect(await sellersIn('?min_age_hours=3')).toEqual(['Q5', 'Q1', 'Q4']);
    expect(await sellersIn('?max_age_hours=1')).toEqual(['Q3']);
    const bad = await call('GET', '/v1/review/queue?status=approved', ann);
    expect(bad.statusCode).toBe(400);
  });

  it('lets one reviewer hold a case; the other gets a clear conflict', async () => {
    const id = caseOf.get('Q1')!;
    const claimed = await call('POST', `/v1/cases/${id}/claim`, ann, {});
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(claimed.json()).toMatchObject({ status: 'in_review', assignee_id: ann.id });
    const lost = await call('POST', `/v1/cases/${id}/claim`, bob, {});
    expect(lost.statusCode).toBe(409);
    expect(lost.json()).toMatchObject({ code: 'CONFLICT', error: { details: { where: 'assignee' } } });
    const again = await call('POST', `/v1/cases/${id}/claim`, ann, {});
    expect(again.json().revision).toBe(claimed.json().revision);
    const stale = await call('POST', `/v1/cases/${caseOf.get('Q5')}/claim`, bob, { revision: 1 });
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', error: { details: { where: 'revision' } } });
    const staleHeader = await call(
      'POST',
      `/v1/cases/${caseOf.get('Q5')}/claim`,
      bob,
      {},
      { 'if-match': '"1"' },
    );
    expect(staleHeader.json()).toMatchObject({ code: 'CONFLICT' });
  });

  it('gives a case claimed by two at once to exactly one of them', async () => {
    const id = caseOf.get('Q3')!;
    const revision = (await findCase(t.context.db, id))!.revision;
    const results = await Promise.all(
      [ann, bob].map((who) => call('POST', `/v1/cases/${id}/claim`, who, { revision })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().code).toBe('CONFLICT');
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect((await findCase(t.context.db, id))!.assigneeId).toBe(winner.assignee_id);
    const assigned = (await findAuditEventsFor(t.context.db, 'case', id)).filter(
      (e) => e.action === 'case.assigned',
    );
    expect(assigned).toHaveLength(1);
    if (winner.assignee_id !== ann.id) {
      // Keep the rest of the suite's picture: ann holds Q1 and Q3.
      const moved = await call('POST', `/v1/cases/${id}/assign`, sue, { assignee_id: ann.id });
      expect(moved.statusCode, moved.body).toBe(200);
    }
  });

  it("filters by holder: mine, someone's, nobody's", async () => {
    expect(await sellersIn('?assignee=me')).toEqual(['Q1', 'Q3']);
    expect(await sellersIn(`?assignee=${ann.id}`, bob)).toEqual(['Q1', 'Q3']);
    expect(await sellersIn('?assignee=unassigned')).toEqual(['Q5', 'Q2', 'Q4']);
    expect(await sellersIn('?assignee=me', bob)).toEqual([]);
  });

  it('lets the holder or a supervisor release, and a supervisor assign to reviewers only', async () => {
    const id = caseOf.get('Q1')!;
    const notHolder = await call('POST', `/v1/cases/${id}/release`, bob, {});
    expect(notHolder.json()).toMatchObject({ code: 'NOT_ASSIGNEE' });
    expect(notHolder.statusCode).toBe(409);
    const released = await call('POST', `/v1/cases/${id}/release`, ann, {});
    expect(released.json()).toMatchObject({ status: 'in_review', assignee_id: null });
    const toSeller = await call('POST', `/v1/cases/${id}/assign`, sue, {
      assignee_id: sellers.get('Q1')!.id,
    });
    expect(toSeller.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      error: { details: { where: 'body.assignee_id' } },
    });
    const byReviewer = await call('POST', `/v1/cases/${id}/assign`, ann, { assignee_id: bob.id });
    expect(byReviewer.statusCode).toBe(403);
    const assigned = await call('POST', `/v1/cases/${id}/assign`, sue, { assignee_id: bob.id });
    expect(assigned.json()).toMatchObject({ status: 'in_review', assignee_id: bob.id });
    const reassigned = await call('POST', `/v1/cases/${id}/assign`, sue, { assignee_id: ann.id });
    expect(reassigned.json()).toMatchObject({ assignee_id: ann.id });
    const heldByAnn = await call('POST', `/v1/cases/${id}/claim`, bob, {});
    expect(heldByAnn.json().code).toBe('CONFLICT');
    const staffTimeline = (await call('GET', `/v1/cases/${id}/timeline`, sue)).json();
    expect(staffTimeline.steps.filter((s: { event: string }) => s.event === 'case.assigned').length).toBe(3);
    const sellerTimeline = (await call('GET', `/v1/cases/${id}/timeline`, sellers.get('Q1')!)).json();
    const events = sellerTimeline.steps.map((s: { event: string }) => s.event);
    expect(events).not.toContain('case.assigned');
    expect(events).not.toContain('case.released');
    expect(JSON.stringify(sellerTimeline)).not.toContain(ann.id);
  });

  it('shows supervisors the load per reviewer and, once the SLA passes, the breaches', async () => {
    const load = (await call('GET', '/v1/review/workload', sue)).json();
    const of = (person: Person) =>
      load.reviewers.find((r: { reviewer: { id: string } }) => r.reviewer.id === person.id);
    expect(of(ann)).toMatchObject({ holding: 2, breached: 0, decided_today: 0 });
    expect(of(bob)).toMatchObject({ holding: 0 });
    expect(of(sue)).toMatchObject({ holding: 0 });
    expect(load.unassigned).toEqual({ cases: 3, breached: 0 });
    expect((await call('GET', '/v1/review/breaches', sue)).json().data).toEqual([]);

    clock.set(new Date(T0.getTime() + 48 * HOUR + 30 * 60_000));
    await renewAll();
    const breaches = (await call('GET', '/v1/review/breaches', sue)).json().data as Row[];
    expect(breaches.map((r) => r.seller_id)).toEqual(['Q5', 'Q1', 'Q4']);
    expect(breaches.every((r) => r.breached && r.time_left_seconds < 0)).toBe(true);
    expect(breaches[0]!.time_left_seconds).toBe(-90 * 60);
    const later = (await call('GET', '/v1/review/workload', sue)).json();
    expect(later.reviewers.find((r: { reviewer: { id: string } }) => r.reviewer.id === ann.id)).toMatchObject(
      {
        holding: 2,
        breached: 1,
      },
    );
    expect(later.unassigned).toEqual({ cases: 3, breached: 2 });
    expect((await call('GET', '/v1/review/workload', ann)).statusCode).toBe(403);
  });

  it('escalates a breach once on the staff timeline, whatever the job is told again', async () => {
    const id = caseOf.get('Q1')!;
    const due = (await findCase(t.context.db, id))!.reviewDueAt!.toISOString();
    expect(await recordSlaBreach(t.context, id, due)).toBe('breached');
    expect(await recordSlaBreach(t.context, id, due)).toBe('recorded');
    expect(await recordSlaBreach(t.context, id, '2026-01-01T00:00:00.000Z')).toBe('moved_on');
    expect(
      await recordSlaBreach(
        t.context,
        caseOf.get('Q3')!,
        (await findCase(t.context.db, caseOf.get('Q3')!))!.reviewDueAt!.toISOString(),
      ),
    ).toBe('not_due');
    const staff = (await call('GET', `/v1/cases/${id}/timeline`, sue)).json();
    const breach = staff.steps.filter((s: { event: string }) => s.event === 'case.sla_breached');
    expect(breach).toEqual([expect.objectContaining({ by: 'system:sla', review_due_at: due })]);
    const seller = (await call('GET', `/v1/cases/${id}/timeline`, sellers.get('Q1')!)).json();
    expect(seller.steps.map((s: { event: string }) => s.event)).not.toContain('case.sla_breached');
  });
});
