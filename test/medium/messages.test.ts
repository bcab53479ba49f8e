import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { activePolicy, applyCaseAction, findCase, findRequirements } from '../../src/modules/cases/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { submitCase } from '../../src/workflows/case-actions.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { uploadDocument } from '../../src/workflows/upload-document.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

const HOUR = 3_600_000;

describe('messages, contact throttling and the estimated decision date', () => {
  const clock = fixedClock('2026-11-30T10:00:00Z');
  let t: TestApp;
  let seller: string;
  let reviewer: string;
  let caseId: string;

  const open = async (sellerId: string, severityScore = 1) => {
    const outcome = await openOrUpdateCase(t.context, {
      sellerId,
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        {
          trigger: 'registration_mismatch',
          score: severityScore,
          summary: 'Logins from abroad.',
          evidence: {},
        },
      ],
    });
    return (outcome as { caseId: string }).caseId;
  };
  /** Uploads a small PDF for each document requirement and submits, as the seller would. */
  const submit = async (id: string, sellerId: string) => {
    const principal = {
      kind: 'user' as const,
      id: sellerId,
      actor: `user:${sellerId}`,
      role: 'seller' as const,
      sellerId,
    };
    const policy = await activePolicy(t.context.db);
    for (const requirement of await findRequirements(t.context.db, id)) {
      if (policy.materials[requirement.material]?.kind !== 'document') continue;
      const pdf = await PDFDocument.create();
      pdf.addPage([200, 200]).drawText(`${id} ${requirement.material}`, { x: 10, y: 100, size: 6 });
      await uploadDocument(t.context, principal, {
        caseId: id,
        material: requirement.material,
        kind: (requirement.acceptedVariants as string[])[0]!,
        files: [{ name: 'doc.pdf', bytes: await pdf.save() }],
      });
    }
    await submitCase(t.context, principal, id);
  };
  /** Moves a case through review to a decision at the clock's time, as a reviewer would. */
  const decide = async (id: string) => {
    for (const action of ['start_review', 'approve'] as const) {
      const current = await findCase(t.context.db, id);
      await t.context.db.transaction((tx) =>
        applyCaseAction(tx, t.context.auditKey, clock.now(), current!, action, {
          name: 'user:r',
          kind: 'reviewer',
        }),
      );
    }
  };
  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    t.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });
  const post = (body: string, token = seller, extra: object = {}) =>
    call('POST', `/v1/cases/${caseId}/messages`, token, { body, ...extra });

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await loadSellers(t.context, [
      businessSeller('M1'),
      ...Array.from({ length: 8 }, (_, i) => businessSeller(`Q${i}`)),
    ]);
    caseId = await open('M1');
    seller = await t.tokenFor('seller', 'M1');
    reviewer = await t.tokenFor('reviewer');
  });
  afterAll(() => t.close());

  it('lets the seller write freely while the case waits on them, and keeps internal notes from them', async () => {
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      expect((await post(`question ${i}`)).statusCode).toBe(201);
    }
    const note = await post('seller seems genuine; check the bill', reviewer, { internal: true });
    expect(note.json()).toMatchObject({ side: 'support', visibility: 'internal' });
    expect((await post('sneaky', seller, { internal: true })).json()).toMatchObject({ code: 'FORBIDDEN' });

    const forSeller = (await call('GET', `/v1/cases/${caseId}/messages`, seller)).json();
    expect(forSeller.data).toHaveLength(5);
    expect(forSeller.data[0]).toMatchObject({ side: 'seller', author: 'you', body: 'question 0' });
    const forStaff = (await call('GET', `/v1/cases/${caseId}/messages`, reviewer)).json();
    expect(forStaff.data.map((m: { visibility: string }) => m.visibility)).toContain('internal');

    const timeline = (await call('GET', `/v1/cases/${caseId}/timeline`, seller)).json();
    expect(timeline.steps.map((s: { event: string }) => s.event)).not.toContain('case.note_added');
    expect(timeline).toMatchObject({ waiting_on: 'seller', estimated_decision: null });
    const staffTimeline = (await call('GET', `/v1/cases/${caseId}/timeline`, reviewer)).json();
    expect(staffTimeline.steps.map((s: { event: string }) => s.event)).toContain('case.note_added');
  });

  it('refuses a message beyond the daily limit while the case waits on support, saying when to write again', async () => {
    await submit(caseId, 'M1');
    const policy = await activePolicy(t.context.db);
    const perDay = policy.messages.per_day_while_waiting;
    for (let i = 0; i < perDay; i++) {
      clock.advance(HOUR);
      expect((await post(`waiting ${i}`)).statusCode).toBe(201);
    }
    const firstCounted = clock.now().getTime() - (perDay - 1) * HOUR;
    clock.advance(HOUR);
    const refused = await post('any news?');
    expect(refused.statusCode).toBe(429);
    const expectedRetry = (firstCounted + 24 * HOUR - clock.now().getTime()) / 1000;
    expect(refused.json()).toMatchObject({
      code: 'RATE_LIMITED',
      error: {
        details: {
          where: 'body',
          retry_after: expectedRetry,
          retry_at: new Date(firstCounted + 24 * HOUR).toISOString(),
          estimated_answer_at: expect.any(String),
          per_day: perDay,
        },
      },
    });
    expect(refused.headers['retry-after']).toBe(String(expectedRetry));
    const stored = (await call('GET', `/v1/cases/${caseId}/messages`, seller)).json();
    expect(stored.data.map((m: { body: string }) => m.body)).not.toContain('any news?');

    // An answer from support does not start the count again: the limit is per day.
    expect((await post('We are looking at it.', reviewer)).statusCode).toBe(201);
    expect((await post('thank you')).statusCode).toBe(429);
    // A day after the oldest counted message, a place is free again.
    clock.advance(24 * HOUR);
    seller = await t.tokenFor('seller', 'M1');
    expect((await post('one more thing')).statusCode).toBe(201);
  });

  it('estimates the decision from the SLA without history, and from the queue once it has one', async () => {
    const policy = await activePolicy(t.context.db);
    const submitted = (await findCase(t.context.db, caseId))!.submittedAt!;
    const early = (await call('GET', `/v1/cases/${caseId}/timeline`, seller)).json();
    expect(early).toMatchObject({
      waiting_on: 'support',
      estimated_decision: {
        basis: 'sla',
        at: new Date(submitted.getTime() + policy.review.sla_hours * HOUR).toISOString(),
        cases_ahead: 0,
      },
    });

    // A week of history: eight cases decided an hour apart, a week before tomorrow morning.
    const weekStart = clock.now().getTime();
    const others: string[] = [];
    for (let i = 0; i < 8; i++) others.push(await open(`Q${i}`));
    for (const [i, id] of others.entries()) {
      clock.set(new Date(weekStart + i * HOUR));
      await submit(id, `Q${i}`);
      if (i < 6) await decide(id);
    }
    // Two of them still wait, submitted before M1's case? No: after it, so they queue behind it.
    clock.set(new Date(weekStart + 7 * 24 * HOUR - 30 * 60_000));
    seller = await t.tokenFor('seller', 'M1');
    reviewer = await t.tokenFor('reviewer');
    const later = (await call('GET', `/v1/cases/${caseId}/timeline`, seller)).json();
    expect(later.estimated_decision).toMatchObject({ basis: 'queue', cases_ahead: 0 });
    // Last week at this hour the queue decided one case within the next hour: so will it now.
    const at = new Date(later.estimated_decision.at).getTime();
    expect(at).toBeGreaterThan(clock.now().getTime());
    expect(at).toBeLessThanOrEqual(clock.now().getTime() + 1.5 * HOUR);
    const behind = (await call('GET', `/v1/cases/${others[7]}/timeline`, reviewer)).json();
    expect(behind.estimated_decision.cases_ahead).toBe(2);
  });

  it('closes the thread with the case, but keeps notes possible for staff', async () => {
    const current = await findCase(t.context.db, caseId);
    await t.context.db.transaction((tx) =>
      applyCaseAction(tx, t.context.auditKey, clock.now(), current!, 'withdraw', {
        name: 'user:r',
        kind: 'reviewer',
      }),
    );
    expect((await post('hello?')).json()).toMatchObject({ code: 'CASE_CLOSED' });
    expect((await post('closed as a false positive', reviewer, { internal: true })).statusCode).toBe(201);
  });
});
