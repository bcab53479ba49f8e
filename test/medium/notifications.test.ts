import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { type ActorKind, applyCaseAction, type CaseAction, findCase } from '../../src/modules/cases/index.js';
import {
  findNotificationEventsFor,
  type NotificationEnvelope,
} from '../../src/modules/notifications/index.js';
import type { Clock } from '../../src/platform/clock.js';
import { recordReminderDue } from '../../src/workflows/case-actions.workflow.js';
import { dispatchNotifications } from '../../src/workflows/dispatch-notifications.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import {
  closedPortUrl,
  type ReceivedRequest,
  startSmtpServer,
  startWebhookReceiver,
} from '../support/receivers.js';
import { waitFor } from '../support/wait.js';

/** Real time, plus whatever the test skips ahead: retries come due without waiting for them. */
function skippingClock(): Clock & { skip(ms: number): void } {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), skip: (ms) => (offset += ms) };
}

/**
 * What a customer's receiver does with a delivery (docs/notifications.md): the Standard Webhooks
 * signature, as the `standardwebhooks` library computes it for the delivery's id and timestamp (its
 * `verify` would also refuse the test's skipped-ahead clock), and the older HMAC over "<t>.<raw body>".
 */
function isSignedBy(secret: string, request: ReceivedRequest): boolean {
  const id = String(request.headers['webhook-id']);
  const at = new Date(Number(request.headers['webhook-timestamp']) * 1000);
  if (new Webhook(secret).sign(id, at, request.body) !== request.headers['webhook-signature']) return false;
  const header = String(request.headers['second-look-signature']);
  const fields = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${fields.t}.${request.body}`).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const envelopes = (requests: ReceivedRequest[]) =>
  requests.map((r) => JSON.parse(r.body) as NotificationEnvelope);

describe('notifications: outbox, webhooks and email with a real receiver and a real SMTP server', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let integration: string;
  let reviewer: string;
  const clock = skippingClock();

  beforeAll(async () => {
    smtp = await startSmtpServer();
    receiver = await startWebhookReceiver();
    t = await startTestApp({
      clock,
      workers: true,
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Second Look <review@secondlook.test>',
        SECONDLOOK_WEBHOOK_ALLOW_PRIVATE: 'true',
        SECONDLOOK_WEBHOOK_TIMEOUT_MS: '3000',
        SECONDLOOK_NOTIFY_POLL_MS: '100',
      },
    });
    await loadSellers(t.context, [
      businessSeller('S1', {
        contact: { email: 's1@seller.test' },
        store: { name: 'Bright <b>Star</b>', marketplace: 'US' },
      }),
      businessSeller('S2', {
        contact: { email: 's2@seller.test' },
        business: {
          legal_name: 'S2 GmbH',
          registration_number: 'HRB 1',
          country: 'DE',
          address: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' },
        },
      }),
      businessSeller('S3'),
      businessSeller('S4', { contact: { email: 's4@seller.test' } }),
      businessSeller('S5', { contact: { email: 's5@seller.test' } }),
      businessSeller('S6'),
    ]);
    integration = await t.tokenFor('integration');
    reviewer = await t.tokenFor('reviewer');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    await smtp.close();
  });

  const api = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string, payload?: object) =>
    t.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  const subscribe = async (url: string, eventTypes: string[]) => {
    const res = await api('POST', '/v1/webhooks/subscriptions', integration, {
      url,
      event_types: eventTypes,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; secret: string };
  };

  const openCase = async (sellerId: string, trigger: 'identity_verification' | 'sales_anomaly') => {
    const outcome = await openOrUpdateCase(t.context, {
      sellerId,
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [{ trigger, score: 1, summary: `${sellerId}: the ${trigger} finding.`, evidence: {} }],
    });
    return (outcome as { caseId: string }).caseId;
  };

  /** What the review workflows do, straight through the one transition function. */
  const move = (caseId: string, action: CaseAction, kind: ActorKind, detail: Record<string, unknown> = {}) =>
    t.context.db.transaction(async (tx) => {
      const current = await findCase(tx, caseId, { forUpdate: true });
      await applyCaseAction(
        tx,
        t.context.auditKey,
        clock.now(),
        current!,
        action,
        { name: `test:${kind}`, kind },
        detail,
        // A case entering the review queue carries its SLA, as the review workflows set it.
        action === 'submit' || action === 'appeal'
          ? { reviewDueAt: new Date(clock.now().getTime() + 48 * 3_600_000) }
          : {},
      );
    });

  const deliveriesOf = async (subscriptionId: string, status?: string) =>
    (
      await api(
        'GET',
        `/v1/webhooks/deliveries?subscription=${subscriptionId}${status ? `&status=${status}` : ''}&limit=100`,
        integration,
      )
    ).json().data as {
      id: string;
      event_type: string;
      event_id: string;
      status: string;
      attempt_count: number;
      next_attempt_at: string | null;
      last_error: string | null;
      attempts: { number: number; status_code: number | null; error: string | null; duration_ms: number }[];
    }[];

  it('creates subscriptions with a secret shown once, and refuses URLs and event types it cannot serve', async () => {
    const created = await subscribe(receiver.url('/first'), ['case.opened']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = await api('GET', '/v1/webhooks/subscriptions', integration);
    const listed = list.json().data.find((s: { id: string }) => s.id === created.id);
    expect(listed).toMatchObject({ url: receiver.url('/first'), event_types: ['case.opened'] });
    expect(list.body).not.toContain(created.secret);
    for (const body of [
      { url: 'ftp://127.0.0.1/x', event_types: ['case.opened'] },
      { url: 'file:///etc/passwd', event_types: ['*'] },
      { url: receiver.url(), event_types: ['case.exploded'] },
    ]) {
      const refused = await api('POST', '/v1/webhooks/subscriptions', integration, body);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await api('DELETE', `/v1/webhooks/subscriptions/${created.id}`, integration)).statusCode).toBe(
      204,
    );
    expect((await api('DELETE', `/v1/webhooks/subscriptions/${created.id}`, integration)).statusCode).toBe(
      404,
    );
    expect(
      (await api('GET', '/v1/webhooks/subscriptions', integration))
        .json()
        .data.map((s: { id: string }) => s.id),
    ).not.toContain(created.id);
  });

  it("announces a case's whole life, signed, and emails the seller in their language", async () => {
    const everything = await subscribe(receiver.url('/all'), ['*']);
    const caseId = await openCase('S1', 'identity_verification');
    await move(caseId, 'submit', 'seller');
    await move(caseId, 'start_review', 'reviewer');
    await move(caseId, 'reject', 'reviewer', { reason_codes: ['DOCUMENT_FORGED'], note: 'internal' });
    await move(caseId, 'appeal', 'seller');
    await move(caseId, 'start_review', 'supervisor');
    await move(caseId, 'reject_final', 'supervisor', { reason_codes: ['APPEAL_NOT_CREDIBLE'] });

    const mine = () => receiver.received.filter((r) => r.path === '/all');
    await waitFor(async () => (mine().length >= 9 ? true : undefined));
    for (const request of mine()) {
      expect(isSignedBy(everything.secret, request)).toBe(true);
      expect(
        Math.abs(
          Date.now() / 1000 - Number(/t=(\d+)/.exec(String(request.headers['second-look-signature']))![1]),
        ),
      ).toBeLessThan(300);
    }
    const events = envelopes(mine()).sort((a, b) => a.sequence - b.sequence);
    expect(events.map((e) => e.type)).toEqual([
      'case.opened',
      'seller.restrictions_changed',
      ...Array(6).fill('case.transitioned'),
      'seller.restrictions_changed',
    ]);
    const [opened, imposed] = events;
    expect(opened!.data).toMatchObject({
      case_id: caseId,
      seller_id: 'S1',
      status: 'awaiting_documents',
      triggers: ['identity_verification'],
      requirements: expect.arrayContaining([
        expect.objectContaining({
          material: 'government_id',
          title: { en: expect.any(String), zh: expect.any(String) },
          status: 'currently_due',
          due_at: expect.any(String),
        }),
      ]),
    });
    expect(new Date(String(opened!.data.deadline_at)).getTime()).toBeGreaterThan(Date.now());
    expect(imposed!.data).toEqual({
      seller_id: 'S1',
      case_id: caseId,
      cause: 'case.opened',
      before: [],
      after: ['listings_paused', 'payouts_held'],
      added: ['listings_paused', 'payouts_held'],
      removed: [],
      can_sell: false,
      can_receive_payouts: false,
    });
    expect(events.slice(2, 8).map((e) => [e.data.from, e.data.to, e.data.action])).toEqual([
      ['awaiting_documents', 'submitted', 'submit'],
      ['submitted', 'in_review', 'start_review'],
      ['in_review', 'rejected', 'reject'],
      ['rejected', 'appealed', 'appeal'],
      ['appealed', 'in_review', 'start_review'],
      ['in_review', 'rejected_final', 'reject_final'],
    ]);
    expect(events[4]!.data).toMatchObject({
      by: 'reviewer',
      reason_codes: ['DOCUMENT_FORGED'],
      appeal_count: 0,
    });
    expect(events[4]!.data).not.toHaveProperty('note');
    expect(events[8]!.data).toMatchObject({
      cause: 'case.transitioned',
      added: ['deactivated'],
      can_sell: false,
    });
    expect(mine()[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      'second-look-event-id': expect.any(String),
      'second-look-delivery-id': expect.any(String),
    });

    // S1 is registered in CN: Simplified Chinese first, then English; HTML escaped; a plain-text part.
    const toS1 = await waitFor(async () => {
      const found = smtp.messages.filter((m) => m.to && JSON.stringify(m.to).includes('s1@seller.test'));
      return found.length >= 3 ? found : undefined;
    });
    const subjects = toS1.map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^您的账户需要二次审核（案件 \w{8}） \/ Your account needs a second review/),
        expect.stringMatching(/^您的二次审核结果.* \/ The outcome of your second review/),
        expect.stringMatching(/^您的申诉结果.* \/ The outcome of your appeal/),
      ]),
    );
    const openedMail = toS1.find((m) => m.subject?.startsWith('您的账户需要二次审核'))!;
    expect(openedMail.from?.text).toContain('review@secondlook.test');
    expect(openedMail.text).toContain('法定代表人的政府签发带照片身份证件');
    expect(openedMail.text).toContain('Government-issued photo ID of the legal representative');
    expect(openedMail.text!.indexOf('法定代表人')).toBeLessThan(
      openedMail.text!.indexOf('Government-issued'),
    );
    expect(openedMail.text).toContain('Bright <b>Star</b>');
    expect(openedMail.html).toContain('Bright &lt;b&gt;Star&lt;/b&gt;');
    expect(openedMail.html).not.toContain('<b>Star</b>');
    const rejectedMail = toS1.find(
      (m) => m.subject?.includes('second review') && m.subject.includes('outcome'),
    )!;
    expect(rejectedMail.text).toContain('DOCUMENT_FORGED');
    expect(rejectedMail.text).toContain('You may appeal until');
    const finalMail = toS1.find((m) => m.subject?.includes('appeal'))!;
    expect(finalMail.text).toContain('This decision is final');
    // Submit, start of review and appeal are the seller's own steps or internal ones: no email for them.
    expect(toS1).toHaveLength(3);
  });

  it('reminds the seller (email and webhook) and says what is still due', async () => {
    const caseId = await openCase('S2', 'sales_anomaly');
    await recordReminderDue(t.context, caseId, 3);
    const reminder = await waitFor(async () =>
      smtp.messages.find(
        (m) => m.subject?.startsWith('Reminder: 3 days left') && JSON.stringify(m.to).includes('s2@'),
      ),
    );
    expect(reminder.text).toContain('Supplier invoices');
    expect(reminder.text).not.toMatch(/[\u4e00-\u9fff]/); // S2 is in DE: English only
    const events = await findNotificationEventsFor(t.context.db, { caseId, type: 'case.reminder_due' });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({
      days_before: 3,
      requirements_due: [expect.objectContaining({ material: 'supplier_invoices' })],
    });
    // The same reminder job again records nothing more.
    await recordReminderDue(t.context, caseId, 3);
    expect(await findNotificationEventsFor(t.context.db, { caseId, type: 'case.reminder_due' })).toHaveLength(
      1,
    );
  });

  it('retries a receiver answering 500 with backoff, logs every attempt, and catches up when it recovers', async () => {
    const flaky = await subscribe(receiver.url('/flaky'), ['case.transitioned']);
    receiver.setMode({ kind: 'status', code: 500 });
    const caseId = await openCase('S4', 'sales_anomaly');
    const withdrawn = await api('POST', `/v1/cases/${caseId}/withdraw`, reviewer, { note: 'false positive' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);

    const first = await waitFor(async () =>
      (await deliveriesOf(flaky.id, 'pending')).find((d) => d.attempt_count === 1),
    );
    expect(first.attempts[0]).toMatchObject({
      number: 1,
      status_code: 500,
      error: 'the receiver answered 500',
    });
    const wait = new Date(first.next_attempt_at!).getTime() - clock.now().getTime();
    expect(wait).toBeGreaterThan(10_000); // 15–30 s after the first failure
    expect(wait).toBeLessThanOrEqual(30_000);

    clock.skip(30_000);
    await waitFor(async () => (await deliveriesOf(flaky.id, 'pending')).find((d) => d.attempt_count === 2));
    receiver.setMode({ kind: 'ok' });
    clock.skip(60_000);
    const done = await waitFor(async () => (await deliveriesOf(flaky.id, 'succeeded'))[0]);
    expect(done.attempts.map((a) => a.status_code)).toEqual([500, 500, 200]);
    expect(done.attempts.every((a) => a.duration_ms >= 0)).toBe(true);
    const requests = receiver.received.filter((r) => r.path === '/flaky');
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1); // the same event, byte for byte, every time
    expect(requests.every((r) => isSignedBy(flaky.secret, r))).toBe(true);
  });

  it('gives up after 24 hours, and a replay delivers it', async () => {
    const broken = await subscribe(receiver.url('/broken'), ['case.opened']);
    receiver.setMode({ kind: 'status', code: 503 });
    await openCase('S5', 'identity_verification');
    await waitFor(async () => (await deliveriesOf(broken.id, 'pending')).find((d) => d.attempt_count === 1));
    clock.skip(25 * 3_600_000);
    const failed = await waitFor(async () => (await deliveriesOf(broken.id, 'failed'))[0]);
    expect(failed.attempts.map((a) => a.status_code)).toEqual([503, 503]);
    expect(failed.next_attempt_at).toBeNull();

    receiver.setMode({ kind: 'ok' });
    const replay = await api('POST', `/v1/webhooks/deliveries/${failed.id}/replay`, integration);
    expect(replay.statusCode, replay.body).toBe(202);
    expect(replay.json()).toMatchObject({ id: failed.id, status: 'pending', replay_count: 1 });
    const delivered = await waitFor(async () => (await deliveriesOf(broken.id, 'succeeded'))[0]);
    expect(delivered.attempts.map((a) => a.status_code)).toEqual([503, 503, 200]);
    // A deleted subscription's deliveries are not sent again.
    const deleted = await api('DELETE', `/v1/webhooks/subscriptions/${broken.id}`, integration);
    expect(deleted.statusCode).toBe(204);
    const refused = await api('POST', `/v1/webhooks/deliveries/${failed.id}/replay`, integration);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CONFLICT');
    const missing = await api(
      'POST',
      '/v1/webhooks/deliveries/00000000-0000-4000-8000-000000000000/replay',
      integration,
    );
    expect(missing.statusCode).toBe(404);
  });

  it('lets neither a hanging nor a dead receiver hold up a transition or another receiver', async () => {
    const hanging = await startWebhookReceiver();
    hanging.setMode({ kind: 'hang' });
    try {
      const slow = await subscribe(hanging.url('/slow'), ['case.transitioned']);
      const dead = await subscribe(await closedPortUrl(), ['case.transitioned']);
      const healthy = await subscribe(receiver.url('/healthy'), ['case.transitioned']);
      const caseId = await openCase('S3', 'sales_anomaly');
      // A day was skipped by the test before: the reviewer's session is over, so log in again.
      const staff = await t.tokenFor('reviewer');
      const started = Date.now();
      const withdrawn = await api('POST', `/v1/cases/${caseId}/withdraw`, staff, { note: 'false positive' });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(Date.now() - started).toBeLessThan(2000);
      expect((await findCase(t.context.db, caseId))?.status).toBe('withdrawn');

      await waitFor(async () =>
        (await deliveriesOf(healthy.id, 'succeeded')).find((d) => d.attempt_count === 1),
      );
      // The healthy receiver was served while the hanging one still held its attempt.
      expect((await deliveriesOf(slow.id))[0]?.attempt_count).toBe(0);
      const refused = await waitFor(async () =>
        (await deliveriesOf(dead.id)).find((d) => d.attempt_count === 1),
      );
      expect(refused.attempts[0]?.error).toMatch(/ECONNREFUSED/);
      const timedOut = await waitFor(async () =>
        (await deliveriesOf(slow.id)).find((d) => d.attempt_count === 1),
      );
      expect(timedOut.attempts[0]).toMatchObject({ status_code: null, error: 'timed out after 3000 ms' });
      expect(timedOut.attempts[0]!.duration_ms).toBeGreaterThanOrEqual(2900);
      expect(timedOut.status).toBe('pending');
    } finally {
      await hanging.close();
    }
  });

  it('fans each event out once, however many dispatchers run at once', async () => {
    const counted = await subscribe(receiver.url('/counted'), ['case.opened']);
    await openCase('S6', 'identity_verification');
    await Promise.all([
      dispatchNotifications(t.context),
      dispatchNotifications(t.context),
      dispatchNotifications(t.context),
    ]);
    const deliveries = await deliveriesOf(counted.id);
    expect(new Set(deliveries.map((d) => d.event_id)).size).toBe(deliveries.length);
    expect(deliveries.length).toBeGreaterThanOrEqual(1);
  });
});

describe('notifications without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ workers: true, env: { SECONDLOOK_NOTIFY_POLL_MS: '100' } });
    await loadSellers(t.context, [businessSeller('S1', { contact: { email: 's1@seller.test' } })]);
  });
  afterAll(() => t.close());

  it('records every email as skipped, with the reason, rather than dropping it', async () => {
    const outcome = await openOrUpdateCase(t.context, {
      sellerId: 'S1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [{ trigger: 'identity_verification', score: 1, summary: 'ID check failed.', evidence: {} }],
    });
    const caseId = (outcome as { caseId: string }).caseId;
    const admin = await t.tokenFor('admin');
    const email = await waitFor(async () => {
      const res = await t.server.inject({
        method: 'GET',
        url: `/v1/notifications/emails?case_id=${caseId}`,
        headers: { authorization: `Bearer ${admin}` },
      });
      return res.json().data[0] as
        | { status: string; last_error: string; subject: string; recipient: string }
        | undefined;
    });
    expect(email).toMatchObject({
      status: 'skipped',
      recipient: 's1@seller.test',
      last_error: expect.stringContaining('SMTP_URL is not set'),
      subject: expect.stringContaining('Your account needs a second review'),
    });
  });
});
