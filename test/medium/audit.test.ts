import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import {
  chainAuditEvents,
  findAuditEventsFor,
  isCheckpointSigned,
  readAuditChain,
  verifyAuditChain,
} from '../../src/modules/audit/index.js';
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
    // What the chainer does after commit: the tampering below is on linked events.
    await chainAuditEvents(t.context.db, t.context.auditKey);
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

  describe('over HTTP, for the marketplace', () => {
    const get = (url: string, token: string) =>
      t.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

    it('verifies the chain with a signed checkpoint, and reports a tampered row', async () => {
      const integration = await t.tokenFor('integration');
      const intact = (await get('/v1/audit/verify', integration)).json();
      // The cases' six events, and the key's creation.
      expect(intact).toMatchObject({
        ok: true,
        checked: 7,
        problem: null,
        checkpoint: { position: 7, count: 7 },
      });
      const { pem } = (await get('/v1/audit/public-key', integration)).json();
      expect(isCheckpointSigned(pem, intact.checkpoint)).toBe(true);
      expect(isCheckpointSigned(pem, { ...intact.checkpoint, count: 8 })).toBe(false);

      await exec(sql`update audit_events set actor = 'user:someone-else' where position = 2`);
      const broken = (await get('/v1/audit/verify', integration)).json();
      expect(broken).toMatchObject({ ok: false, problem: { kind: 'altered', position: 2 } });
      expect((await get('/v1/audit/verify', await t.tokenFor('reviewer'))).statusCode).toBe(403);
    });

    it('catches cut-off events against an anchor kept from an earlier checkpoint', async () => {
      const admin = await t.tokenFor('admin');
      const { checkpoint } = (await get('/v1/audit/verify', admin)).json();
      await exec(sql`delete from audit_events where position = ${checkpoint.position}`);
      const anchor = `${checkpoint.position}:${checkpoint.hash}`;
      expect((await get(`/v1/audit/verify?anchor=${anchor}`, admin)).json()).toMatchObject({
        ok: false,
        problem: { kind: 'truncated' },
      });
      expect((await get('/v1/audit/verify?anchor=nonsense', admin)).json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        error: { details: { where: 'anchor' } },
      });
    });

    it("exports a case's events as JSON lines with their hashes", async () => {
      const [first] = await findAuditEventsFor(t.context.db, 'case', (await caseIds())[0]!);
      const res = await get(`/v1/cases/${first!.entityId}/audit.jsonl`, await t.tokenFor('supervisor'));
      expect(res.headers['content-type']).toContain('application/x-ndjson');
      const lines = res.body
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((l) => l.action)).toEqual(['case.opened', 'case.transitioned']);
      expect(lines[0]).toMatchObject({
        position: first!.position,
        hash: first!.hash,
        prev_hash: first!.prevHash,
      });
    });
  });

  const caseIds = async () => {
    const result = await t.context.db.execute(
      sql`select distinct entity_id from audit_events where entity_type = 'case' order by entity_id`,
    );
    return (result as unknown as { rows: { entity_id: string }[] }).rows.map((row) => row.entity_id);
  };
});
