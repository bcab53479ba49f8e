import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findRequirements } from '../../src/modules/cases/index.js';
import { findNotificationEventsFor } from '../../src/modules/notifications/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type Call, caller, type Person, personFor } from '../support/review.js';

/** Video verification appointments through the HTTP API, on the real database. */
describe('video verification appointments', () => {
  const clock = fixedClock('2026-12-07T00:00:00Z');
  let t: TestApp;
  let call: Call;
  let reviewer: Person;
  let other: Person;
  let sellerA: Person;
  let sellerB: Person;
  const cases: Record<string, string> = {};
  const mismatch = {
    trigger: 'registration_mismatch' as const,
    score: 0.9,
    summary: 'Operated from abroad.',
    evidence: {},
  };
  const liveStatus = async (seller: string) =>
    (await findRequirements(t.context.db, cases[seller]!)).find((r) => r.material === 'live_verification');
  const slots = async (seller: string, who: Person, query = '') =>
    (
      await call('GET', `/v1/cases/${cases[seller]}/requirements/live_verification/slots${query}`, who)
    ).json();
  const book = (seller: string, who: Person, slotId: string) =>
    call('POST', `/v1/cases/${cases[seller]}/requirements/live_verification/appointment`, who, {
      slot_id: slotId,
    });

  beforeAll(async () => {
    t = await startTestApp({
      clock,
      env: { SECONDLOOK_VIDEO_URL_TEMPLATE: 'https://meet.example.com/secondlook/{appointment_id}' },
    });
    call = caller(t);
    await loadSellers(t.context, [businessSeller('VA'), businessSeller('VB')]);
    for (const sellerId of ['VA', 'VB']) {
      const opened = await openOrUpdateCase(t.context, {
        sellerId,
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [mismatch],
      });
      cases[sellerId] = (opened as { caseId: string }).caseId;
    }
    reviewer = await personFor(t, 'reviewer');
    other = await personFor(t, 'reviewer');
    sellerA = await personFor(t, 'seller', 'VA');
    sellerB = await personFor(t, 'seller', 'VB');
  });
  afterAll(() => t.close());

  it('cuts a reviewer’s Berlin morning into calls and shows them to a Shenzhen seller in Shanghai time', async () => {
    const res = await call('POST', '/v1/appointments/availability', reviewer, {
      date: '2026-12-09',
      from: '09:00',
      to: '11:00',
      time_zone: 'Europe/Berlin',
      languages: ['en', 'zh'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      slots: 4,
      availability: { starts_at: '2026-12-09T08:00:00.000Z', starts_at_local: '2026-12-09T09:00:00+01:00' },
    });
    const free = await slots('VA', sellerA);
    expect(free.time_zone).toBe('Asia/Shanghai');
    expect(free.data.map((s: { starts_at_local: string }) => s.starts_at_local)).toEqual([
      '2026-12-09T16:00:00+08:00',
      '2026-12-09T16:30:00+08:00',
      '2026-12-09T17:00:00+08:00',
      '2026-12-09T17:30:00+08:00',
    ]);
    const inNewYork = await slots('VA', sellerA, '?time_zone=America/New_York');
    expect(inNewYork.data[0].starts_at_local).toBe('2026-12-09T03:00:00-05:00');
    expect((await slots('VA', sellerA, '?time_zone=Mars/Olympus')).code).toBe('VALIDATION_FAILED');
  });

  it('books a slot once: the second seller gets 409 SLOT_TAKEN, and the slot is no longer offered', async () => {
    const [first] = (await slots('VA', sellerA)).data;
    const won = await book('VA', sellerA, first.id);
    expect(won.statusCode).toBe(201);
    expect(won.json()).toMatchObject({
      status: 'booked',
      seller_time_zone: 'Asia/Shanghai',
      starts_at_local: '2026-12-09T16:00:00+08:00',
      join_url: `https://meet.example.com/secondlook/${won.json().id}`,
    });
    expect(won.json().reviewer_id).toBeUndefined();
    const lost = await book('VB', sellerB, first.id);
    expect(lost.statusCode).toBe(409);
    expect(lost.json()).toMatchObject({ code: 'SLOT_TAKEN', error: { details: { where: 'body.slot_id' } } });
    expect((await slots('VB', sellerB)).data.map((s: { id: string }) => s.id)).not.toContain(first.id);
    expect((await liveStatus('VA'))?.status).toBe('pending_verification');
    const again = await book('VA', sellerA, (await slots('VA', sellerA)).data[0].id);
    expect(again.json().code).toBe('CONFLICT');
  });

  it('moves and cancels within the policy, announcing each step', async () => {
    const [booked] = (await call('GET', `/v1/cases/${cases.VA}/appointments`, sellerA)).json().data;
    const next = (await slots('VA', sellerA)).data[0];
    const moved = await call('POST', `/v1/appointments/${booked.id}/reschedule`, sellerA, {
      slot_id: next.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().starts_at).toBe(next.starts_at);
    const cancelled = await call('POST', `/v1/appointments/${moved.json().id}/cancel`, sellerA, {});
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', join_url: null });
    expect((await liveStatus('VA'))?.status).toBe('currently_due');
    const types = (await findNotificationEventsFor(t.context.db, { caseId: cases.VA })).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['appointment.booked', 'appointment.rescheduled', 'appointment.cancelled']),
    );
    const timeline = (await call('GET', `/v1/cases/${cases.VA}/timeline`, sellerA)).json().steps as {
      event: string;
    }[];
    expect(timeline.map((s) => s.event)).toEqual(
      expect.arrayContaining(['appointment.booked', 'appointment.rescheduled', 'appointment.cancelled']),
    );
  });

  it('lets only the reviewer holding the call record it, once it has begun; the requirement is then satisfied', async () => {
    const slot = (await slots('VA', sellerA)).data[0];
    const booked = (await book('VA', sellerA, slot.id)).json();
    const outcome = {
      attended: true,
      person_matches_id: true,
      originals_shown: ['business_license'],
      notes: 'ok',
    };
    const early = await call('POST', `/v1/appointments/${booked.id}/outcome`, reviewer, outcome);
    expect(early.json().code).toBe('APPOINTMENT_NOT_CHANGEABLE');
    clock.set(slot.starts_at);
    expect(
      (await call('POST', `/v1/appointments/${booked.id}/outcome`, await renewed(other), outcome)).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/v1/appointments/${booked.id}/outcome`, await renewed(sellerA), outcome))
        .statusCode,
    ).toBe(403);
    const done = await call(
      'POST',
      `/v1/appointments/${booked.id}/outcome`,
      await renewed(reviewer),
      outcome,
    );
    expect(done.json()).toMatchObject({ requirement_status: 'satisfied', errors: [] });
    expect((await liveStatus('VA'))?.status).toBe('satisfied');
    clock.set('2026-12-07T00:00:00Z');
  });

  it('after a missed call lets the seller book once more, after a second the requirement is past due', async () => {
    await call('POST', '/v1/appointments/availability', await renewed(reviewer), {
      date: '2026-12-10',
      from: '09:00',
      to: '10:00',
      time_zone: 'Europe/Berlin',
      languages: ['zh'],
    });
    for (const expected of ['currently_due', 'past_due']) {
      clock.set('2026-12-07T00:00:00Z');
      const slot = (await slots('VB', await renewed(sellerB), '?language=zh')).data[0];
      const booked = await book('VB', sellerB, slot.id);
      expect(booked.statusCode).toBe(201);
      clock.set(slot.ends_at);
      const missed = await call(
        'POST',
        `/v1/appointments/${booked.json().id}/outcome`,
        await renewed(reviewer),
        {
          attended: false,
        },
      );
      expect(missed.json()).toMatchObject({ requirement_status: expected, errors: ['LIVE_NO_SHOW'] });
    }
    clock.set('2026-12-07T00:00:00Z');
    const refused = await book('VB', await renewed(sellerB), (await slots('VB', sellerB)).data[0].id);
    expect(refused.json().code).toBe('APPOINTMENT_LIMIT_REACHED');
  });

  it('refuses a window that ends before it starts, saying where', async () => {
    expect(
      (
        await call('POST', '/v1/appointments/availability', await renewed(reviewer), {
          date: '2026-12-09',
          from: '08:00',
          to: '07:00',
          time_zone: 'Europe/Berlin',
          languages: ['en'],
        })
      ).json(),
    ).toMatchObject({ code: 'VALIDATION_FAILED', error: { details: { where: 'body.to' } } });
  });
});

async function renewed(person: Person): Promise<Person> {
  await person.renew();
  return person;
}
