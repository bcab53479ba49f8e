import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { readAuditChain, verifyAuditChain } from '../../src/modules/audit/index.js';
import { withdrawCase } from '../../src/workflows/case-actions.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

const reviewer = { kind: 'user', id: 'r1', role: 'reviewer', sellerId: undefined, actor: 'user:r1' } as const;

/** Tampering straight in SQL, as someone with database access but not the audit key would. */
describe('audit chain', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('S1'), businessSeller('S2'), businessSeller('S3')]);
    for (const sellerId of ['S1', 'S2', 'S3']) {
      const opened = await openOrUpdateCase(t.context, {
        sellerId,
        source: 'manual',
        by: systemPrincipal('test'),
        findings: [{ trigger: 'identity_verification', score: 1, summary: 'ID check failed.', evidence: {} }],
      });
      await withdrawCase(t.context, reviewer, (opened as { caseId: string }).caseId, 'false positive');
    }
  });
  afterEach(() => t.close());

  const verify = () => verifyAuditChain(readAuditChain(t.context.db, 2), t.context.auditKey);
  const exec = (query: ReturnType<typeof sql>) => t.context.db.execute(query);

  it('verifies an untouched chain written by real workflows', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, checked: 6 });
  });

  it('names the first altered event', async () => {
    await exec(
      sql`update audit_events set data = jsonb_set(data, '{note}', '"approved by me"') where position = 4`,
    );
    expect((await verify()).problem).toMatchObject({ kind: 'altered', position: 4 });
  });

  it('names an altered actor or time', async () => {
    await exec(sql`update audit_events set at = at - interval '1 day' where position = 2`);
    expect((await verify()).problem).toMatchObject({ kind: 'altered', position: 2 });
  });

  it('names a deleted event', async () => {
    await exec(sql`delete from audit_events where position = 3`);
    expect((await verify()).problem).toMatchObject({ kind: 'deleted', position: 3 });
  });

  it('names an inserted event, even one chained to its predecessor', async () => {
    await exec(sql`update audit_events set position = position + 1000 where position >= 5`);
    await exec(sql`update audit_events set position = position - 999 where position >= 1000`);
    await exec(sql`insert into audit_events (position, at, actor, action, entity_type, entity_id, data, prev_hash, hash)
      select 5, now(), 'user:intruder', 'case.transitioned', 'case', entity_id, '{"to":"approved"}', hash, repeat('a', 64)
      from audit_events where position = 4`);
    expect((await verify()).problem).toMatchObject({ kind: 'inserted', position: 5 });
  });

  it('catches a re-signed chain when the last events are cut, given an anchor', async () => {
    const before = await verify();
    await exec(sql`delete from audit_events where position = 6`);
    const report = await verifyAuditChain(readAuditChain(t.context.db), t.context.auditKey, before.head);
    expect(report.problem).toMatchObject({ kind: 'truncated' });
  });
});
