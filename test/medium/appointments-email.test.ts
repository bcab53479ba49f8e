import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { listEmails } from '../../src/modules/notifications/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { dispatchNotifications } from '../../src/workflows/dispatch-notifications.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { sendEmail } from '../../src/workflows/send-email.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { startSmtpServer } from '../support/receivers.js';
import { caller, personFor } from '../support/review.js';

/** The booking confirmation reaches the real SMTP server in the seller's languages, with its .ics invite. */
describe('appointment emails', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      clock: fixedClock('2026-12-07T00:00:00Z'),
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Second Look <review@secondlook.test>',
        SECONDLOOK_VIDEO_URL_TEMPLATE: 'https://meet.example.com/secondlook/{appointment_id}',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends a Chinese-first confirmation with the join link and a calendar invite at the booked time', async () => {
    await loadSellers(t.context, [businessSeller('VM', { contact: { email: 'vm@seller.test' } })]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'VM',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 0.9, summary: 'Operated from abroad.', evidence: {} },
      ],
    });
    const caseId = (opened as { caseId: string }).caseId;
    const call = caller(t);
    const reviewer = await personFor(t, 'reviewer');
    const seller = await personFor(t, 'seller', 'VM');
    await call('POST', '/v1/appointments/availability', reviewer, {
      date: '2026-12-09',
      from: '16:00',
      to: '16:30',
      time_zone: 'Asia/Shanghai',
      languages: ['zh'],
    });
    const slots = (
      await call('GET', `/v1/cases/${caseId}/requirements/live_verification/slots`, seller)
    ).json();
    const booked = await call(
      'POST',
      `/v1/cases/${caseId}/requirements/live_verification/appointment`,
      seller,
      {
        slot_id: slots.data[0].id,
      },
    );
    expect(booked.statusCode).toBe(201);
    const appointmentId = booked.json().id as string;

    await dispatchNotifications(t.context);
    const emails = (await listEmails(t.context.db, { caseId, limit: 50 })).filter(
      (e) => e.template === 'appointment',
    );
    expect(emails).toHaveLength(1);
    for (const email of emails) await sendEmail(t.context, email.id);

    const mail = smtp.messages.find((m) => m.subject?.startsWith('您的视频验证通话已预约'));
    expect(mail?.subject).toContain('Your video verification call is booked');
    expect(mail?.text).toContain('2026-12-09 16:00 (Asia/Shanghai)');
    expect(mail?.text).toContain(`https://meet.example.com/secondlook/${appointmentId}`);
    const invite = mail?.attachments.find((a) => a.filename === 'invite.ics');
    const ics = invite?.content.toString('utf8') ?? '';
    expect(invite?.contentType).toBe('text/calendar');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${appointmentId}@secondlook`);
    expect(ics).toMatch(/DTSTART:20261209T080000Z/);
    expect(ics).toMatch(/DTEND:20261209T083000Z/);
    expect(ics.replace(/\r?\n[ \t]/g, '')).toContain(`https://meet.example.com/secondlook/${appointmentId}`);
  });
});
