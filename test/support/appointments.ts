import { systemPrincipal } from '../../src/modules/access/index.js';
import { type Clock, fixedClock } from '../../src/platform/clock.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from './app.js';
import { businessSeller, loadSellers } from './feed.js';
import { startSmtpServer } from './receivers.js';
import { type Call, caller, type Person, personFor } from './review.js';

/** An app that mails through a real SMTP server, with the video link template set, on a fixed clock. */
export async function startMailingApp(clock: Clock = fixedClock('2026-12-07T00:00:00Z')) {
  const smtp = await startSmtpServer();
  const t = await startTestApp({
    clock,
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Second Look <review@secondlook.test>',
      SECONDLOOK_VIDEO_URL_TEMPLATE: 'https://meet.example.com/secondlook/{appointment_id}',
    },
  });
  return {
    t,
    smtp,
    close: async () => {
      await t.close();
      await smtp.close();
    },
  };
}

export interface CallCase {
  caseId: string;
  call: Call;
  reviewer: Person;
  seller: Person;
  /** The free slots the seller sees, in order. */
  slots: { id: string }[];
}

/**
 * A Chinese seller's registration-mismatch case (it asks for a video call), and a reviewer who
 * speaks Chinese free on 9 December from 16:00 Shanghai time until `to`.
 */
export async function openCallCase(t: TestApp, sellerId: string, to: string): Promise<CallCase> {
  await loadSellers(t.context, [
    businessSeller(sellerId, { contact: { email: `${sellerId.toLowerCase()}@seller.test` } }),
  ]);
  const opened = await openOrUpdateCase(t.context, {
    sellerId,
    source: 'manual',
    by: systemPrincipal('test'),
    findings: [
      { trigger: 'registration_mismatch', score: 0.9, summary: 'Operated from abroad.', evidence: {} },
    ],
  });
  const caseId = (opened as { caseId: string }).caseId;
  const call = caller(t);
  const reviewer = await personFor(t, 'reviewer');
  const seller = await personFor(t, 'seller', sellerId);
  await call('POST', '/v1/appointments/availability', reviewer, {
    date: '2026-12-09',
    from: '16:00',
    to,
    time_zone: 'Asia/Shanghai',
    languages: ['zh'],
  });
  const slots = (await call('GET', `/v1/cases/${caseId}/requirements/live_verification/slots`, seller)).json()
    .data as { id: string }[];
  return { caseId, call, reviewer, seller, slots };
}
