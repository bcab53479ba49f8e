import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { appointments } from '../../src/modules/appointments/appointments.schema.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

/** Fifty sellers race for ten slots at once: the database lets exactly ten bookings through. */
describe('no double booking', () => {
  const sellers = Array.from({ length: 50 }, (_, i) => `RACE${String(i).padStart(2, '0')}`);
  let t: TestApp;
  const caseOf = new Map<string, string>();
  const tokenOf = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp({ clock: fixedClock('2026-12-07T00:00:00Z') });
    await loadSellers(
      t.context,
      sellers.map((id) => businessSeller(id)),
    );
    for (const sellerId of sellers) {
      const opened = await openOrUpdateCase(t.context, {
        sellerId,
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [
          { trigger: 'registration_mismatch', score: 0.9, summary: 'Operated from abroad.', evidence: {} },
        ],
      });
      caseOf.set(sellerId, (opened as { caseId: string }).caseId);
      tokenOf.set(sellerId, await t.tokenFor('seller', sellerId));
    }
  }, 600_000);
  afterAll(() => t.close());

  it('gives each of 10 slots to exactly one of 50 sellers; the others get 409 SLOT_TAKEN', async () => {
    const reviewer = await t.tokenFor('reviewer');
    const published = await t.server.inject({
      method: 'POST',
      url: '/v1/appointments/availability',
      headers: { authorization: `Bearer ${reviewer}` },
      payload: {
        date: '2026-12-09',
        from: '09:00',
        to: '14:00',
        time_zone: 'Asia/Shanghai',
        languages: ['zh'],
      },
    });
    expect(published.json().slots).toBe(10);
    const first = sellers[0]!;
    const free = (
      await t.server.inject({
        method: 'GET',
        url: `/v1/cases/${caseOf.get(first)}/requirements/live_verification/slots`,
        headers: { authorization: `Bearer ${tokenOf.get(first)}` },
      })
    ).json().data as { id: string }[];
    expect(free).toHaveLength(10);
    const answers = await Promise.all(
      sellers.map((sellerId, i) =>
        t.server.inject({
          method: 'POST',
          url: `/v1/cases/${caseOf.get(sellerId)}/requirements/live_verification/appointment`,
          headers: { authorization: `Bearer ${tokenOf.get(sellerId)}` },
          payload: { slot_id: free[i % 10]!.id },
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    expect(new Set(answers.filter((a) => a.statusCode === 409).map((a) => a.json().code))).toEqual(
      new Set(['SLOT_TAKEN']),
    );
    const booked = await t.context.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.status, 'booked')));
    expect(new Set(booked.map((b) => b.slotId)).size).toBe(10);
    expect(booked).toHaveLength(10);
  });
});
