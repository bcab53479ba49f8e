import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { verifyAuditChain } from '../../src/modules/audit/index.js';
import { activePolicy } from '../../src/modules/cases/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { purgeByRetention } from '../../src/workflows/retention.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { chainedAuditTrail } from '../support/audit.js';
import { businessSeller, loadSellers } from '../support/feed.js';

const MESSAGE = 'My passport number is K55501234';

describe('retention as policy: a scheduled purge under the legal-hold exception', () => {
  let t: TestApp;
  let admin: string;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
    await loadSellers(
      t.context,
      ['R1', 'R2', 'R3'].map((id) => businessSeller(id)),
    );
    for (const sellerId of ['R1', 'R2', 'R3']) {
      const opened = await openOrUpdateCase(t.context, {
        sellerId,
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [{ trigger: 'identity_verification', score: 1, summary: 'ID check failed.', evidence: {} }],
      });
      cases[sellerId] = (opened as { caseId: string }).caseId;
      const seller = await t.tokenFor('seller', sellerId);
      await call('POST', `/v1/cases/${cases[sellerId]}/messages`, seller, { body: MESSAGE });
    }
    const supervisor = await t.tokenFor('supervisor');
    for (const sellerId of ['R1', 'R2'])
      await call('POST', `/v1/cases/${cases[sellerId]}/withdraw`, supervisor, { note: 'resolved' });
    // R1 and R2 closed their cases 40 days ago; R3's case is still open.
    await t.context.db.execute(
      sql`update cases set closed_at = now() - interval '40 days' where closed_at is not null`,
    );
    await call('POST', '/v1/sellers/R2/legal-holds', supervisor, { reason: 'litigation hold L-7' });
  }, 120_000);
  afterAll(() => t.close());

  const call = (method: 'POST' | 'PUT', url: string, token: string, body: unknown) =>
    t.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const policyWith = async (retention: unknown, version: string) => {
    const { retention: _, ...current } = await activePolicy(t.context.db);
    return { ...current, version, retention };
  };
  const messagesOf = async (sellerId: string) =>
    rowsOf<{ body: string }>(
      await t.context.db.execute(sql`select body from case_messages where case_id = ${cases[sellerId]}`),
    ).map((r) => r.body);

  it('refuses a negative or absurd period with a clear code, naming where', async () => {
    for (const days of [-5, 0, 100_000]) {
      const res = await call(
        'PUT',
        '/v1/policy',
        admin,
        await policyWith({ kinds: { messages: { after: 'case_closed', days } } }, '2099-01-01.1'),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        error: { details: { where: 'policy.retention.kinds.messages.days' } },
      });
    }
  });

  it('purges messages after the period, skips the held and the open, and audits counts only', async () => {
    const res = await call(
      'PUT',
      '/v1/policy',
      admin,
      await policyWith(
        { run_every_hours: 6, kinds: { messages: { after: 'case_closed', days: 30 } } },
        '2099-01-01.2',
      ),
    );
    expect(res.statusCode).toBe(200);
    const summary = await purgeByRetention(t.context);
    expect(summary).toMatchObject({ policy_version: '2099-01-01.2', kinds: { messages: { sellers: 1 } } });
    expect(await messagesOf('R1')).toEqual(['']);
    expect(await messagesOf('R2')).toEqual([MESSAGE]);
    expect(await messagesOf('R3')).toEqual([MESSAGE]);
    const [event] = rowsOf<{ data: unknown }>(
      await t.context.db.execute(sql`select data from audit_events where action = 'retention.purged'`),
    );
    expect(JSON.stringify(event?.data)).not.toContain('K55501234');
    expect((await verifyAuditChain(chainedAuditTrail(t.context), t.context.auditKey)).ok).toBe(true);
    // Nothing new happened: a second run purges nothing.
    expect((await purgeByRetention(t.context)).kinds).toEqual({});
  });
});
