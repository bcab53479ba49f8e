import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { listEmails } from '../../src/modules/notifications/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { sendCallReminder } from '../../src/workflows/appointment-reminders.workflow.js';
import { dispatchNotifications } from '../../src/workflows/dispatch-notifications.workflow.js';
import { sendEmail } from '../../src/workflows/send-email.workflow.js';
import type { TestApp } from '../support/app.js';
import { openCallCase, startMailingApp } from '../support/appointments.js';

const REMINDER_ZH = '提醒：您的视频验证通话即将开始';

/**
 * Reminders before a call (the policy's default: 24 h and 1 h) are scheduled at booking, reach the
 * real SMTP server once each even when their job runs twice, carry the invite and the join link in
 * the seller's language, and a moved call's old reminders send nothing.
 */
describe('appointment reminders', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailingApp>>['smtp'];
  let close: () => Promise<void>;
  const clock = fixedClock('2026-12-07T00:00:00Z');

  beforeAll(async () => {
    ({ t, smtp, close } = await startMailingApp(clock));
  });
  afterAll(() => close());

  it('sends the 24 h and the 1 h reminder once each, for the call as moved', async () => {
    const { caseId, call, seller, slots } = await openCallCase(t, 'VR', '17:00');
    const first = (
      await call('POST', `/v1/cases/${caseId}/requirements/live_verification/appointment`, seller, {
        slot_id: slots[0]!.id,
      })
    ).json().id as string;
    const moved = await call('POST', `/v1/appointments/${first}/reschedule`, seller, {
      slot_id: slots[1]!.id,
    });
    expect(moved.statusCode).toBe(200);
    const second = moved.json().id as string;

    const jobs = rowsOf<{ appointment_id: string; hours_before: number; start_after: Date }>(
      await t.context.db.execute(
        sql`select data->>'appointment_id' as appointment_id, (data->>'hours_before')::int as hours_before, start_after
            from pgboss.job where name = 'appointment.reminder_due' order by start_after`,
      ),
    );
    expect(
      jobs.map((j) => [j.appointment_id, j.hours_before, new Date(j.start_after).toISOString()]),
    ).toEqual([
      [first, 24, '2026-12-08T08:00:00.000Z'],
      [second, 24, '2026-12-08T08:30:00.000Z'],
      [first, 1, '2026-12-09T07:00:00.000Z'],
      [second, 1, '2026-12-09T07:30:00.000Z'],
    ]);

    // Each job runs when due, and twice (a retry after a crash): the moved call's send nothing.
    const runs: string[] = [];
    for (const job of jobs) {
      clock.set(new Date(job.start_after));
      for (let i = 0; i < 2; i++)
        runs.push(await sendCallReminder(t.context, job.appointment_id, job.hours_before));
    }
    expect(runs).toEqual([
      'skipped',
      'skipped',
      'recorded',
      'skipped',
      'skipped',
      'skipped',
      'recorded',
      'skipped',
    ]);

    await dispatchNotifications(t.context);
    const emails = (await listEmails(t.context.db, { caseId, limit: 50 })).filter(
      (e) => e.template === 'appointment',
    );
    for (const email of emails) await sendEmail(t.context, email.id);
    const reminders = smtp.messages.filter((m) => m.subject?.startsWith(REMINDER_ZH));
    expect(reminders).toHaveLength(2);
    for (const mail of reminders) {
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('vr@seller.test');
      expect(mail.subject).toContain('Reminder: your video verification call is coming up');
      expect(mail.text).toContain('时间: 2026-12-09 16:30 (Asia/Shanghai)');
      expect(mail.text).toContain(`https://meet.example.com/secondlook/${second}`);
      const ics = mail.attachments.find((a) => a.filename === 'invite.ics')?.content.toString('utf8') ?? '';
      expect(ics).toContain(`UID:${second}@secondlook`);
      expect(ics).toMatch(/DTSTART:20261209T083000Z/);
    }
  });
});
