import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { hashAuditEntry } from '../../src/modules/audit/audit.chain.js';
import {
  chainAuditEvents,
  eraseAuditValuesOf,
  findAuditEventsFor,
  migrateAuditChain,
  readAuditChain,
  verifyAuditChain,
} from '../../src/modules/audit/index.js';
import { withdrawCase } from '../../src/workflows/case-actions.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';

const reviewer = { kind: 'user', id: 'r1', role: 'reviewer', sellerId: undefined, actor: 'user:r1' } as const;
const REASON = 'Withdrawn: Zhang Xiuying at 88 Nanjing Road confirmed by phone';

describe('audit events commit to their personal fields', () => {
  let t: TestApp;
  let caseId: string;

  beforeEach(async () => {
    t = await startTestApp();
    await loadSellers(t.context, [businessSeller('S1')]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'S1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [{ trigger: 'identity_verification', score: 1, summary: 'ID check failed.', evidence: {} }],
    });
    caseId = (opened as { caseId: string }).caseId;
    await withdrawCase(t.context, reviewer, caseId, REASON);
    // What the chainer does after commit: the tampering below is on linked events.
    await chainAuditEvents(t.context.db, t.context.auditKey);
  });
  afterEach(() => t.close());

  const verify = () => verifyAuditChain(readAuditChain(t.context.db, 2), t.context.auditKey);
  const chainText = async () =>
    JSON.stringify(rowsOf(await t.context.db.execute(sql`select * from audit_events order by position`)));

  it('keeps the value beside the chain, reads it back, and verifies without it once erased', async () => {
    expect(await chainText()).not.toContain('Zhang Xiuying');
    const events = await findAuditEventsFor(t.context.db, 'case', caseId);
    expect(JSON.stringify(events.map((e) => e.data))).toContain(REASON);
    expect(await verify()).toMatchObject({ ok: true, redacted: { count: 0 } });

    expect(await eraseAuditValuesOf(t.context.db, 'case', [caseId])).toBeGreaterThan(0);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, redacted: { count: 1 } });
    const erased = await findAuditEventsFor(t.context.db, 'case', caseId);
    expect(JSON.stringify(erased.map((e) => e.data))).not.toContain('Zhang');
    expect(JSON.stringify(erased.map((e) => e.data))).toContain('[erased]');
  });

  it('names a kept value changed in the database as altered, not redacted', async () => {
    await t.context.db.execute(sql`update audit_personal_values set value = '"nothing happened"'`);
    expect((await verify()).problem).toMatchObject({ kind: 'altered' });
  });

  it('reports redacted events over HTTP apart from tampered ones', async () => {
    await eraseAuditValuesOf(t.context.db, 'case', [caseId]);
    const res = await t.server.inject({
      method: 'GET',
      url: '/v1/audit/verify',
      headers: { authorization: `Bearer ${await t.tokenFor('admin')}` },
    });
    expect(res.json()).toMatchObject({ ok: true, problem: null, redacted: { count: 1 } });
  });

  it('migrates a chain written with values inline, and an old anchor still holds', async () => {
    // Rewrite the chain as the previous version wrote it: values inline, scheme 1.
    const legacy = [];
    let prevHash = '0'.repeat(64);
    for await (const entry of readAuditChain(t.context.db)) {
      const data = JSON.parse(JSON.stringify(entry.data).replace(/\{"\$commitment":"[^"]+"\}/g, '"inline"'));
      const unsigned = { ...entry, data, prevHash, legacyHash: null };
      const hash = hashAuditEntry(unsigned, t.context.auditKey);
      legacy.push({ position: entry.position, data, prevHash, hash });
      prevHash = hash;
    }
    await t.context.db.execute(sql`delete from audit_personal_values`);
    for (const row of legacy)
      await t.context.db.execute(sql`update audit_events set data = ${JSON.stringify(row.data)}::jsonb,
        prev_hash = ${row.prevHash}, hash = ${row.hash}, scheme = 1, legacy_hash = null where position = ${row.position}`);
    const oldHead = legacy.at(-1)!;
    expect(await chainText()).toContain('"inline"');

    const migration = await migrateAuditChain(t.context.db, t.context.auditKey);
    expect(migration).toMatchObject({ migrated: legacy.length, from: 1 });
    expect(await chainText()).not.toContain('"inline"');
    const anchored = await verifyAuditChain(readAuditChain(t.context.db), t.context.auditKey, {
      position: oldHead.position,
      hash: oldHead.hash,
    });
    expect(anchored).toMatchObject({ ok: true });
    expect(await migrateAuditChain(t.context.db, t.context.auditKey)).toEqual({ migrated: 0 });
  });

  it('refuses to migrate a legacy chain that is already broken', async () => {
    await t.context.db.execute(
      sql`update audit_events set scheme = 1, actor = 'user:intruder' where position = 1`,
    );
    expect(await migrateAuditChain(t.context.db, t.context.auditKey)).toMatchObject({
      migrated: 0,
      refused: expect.any(String),
    });
  });
});
