import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmails } from '../../src/modules/notifications/index.js';
import { dispatchNotifications } from '../../src/workflows/dispatch-notifications.workflow.js';
import { sendEmail } from '../../src/workflows/send-email.workflow.js';
import type { TestApp } from '../support/app.js';
import { openCallCase, startMailingApp } from '../support/appointments.js';

/** The booking confirmation reaches the real SMTP server in the seller's languages, with its .ics invite. */
describe('appointment emails', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailingApp>>['smtp'];
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, smtp, close } = await startMailingApp());
  });
  afterAll(() => close());

  it('sends a Chinese-first confirmation with the join link and a calendar invite at the booked time', async () => {
    const { caseId, call, seller, slots } = await openCallCase(t, 'VM', '16:30');
    const booked = await call(
      'POST',
      `/v1/cases/${caseId}/requirements/live_verification/appointment`,
      seller,
      {
        slot_id: slots[0]!.id,
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
