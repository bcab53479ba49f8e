import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { NotificationEnvelope } from '../../src/modules/notifications/index.js';
import type { Clock } from '../../src/platform/clock.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { waitForNotificationsSettled } from '../support/quiet.js';
import { type ReceivedRequest, startSmtpServer, startWebhookReceiver } from '../support/receivers.js';
import { type Call, caller, type Person, personFor } from '../support/review.js';
import { waitFor } from '../support/wait.js';

/**
 * Issue #6, "Done when": one seller's whole second review over HTTP, from the finding to the
 * approved appeal, with the case, the account's restrictions, the webhooks a customer receives
 * (signatures verified) and the emails the seller receives checked at every step.
 */

const clock: Clock = { now: () => new Date() };
const SELLER = 'J1';
const EMAIL = 'j1@seller.test';
const plan = {
  root_cause: 'Our new supplier sent invoices as phone photos that our clerk never checked.',
  what_was_fixed: 'We obtained the original PDF invoices for every order placed in October.',
  how_prevented: 'Finance now refuses any purchase without an original invoice filed the same day.',
};

/** What a customer's receiver does (docs/notifications.md): HMAC-SHA256 over "<t>.<raw body>". */
function isSignedBy(secret: string, request: ReceivedRequest): boolean {
  const header = String(request.headers['second-look-signature']);
  const fields = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${fields.t}.${request.body}`).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return (
    given.length === expected.length &&
    timingSafeEqual(given, expected) &&
    Math.abs(Date.now() / 1000 - Number(fields.t)) < 300
  );
}

/** A one-page supplier invoice with a text layer, as a seller would export it from their books. */
async function invoicePdf(number: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const issued = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  const lines = [
    'INVOICE',
    `Invoice number: ${number}`,
    `Invoice date: ${issued}`,
    'Supplier: Rhein Textil Grosshandel GmbH, Koenigsallee 10, 40212 Duesseldorf',
    'Bill to: J1 Handels GmbH, Hauptstr. 1, 10115 Berlin',
    '500 x cotton T-shirt, white, size M      EUR 2,250.00',
    'Total EUR 2,250.00',
  ];
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 11, font });
  return pdf.save();
}

describe('journey: finding → documents → info request → rejection (four eyes) → appeal → approval', () => {
  let t: TestApp;
  let call: Call;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let secret: string;
  let integration: string;
  let seller: Person;
  let supervisor: Person;
  let ann: Person; // claims, asks for information, proposes the rejection
  let bob: Person; // approves the rejection
  let cat: Person; // reviews the appeal
  let dan: Person; // approves the appeal decision
  let caseId: string;
  /** Event ids already looked at: each step checks only what it brought. */
  const seen = new Set<string>();
  let emailsSeen = 0;

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
    call = caller(t);
    await loadSellers(t.context, [
      businessSeller(SELLER, {
        contact: { email: EMAIL },
        store: { name: 'J1 Shirts', marketplace: 'DE' },
        business: {
          legal_name: 'J1 Handels GmbH',
          registration_number: 'HRB 12345',
          country: 'DE',
          address: { line1: 'Hauptstr. 1', city: 'Berlin', postal_code: '10115', country: 'DE' },
        },
      }),
    ]);
    integration = await t.tokenFor('integration');
    const subscribed = await t.server.inject({
      method: 'POST',
      url: '/v1/webhooks/subscriptions',
      headers: { authorization: `Bearer ${integration}` },
      payload: { url: receiver.url('/marketplace'), event_types: ['*'] },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    secret = subscribed.json().secret;
    seller = await personFor(t, 'seller', SELLER);
    supervisor = await personFor(t, 'supervisor');
    [ann, bob, cat, dan] = [
      await personFor(t, 'reviewer'),
      await personFor(t, 'reviewer'),
      await personFor(t, 'reviewer'),
      await personFor(t, 'reviewer'),
    ];
  });
  // One journey: a step that fails leaves the next ones nothing to stand on.
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip();
    onTestFailed(() => {
      failed = true;
    });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    await smtp?.close();
  });

  const ok = async (res: Promise<Awaited<ReturnType<Call>>>, status = 200) => {
    const awaited = await res;
    expect(awaited.statusCode, awaited.body).toBe(status);
    return awaited.json();
  };
  const revision = async () => (await ok(call('GET', `/v1/cases/${caseId}`, supervisor))).revision as number;
  const post = (path: string, who: Person, body: Record<string, unknown> = {}) =>
    call('POST', `/v1/cases/${caseId}${path}`, who, body);

  const upload = async (number: string) => {
    const form = new FormData();
    form.append('type', 'supplier_invoice');
    form.append('file', new Blob([await invoicePdf(number)]), `invoice-${number}.pdf`);
    const body = new Response(form);
    const res = await t.server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/supplier_invoices/documents`,
      payload: Buffer.from(await body.arrayBuffer()),
      headers: {
        authorization: `Bearer ${seller.token}`,
        'content-type': body.headers.get('content-type')!,
      },
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json() as { id: string };
  };

  /** The events this step brought, once each (delivery is at least once), in sequence order. */
  const webhooksOfStep = async (expected: number): Promise<NotificationEnvelope[]> => {
    const fresh = await waitFor(async () => {
      const mine = receiver.received.filter((r) => r.path === '/marketplace');
      const events = new Map<string, NotificationEnvelope>();
      for (const request of mine) {
        const envelope = JSON.parse(request.body) as NotificationEnvelope;
        if (!seen.has(envelope.id)) events.set(envelope.id, envelope);
      }
      return events.size >= expected ? [...events.values()] : undefined;
    });
    for (const request of receiver.received) {
      expect(isSignedBy(secret, request), request.body).toBe(true);
      expect(request.headers['second-look-event-type']).toBe(JSON.parse(request.body).type);
    }
    for (const event of fresh) seen.add(event.id);
    expect(fresh.every((e) => e.data.seller_id === SELLER)).toBe(true);
    return fresh.sort((a, b) => a.sequence - b.sequence);
  };
  const transitions = (events: NotificationEnvelope[]) =>
    events.filter((e) => e.type === 'case.transitioned').map((e) => [e.data.action, e.data.from, e.data.to]);

  /** The emails this step brought (to the seller: nobody else has an address here). */
  const emailsOfStep = async (expected: number): Promise<ParsedMail[]> => {
    const fresh =
      expected === 0
        ? []
        : await waitFor(async () =>
            smtp.messages.length - emailsSeen >= expected ? smtp.messages.slice(emailsSeen) : undefined,
          );
    emailsSeen += fresh.length;
    for (const mail of fresh) {
      expect(mail.to && JSON.stringify(mail.to)).toContain(EMAIL);
      expect(mail.from?.text).toContain('review@secondlook.test');
      expect(mail.text).not.toMatch(/[\u4e00-\u9fff]/); // registered in DE: English only
      expect(mail.text).not.toContain('internal:'); // staff notes never reach the seller
    }
    return fresh;
  };

  /** The case as the seller sees it and the account as the marketplace sees it. */
  const expectState = async (status: string, restrictions: string[]) => {
    const seen = await ok(call('GET', `/v1/cases/${caseId}`, seller));
    expect(seen).toMatchObject({ status, restrictions });
    const account = await ok(call('GET', `/v1/sellers/${SELLER}/status`, integration));
    expect(account).toMatchObject({
      seller_id: SELLER,
      restrictions,
      can_sell: !restrictions.some((r) => r === 'listings_paused' || r === 'deactivated'),
      can_receive_payouts: !restrictions.includes('payouts_held'),
    });
    expect(await ok(call('GET', `/v1/sellers/${SELLER}/status`, seller))).toEqual(account);
    return seen;
  };

  /** Nothing more arrived than the step's own, once every notification on its way has been sent. */
  const expectQuiet = async () => {
    await waitForNotificationsSettled(t.context.db);
    const extra = receiver.received
      .map((r) => JSON.parse(r.body) as NotificationEnvelope)
      .filter((e) => !seen.has(e.id));
    expect(extra.map((e) => e.type)).toEqual([]);
    expect(smtp.messages.slice(emailsSeen).map((m) => m.subject)).toEqual([]);
  };

  /** Waits for the document's checks (a worker job) and its `document.checked` webhook. */
  const checked = async (documentId: string) => {
    const events = await webhooksOfStep(1);
    expect(events.map((e) => [e.type, e.data.document_id, e.data.material])).toEqual([
      ['document.checked', documentId, 'supplier_invoices'],
    ]);
    expect(['checked', 'check_failed']).toContain(events[0]!.data.status);
  };

  it('1. a finding opens a case: payouts held, announced, and the seller is told what to provide', async () => {
    const opened = await ok(
      call('POST', '/v1/cases', supervisor, {
        seller_id: SELLER,
        reasons: [
          { trigger: 'sales_anomaly', summary: 'Sales jumped tenfold in the first week of October.' },
        ],
      }),
      201,
    );
    caseId = opened.id;
    expect(opened).toMatchObject({
      status: 'awaiting_documents',
      severity: 'high',
      reasons: [expect.objectContaining({ trigger: 'sales_anomaly' })],
    });
    await expectState('awaiting_documents', ['payouts_held']);

    const events = await webhooksOfStep(2);
    expect(events.map((e) => e.type)).toEqual(['case.opened', 'seller.restrictions_changed']);
    expect(events[0]!.data).toMatchObject({
      case_id: caseId,
      status: 'awaiting_documents',
      triggers: ['sales_anomaly'],
      source: 'manual',
      requirements: [expect.objectContaining({ material: 'supplier_invoices', status: 'currently_due' })],
    });
    expect(events[1]!.data).toMatchObject({
      case_id: caseId,
      cause: 'case.opened',
      before: [],
      after: ['payouts_held'],
      added: ['payouts_held'],
      can_sell: true,
      can_receive_payouts: false,
    });

    const [mail] = await emailsOfStep(1);
    expect(mail!.subject).toBe(`Your account needs a second review (case ${caseId.slice(0, 8)})`);
    expect(mail!.text).toContain('Supplier invoices');
    expect(mail!.text).toContain('Sales jumped tenfold');
    expect(mail!.text).toContain(caseId);
  });

  it('2. the seller uploads an invoice and submits: the case waits for review, nobody is emailed', async () => {
    const early = await post('/submit', seller);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'REQUIREMENTS_INCOMPLETE' });

    const document = await upload('INV-2026-1001');
    await checked(document.id);
    const submitted = await ok(post('/submit', seller));
    expect(submitted.status).toBe('submitted');
    await expectState('submitted', ['payouts_held']);
    expect(transitions(await webhooksOfStep(1))).toEqual([['submit', 'awaiting_documents', 'submitted']]);
    await emailsOfStep(0);

    const queue = await ok(call('GET', '/v1/review/queue', ann));
    expect(queue.data.find((r: { case_id: string }) => r.case_id === caseId)).toMatchObject({
      status: 'submitted',
      severity: 'high',
      is_appeal: false,
    });
  });

  it('3. a reviewer claims it and asks for more: back to the seller, who is emailed what is due', async () => {
    await ok(post('/claim', ann));
    await expectState('in_review', ['payouts_held']);
    expect(transitions(await webhooksOfStep(1))).toEqual([['start_review', 'submitted', 'in_review']]);
    expect((await post('/claim', bob)).json()).toMatchObject({
      code: 'CONFLICT',
      error: { details: { where: 'assignee' } },
    });

    const asked = await ok(
      post('/decisions', ann, {
        decision: 'info_requested',
        reason_codes: ['document_incomplete'],
        note: 'internal: only one invoice, the finding covers a week of orders',
        requirements: [{ material: 'supplier_invoices', reason_codes: ['document_incomplete'] }],
        revision: await revision(),
      }),
      201,
    );
    expect(asked.decision).toMatchObject({ decision: 'info_requested', status: 'decided' });
    await expectState('awaiting_documents', ['payouts_held']);
    const events = await webhooksOfStep(2);
    expect(transitions(events)).toEqual([
      ['request_info', 'in_review', 'info_requested'],
      ['return_to_seller', 'info_requested', 'awaiting_documents'],
    ]);
    expect(events[0]!.data).toMatchObject({ by: 'reviewer', reason_codes: ['document_incomplete'] });
    expect(JSON.stringify(events)).not.toContain('internal:');

    const [mail] = await emailsOfStep(1);
    expect(mail!.subject).toBe(`Your reviewer needs more information (case ${caseId.slice(0, 8)})`);
    expect(mail!.text).toContain('Supplier invoices');
    // The reason in the seller's words (the catalogue's seller text), its code beside it.
    expect(mail!.text).toContain('A document is missing pages or sides.');
    expect(mail!.text).toContain('Reason code: document_incomplete');
    await expectQuiet();
  });

  it('4. the seller uploads again and resubmits: the same reviewer picks it up again', async () => {
    // The earlier invoice does not answer the new request.
    expect((await post('/submit', seller)).json()).toMatchObject({ code: 'REQUIREMENTS_INCOMPLETE' });
    const document = await upload('INV-2026-1002');
    await checked(document.id);
    await ok(post('/submit', seller));
    await expectState('submitted', ['payouts_held']);
    expect(transitions(await webhooksOfStep(1))).toEqual([['submit', 'awaiting_documents', 'submitted']]);
    await emailsOfStep(0);

    await ok(post('/claim', ann));
    await expectState('in_review', ['payouts_held']);
    expect(transitions(await webhooksOfStep(1))).toEqual([['start_review', 'submitted', 'in_review']]);
  });

  it('5. a rejection takes effect only when a second reviewer approves it', async () => {
    const proposed = await ok(
      post('/decisions', ann, {
        decision: 'rejected',
        reason_codes: ['sales_not_explained'],
        note: 'internal: invoices do not match the volume sold',
        revision: await revision(),
      }),
      201,
    );
    expect(proposed.decision).toMatchObject({ decision: 'rejected', status: 'proposed' });
    // Proposed: the seller and the marketplace see nothing yet.
    await expectState('in_review', ['payouts_held']);
    expect(
      (await ok(call('GET', `/v1/cases/${caseId}/decisions`, seller))).data.map(
        (d: { decision: string }) => d.decision,
      ),
    ).toEqual(['info_requested']);
    const byProposer = await post(`/decisions/${proposed.decision.id}/approve`, ann, {
      revision: await revision(),
    });
    expect(byProposer.statusCode).toBe(403);
    expect(byProposer.json()).toMatchObject({
      code: 'REVIEWER_EXCLUDED',
      error: { details: { reason: 'proposer' } },
    });
    await expectQuiet();

    const approved = await ok(
      post(`/decisions/${proposed.decision.id}/approve`, bob, { revision: await revision() }),
    );
    expect(approved.decision).toMatchObject({ status: 'decided', reviewed_by: { id: bob.id } });
    const rejected = await expectState('rejected', ['listings_paused', 'payouts_held']);
    expect(rejected).toMatchObject({ appeals_left: 2, appeal_window_ends_at: expect.any(String) });

    const events = await webhooksOfStep(2);
    expect(transitions(events)).toEqual([['reject', 'in_review', 'rejected']]);
    expect(events.find((e) => e.type === 'case.transitioned')!.data).toMatchObject({
      reason_codes: ['sales_not_explained'],
      appeal_count: 0,
    });
    expect(events.find((e) => e.type === 'seller.restrictions_changed')!.data).toMatchObject({
      case_id: caseId,
      cause: 'case.transitioned',
      before: ['payouts_held'],
      after: ['listings_paused', 'payouts_held'],
      added: ['listings_paused'],
      removed: [],
      can_sell: false,
      can_receive_payouts: false,
    });

    const [mail] = await emailsOfStep(1);
    expect(mail!.subject).toBe(`The outcome of your second review (case ${caseId.slice(0, 8)})`);
    expect(mail!.text).toContain('The documents provided do not explain the change in your sales.');
    expect(mail!.text).toContain('Reason code: sales_not_explained');
    expect(mail!.text).toContain('For now, listings are paused and payouts are held.');
    expect(mail!.text).toContain('You may appeal until');
    await expectQuiet();
  });

  it('6. the seller adds a document and appeals with a plan of action: the rejection stays in force', async () => {
    const document = await upload('INV-2026-1003');
    await checked(document.id);
    const appealed = await ok(post('/appeal', seller, plan), 201);
    expect(appealed.appeal).toMatchObject({ number: 1, ...plan });
    expect(appealed.case).toMatchObject({ status: 'appealed', appeal_count: 1, appeals_left: 1 });
    await expectState('appealed', ['listings_paused', 'payouts_held']);
    const events = await webhooksOfStep(1);
    expect(transitions(events)).toEqual([['appeal', 'rejected', 'appealed']]);
    expect(events[0]!.data).toMatchObject({ by: 'seller', appeal_count: 1 });
    // No email to the seller; the reviewer who proposed the rejection is told of the appeal (a staff notice).
    const notice = await waitFor(async () =>
      smtp.messages.length > emailsSeen ? smtp.messages.slice(emailsSeen) : undefined,
    );
    expect(notice.map((m) => m.subject)).toEqual(['An appeal was filed']);
    expect(JSON.stringify(notice[0]!.to)).not.toContain(EMAIL);
    emailsSeen += notice.length;

    const queue = await ok(call('GET', '/v1/review/queue', cat));
    expect(queue.data.find((r: { case_id: string }) => r.case_id === caseId)).toMatchObject({
      status: 'appealed',
      is_appeal: true,
    });
  });

  it('7. a reviewer who took no part in the rejection reviews the appeal; a second one approves it', async () => {
    for (const decider of [ann, bob])
      expect((await post('/claim', decider)).json()).toMatchObject({
        code: 'REVIEWER_EXCLUDED',
        error: { details: { reason: 'decided_rejection' } },
      });
    await ok(post('/claim', cat));
    await expectState('in_review', ['listings_paused', 'payouts_held']);
    expect(transitions(await webhooksOfStep(1))).toEqual([['start_review', 'appealed', 'in_review']]);

    const proposed = await ok(
      post('/decisions', cat, {
        decision: 'approved',
        reason_codes: ['appeal_accepted'],
        note: 'internal: original invoices cover the whole week',
        revision: await revision(),
      }),
      201,
    );
    expect(proposed.decision).toMatchObject({ status: 'proposed', appeal_round: 1 });
    await expectState('in_review', ['listings_paused', 'payouts_held']);
    for (const decider of [ann, bob])
      expect(
        (
          await post(`/decisions/${proposed.decision.id}/approve`, decider, { revision: await revision() })
        ).json(),
      ).toMatchObject({ code: 'REVIEWER_EXCLUDED', error: { details: { reason: 'decided_rejection' } } });
    await expectQuiet();

    const approved = await ok(
      post(`/decisions/${proposed.decision.id}/approve`, dan, { revision: await revision() }),
    );
    expect(approved.decision).toMatchObject({ status: 'decided', reviewed_by: { id: dan.id } });
    await expectState('approved', []);
    expect(await ok(call('GET', `/v1/sellers/${SELLER}/status`, integration))).toMatchObject({
      can_sell: true,
      can_receive_payouts: true,
      open_case_id: null,
    });

    const events = await webhooksOfStep(2);
    expect(transitions(events)).toEqual([['approve', 'in_review', 'approved']]);
    expect(events.find((e) => e.type === 'case.transitioned')!.data).toMatchObject({
      reason_codes: ['appeal_accepted'],
      appeal_count: 1,
    });
    expect(events.find((e) => e.type === 'seller.restrictions_changed')!.data).toMatchObject({
      before: ['listings_paused', 'payouts_held'],
      after: [],
      removed: ['listings_paused', 'payouts_held'],
      can_sell: true,
      can_receive_payouts: true,
    });

    const [mail] = await emailsOfStep(1);
    expect(mail!.subject).toBe(`Your appeal is approved (case ${caseId.slice(0, 8)})`);
    expect(mail!.text).toContain('restrictions this case placed on the account are lifted');
    expect(mail!.text).toContain('Your appeal shows that the cause was fixed');
    await expectQuiet();
    // What the seller can read afterwards: the decisions that took effect, no notes, no names.
    const decisions = await ok(call('GET', `/v1/cases/${caseId}/decisions`, seller));
    expect(decisions.data.map((d: { decision: string }) => d.decision)).toEqual([
      'info_requested',
      'rejected',
      'approved',
    ]);
    expect(JSON.stringify(decisions)).not.toContain('internal:');
    const steps = (await ok(call('GET', `/v1/cases/${caseId}/timeline`, seller))).steps as {
      to?: string;
    }[];
    expect(steps.filter((s) => s.to).map((s) => s.to)).toEqual([
      'awaiting_documents',
      'submitted',
      'in_review',
      'info_requested',
      'awaiting_documents',
      'submitted',
      'in_review',
      'rejected',
      'appealed',
      'in_review',
      'approved',
    ]);
  });
});
