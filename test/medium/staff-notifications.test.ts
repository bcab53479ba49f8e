import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserById } from '../../src/modules/access/index.js';
import { auditEvents } from '../../src/modules/audit/audit.schema.js';
import { findCase } from '../../src/modules/cases/index.js';
import { listEmails } from '../../src/modules/notifications/index.js';
import type { Clock } from '../../src/platform/clock.js';
import { dispatchNotifications } from '../../src/workflows/dispatch-notifications.workflow.js';
import { sendEmail } from '../../src/workflows/send-email.workflow.js';
import { warnOfNearingSla } from '../../src/workflows/staff-notifications.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { startSmtpServer } from '../support/receivers.js';
import { type Call, caller, type Person, personFor, salesAnomaly, submittedCase } from '../support/review.js';

const plan = {
  root_cause: 'Our warehouse manager ordered stock from an unregistered supplier without invoices.',
  what_was_fixed: 'We now buy only from the three registered suppliers and keep every invoice.',
  how_prevented: 'The finance lead checks each purchase order against the supplier list every week.',
};

interface Page {
  items: { id: string; kind: string; case_id: string; read_at: string | null }[];
  unread: number;
  total: number;
}

/** Staff notifications on the real database (PGlite, or PostgreSQL with DATABASE_URL) and a real SMTP server. */
describe('staff notifications: assignment, appeal, SLA watch, the bell API and email', () => {
  let t: TestApp;
  let call: Call;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let r1: Person;
  let r2: Person;
  let sup: Person;
  let sellerC: Person;
  let caseA: string;
  let caseB: string;
  let caseC: string;
  let current = new Date('2026-11-20T10:00:00Z');
  const clock: Clock = { now: () => current };

  const ok = async (res: Promise<Awaited<ReturnType<Call>>>, status = 200) => {
    const awaited = await res;
    expect(awaited.statusCode, awaited.body).toBe(status);
    return awaited.json();
  };
  const revision = async (id: string) => (await findCase(t.context.db, id))!.revision;
  const mine = async (who: Person, lang = 'en'): Promise<Page> =>
    ok(call('GET', '/v1/me/notifications?limit=50', who, undefined, { 'accept-language': lang }));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ clock, env: { SMTP_URL: smtp.url, SECONDLOOK_SLA_WARN_HOURS: '24' } });
    call = caller(t);
    await loadSellers(
      t.context,
      ['N1', 'N2', 'N3'].map((id) => businessSeller(id)),
    );
    r1 = await personFor(t, 'reviewer');
    r2 = await personFor(t, 'reviewer');
    sup = await personFor(t, 'supervisor');
    caseA = await submittedCase(t, 'N1', await personFor(t, 'seller', 'N1'), [salesAnomaly(0.9)]);
    caseB = await submittedCase(t, 'N2', await personFor(t, 'seller', 'N2'), [salesAnomaly(0.9)]);
    sellerC = await personFor(t, 'seller', 'N3');
    caseC = await submittedCase(t, 'N3', sellerC, [salesAnomaly(0.9)]);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('tells a reviewer a case was assigned to them, but not one who claimed it', async () => {
    await ok(call('POST', `/v1/cases/${caseA}/claim`, r1, {}));
    expect((await mine(r1)).total).toBe(0);
    await ok(
      call('POST', `/v1/cases/${caseA}/assign`, sup, { assignee_id: r2.id, revision: await revision(caseA) }),
    );
    const page = await mine(r2);
    expect(page).toMatchObject({ unread: 1, total: 1, items: [{ kind: 'case_assigned', case_id: caseA }] });
    expect((await mine(sup)).total).toBe(0);
  });

  it('tells the reviewer who proposed a rejection that the seller appealed', async () => {
    await ok(call('POST', `/v1/cases/${caseC}/claim`, r1, {}));
    const proposed = await ok(
      call('POST', `/v1/cases/${caseC}/decisions`, r1, {
        decision: 'rejected',
        reason_codes: ['sales_not_explained'],
        note: 'n',
        revision: await revision(caseC),
      }),
      201,
    );
    await ok(
      call('POST', `/v1/cases/${caseC}/decisions/${proposed.decision.id}/approve`, sup, {
        revision: await revision(caseC),
      }),
    );
    await ok(call('POST', `/v1/cases/${caseC}/appeal`, sellerC, plan), 201);
    const page = await mine(r1);
    expect(page.items.filter((n) => n.kind === 'appeal_filed')).toMatchObject([{ case_id: caseC }]);
  });

  it('warns the holder, else every supervisor, of an SLA about to breach, once however often it runs', async () => {
    const due = (await findCase(t.context.db, caseB))!.reviewDueAt!;
    current = new Date(due.getTime() - 2 * 3_600_000);
    for (const p of [r1, r2, sup]) await p.renew();
    const first = await warnOfNearingSla(t.context);
    expect(first).toBeGreaterThan(0);
    expect(await warnOfNearingSla(t.context)).toBe(0);
    const forSup = (await mine(sup, 'zh-CN,zh;q=0.9')).items.filter((n) => n.kind === 'sla_near_breach');
    // Case B has no holder: supervisors hear of it; case A's holder (r2) hears of A, the supervisor does not.
    expect(forSup.map((n) => n.case_id)).toContain(caseB);
    expect(forSup.map((n) => n.case_id)).not.toContain(caseA);
    const forR2 = (await mine(r2)).items.filter((n) => n.kind === 'sla_near_breach');
    expect(forR2.map((n) => n.case_id)).toEqual([caseA]);
  });

  it('lists unread first and marks read by id or all', async () => {
    const before = await mine(r2);
    expect(before.unread).toBe(2);
    const oldest = before.items.at(-1)!;
    expect(await ok(call('POST', '/v1/me/notifications/read', r2, { ids: [oldest.id] }))).toEqual({
      marked: 1,
    });
    const after = await mine(r2);
    expect(after.unread).toBe(1);
    expect(after.items[0]!.read_at).toBeNull();
    expect(after.items.at(-1)!.read_at).not.toBeNull();
    // Another user's ids change nothing.
    expect(await ok(call('POST', '/v1/me/notifications/read', r1, { ids: [after.items[0]!.id] }))).toEqual({
      marked: 0,
    });
    expect(await ok(call('POST', '/v1/me/notifications/read', r2, { all: true }))).toEqual({ marked: 1 });
    expect((await mine(r2)).unread).toBe(0);
    const bad = await call('POST', '/v1/me/notifications/read', r2, { ids: ['x'] });
    expect(bad.statusCode).toBe(400);
    await sellerC.renew();
    const seller = await call('GET', '/v1/me/notifications', sellerC);
    expect(seller.statusCode).toBe(403);
  });

  it('keeps the language a staff member chose in their settings, whatever their requests say', async () => {
    const me = async () => ok(call('GET', '/v1/me', r1));
    expect(await me()).toMatchObject({ language: 'en', language_chosen: false });
    expect(await ok(call('PATCH', '/v1/me', r1, { language: 'zh' }))).toMatchObject({
      language: 'zh',
      language_chosen: true,
    });
    await mine(r1, 'en-GB,en;q=0.9');
    expect(await me()).toMatchObject({ language: 'zh', language_chosen: true });
    // Choosing again what is chosen changes nothing; a change is audited, from and to.
    await ok(call('PATCH', '/v1/me', r1, { language: 'zh' }));
    const chosen = await t.context.db
      .select({ actor: auditEvents.actor, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.language_chosen'), eq(auditEvents.entityId, r1.id)));
    expect(chosen).toEqual([{ actor: `user:${r1.id}`, data: { from: 'en', to: 'zh' } }]);
    // A new browser: the login answers the chosen language, and the pages open in it.
    const login = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: (await findUserById(t.context.db, r1.id))!.email, password: 'correct horse battery' },
    });
    expect(login.json().user).toMatchObject({ id: r1.id, language: 'zh' });
    const r2Login = await t.server.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: (await findUserById(t.context.db, r2.id))!.email, password: 'correct horse battery' },
    });
    expect(r2Login.json().user).toMatchObject({ id: r2.id, language: null });
    expect((await call('PATCH', '/v1/me', r1, { language: 'fr' })).statusCode).toBe(400);
    expect((await call('PATCH', '/v1/me', r1, { language: 'zh', role: 'admin' })).statusCode).toBe(400);
    await sellerC.renew();
    expect((await call('PATCH', '/v1/me', sellerC, { language: 'zh' })).statusCode).toBe(403);
  });

  it('emails each notice once through the outbox, in the staff member’s language', async () => {
    await dispatchNotifications(t.context);
    await dispatchNotifications(t.context);
    const emails = (await listEmails(t.context.db, { limit: 500 })).filter((e) =>
      e.template.startsWith('staff_'),
    );
    const total = (await mine(r1)).total + (await mine(r2)).total + (await mine(sup, 'zh')).total;
    expect(emails).toHaveLength(total);
    for (const email of emails) {
      expect(email.status).toBe('sending');
      await sendEmail(t.context, email.id);
    }
    const supEmail = (await findUserById(t.context.db, sup.id))!.email;
    const r2Email = (await findUserById(t.context.db, r2.id))!.email;
    const to = (address: string) => smtp.messages.filter((m) => JSON.stringify(m.to).includes(address));
    expect(to(r2Email).map((m) => m.subject)).toEqual(
      expect.arrayContaining(['A case was assigned to you', 'A case is about to breach its review SLA']),
    );
    expect(to(supEmail).length).toBeGreaterThan(0);
    for (const m of to(supEmail)) expect(m.subject).toBe('案件即将超出审核时限');
    // r1 chose 简体中文 in their settings, then used the bell in English: the email is in Chinese.
    const r1Email = (await findUserById(t.context.db, r1.id))!.email;
    expect(to(r1Email).map((m) => m.subject)).toContain('卖家已提交申诉');
    expect(to(supEmail).some((m) => m.text?.includes(`案件 ${caseB} 仍在审核队列中`))).toBe(true);
    expect(
      smtp.messages.filter((m) => m.headers.get('x-second-look-template')?.toString().startsWith('staff_')),
    ).toHaveLength(total);
  });
});
