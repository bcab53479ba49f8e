import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { personFor } from '../support/review.js';

/** The dashboard reads what the cases and decisions say, set-based, over a window of days. */
describe('GET /v1/dashboard', () => {
  let t: TestApp;
  const clock = fixedClock('2026-12-10T12:00:00Z');
  let supervisor: string;
  let reviewerId: string;

  type Row = {
    status: string;
    opened: string;
    decided?: string;
    closed?: string;
    due?: string;
    triggers: string[];
    policy?: string;
  };
  async function insertCase(row: Row) {
    const id = randomUUID();
    await t.context.db.execute(sql`insert into cases (id, seller_id, status, severity, policy_version, opened_at, opened_by,
      deadline_at, decided_at, closed_at, review_due_at, updated_at)
      values (${id}, ${`S-${id.slice(0, 8)}`}, ${row.status}, 'medium', ${row.policy ?? 'v1'}, ${row.opened}::timestamptz, 'system:test',
      ${row.opened}::timestamptz + interval '14 days', ${row.decided ?? null}::timestamptz, ${row.closed ?? null}::timestamptz,
      ${row.due ?? null}::timestamptz, ${row.opened}::timestamptz)`);
    for (const trigger of row.triggers)
      await t.context.db.execute(sql`insert into case_reasons (case_id, trigger, score, severity, summary, evidence, source, added_at, updated_at)
        values (${id}, ${trigger}, 0.9, 'medium', 'test', '{}'::jsonb, 'test', ${row.opened}::timestamptz, ${row.opened}::timestamptz)`);
    if (row.decided)
      await t.context.db.execute(sql`insert into case_decisions (id, case_id, decision, status, reasons, note, appeal_round, proposed_by, proposed_at, decided_at, case_status)
        values (${randomUUID()}, ${id}, ${row.status === 'approved' ? 'approved' : 'rejected'}, 'decided', '[]'::jsonb, '', 0, ${reviewerId},
        ${row.decided}::timestamptz, ${row.decided}::timestamptz, ${row.status})`);
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    supervisor = (await personFor(t, 'supervisor')).token;
    reviewerId = (await personFor(t, 'reviewer')).id;
    // Approved after 24 h and 48 h (sales), rejected after 96 h (sales + registration), under v2.
    await insertCase({
      status: 'approved',
      opened: '2026-12-01T10:00:00Z',
      decided: '2026-12-02T10:00:00Z',
      closed: '2026-12-02T10:00:00Z',
      triggers: ['sales_anomaly'],
    });
    await insertCase({
      status: 'approved',
      opened: '2026-12-01T10:00:00Z',
      decided: '2026-12-03T10:00:00Z',
      closed: '2026-12-03T10:00:00Z',
      triggers: ['sales_anomaly'],
    });
    await insertCase({
      status: 'rejected_final',
      opened: '2026-12-02T10:00:00Z',
      decided: '2026-12-06T10:00:00Z',
      closed: '2026-12-06T10:00:00Z',
      triggers: ['sales_anomaly', 'registration_mismatch'],
      policy: 'v2',
    });
    // The queue: one past its SLA, one due in 2 h (near), one due in 2 days.
    await insertCase({
      status: 'in_review',
      opened: '2026-12-09T12:00:00Z',
      due: '2026-12-10T11:00:00Z',
      triggers: ['sales_anomaly'],
    });
    await insertCase({
      status: 'submitted',
      opened: '2026-12-05T12:00:00Z',
      due: '2026-12-10T14:00:00Z',
      triggers: ['sales_anomaly'],
    });
    await insertCase({
      status: 'appealed',
      opened: '2026-11-20T12:00:00Z',
      due: '2026-12-12T12:00:00Z',
      triggers: ['registration_mismatch'],
    });
    await insertCase({
      status: 'awaiting_documents',
      opened: '2026-12-10T08:00:00Z',
      triggers: ['sales_anomaly'],
    });
  });
  afterAll(() => t.close());

  const dashboard = (query = '') =>
    t.server.inject({
      method: 'GET',
      url: `/v1/dashboard${query}`,
      headers: { authorization: `Bearer ${supervisor}` },
    });

  it('counts opened and closed per day, the backlog by age, the SLA and time to decision', async () => {
    const answer = await dashboard('?from=2026-12-01&to=2026-12-10');
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.per_day).toHaveLength(10);
    expect(body.per_day[0]).toEqual({ day: '2026-12-01', opened: 2, closed: 0 });
    expect(body.per_day.find((d: { day: string }) => d.day === '2026-12-06')).toEqual({
      day: '2026-12-06',
      opened: 0,
      closed: 1,
    });
    expect(body.backlog).toEqual(
      expect.arrayContaining([
        { status: 'awaiting_documents', age_band: 'under_1d', cases: 1 },
        { status: 'in_review', age_band: '1_3d', cases: 1 },
        { status: 'submitted', age_band: '3_7d', cases: 1 },
        { status: 'appealed', age_band: 'over_14d', cases: 1 },
      ]),
    );
    expect(body.sla).toEqual({ queued: 3, breached: 1, near_breach: 1 });
    expect(body.time_to_decision).toEqual({ decided: 3, p50_hours: 48, p90_hours: 86.4 });
  });

  it('gives the decisions per reviewer by name, and the approval rate per trigger and per policy version', async () => {
    const body = (await dashboard('?from=2026-12-01&to=2026-12-10')).json();
    expect(body.decisions_by_reviewer).toEqual([
      {
        reviewer: { id: reviewerId, display_name: expect.stringMatching(/^reviewer/) },
        decision: 'approved',
        decisions: 2,
      },
      {
        reviewer: { id: reviewerId, display_name: expect.stringMatching(/^reviewer/) },
        decision: 'rejected',
        decisions: 1,
      },
    ]);
    expect(body.approval_by_trigger).toEqual([
      { key: 'registration_mismatch', approved: 0, rejected: 1, approval_rate: 0 },
      { key: 'sales_anomaly', approved: 2, rejected: 1, approval_rate: 0.667 },
    ]);
    expect(body.approval_by_policy_version).toEqual([
      { key: 'v1', approved: 2, rejected: 0, approval_rate: 1 },
      { key: 'v2', approved: 0, rejected: 1, approval_rate: 0 },
    ]);
  });

  it('refuses a window the wrong way round or too long, and reviewers and sellers', async () => {
    expect((await dashboard('?from=2026-12-10&to=2026-12-01')).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await dashboard('?from=2020-01-01&to=2026-12-01')).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await dashboard('?from=nope')).statusCode).toBe(400);
    const reviewer = await t.tokenFor('reviewer');
    const refused = await t.server.inject({
      method: 'GET',
      url: '/v1/dashboard',
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('defaults to the last 30 days up to today', async () => {
    const body = (await dashboard()).json();
    expect(body.per_day).toHaveLength(30);
    expect(body.per_day.at(-1).day).toBe('2026-12-10');
  });
});
