import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type Call, caller, type Person, personFor } from '../support/review.js';

// A caller's repeated read of the case list is answered from memory while the case tables have
// not changed (docs/live-path.md, "Case lists read once per change"): these are the ways it must
// never answer stale.
const clock = fixedClock(new Date('2026-11-20T10:00:00Z'));

describe('the case list read once per change', () => {
  let t: TestApp;
  let call: Call;
  let admin: Person;
  let caseId: string;
  const list = async (who: Person) => {
    const res = await call('GET', '/v1/cases?limit=10', who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as { id: string; severity: string; reasons: unknown[]; assignee_id?: unknown }[];
  };
  const severityIn = async (who: Person) => (await list(who)).find((c) => c.id === caseId)?.severity;
  /** A write the version does not see (its triggers off): only the cache's age can bring it in. */
  const writeUnseen = (severity: string) =>
    t.context.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update cases set severity = ${severity} where id = ${caseId}`);
    });

  beforeAll(async () => {
    t = await startTestApp({ clock });
    call = caller(t);
    await loadSellers(t.context, [businessSeller('VC1'), businessSeller('VC2')]);
    admin = await personFor(t, 'admin');
    const opened = await call('POST', '/v1/cases', admin, {
      seller_id: 'VC1',
      reasons: [{ trigger: 'sales_anomaly', summary: 'Orders rose tenfold in a week.' }],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
  });
  afterAll(() => t.close());

  it('answers a repeated read from memory, for at most a second of the clock', async () => {
    const before = await severityIn(admin);
    const other = before === 'low' ? 'high' : 'low';
    await writeUnseen(other);
    expect(await severityIn(admin)).toBe(before);
    clock.advance(999);
    expect(await severityIn(admin)).toBe(before);
    clock.advance(1);
    expect(await severityIn(admin)).toBe(other);
  });

  it('reads again after any write to the case tables, by the product or by hand', async () => {
    const before = await severityIn(admin);
    await t.context.db.execute(
      sql`update cases set severity = ${before === 'low' ? 'high' : 'low'} where id = ${caseId}`,
    );
    expect(await severityIn(admin)).not.toBe(before);
    const added = await call('POST', '/v1/cases', admin, {
      seller_id: 'VC1',
      reasons: [{ trigger: 'registration_mismatch', summary: 'Most logins come from VN.' }],
    });
    expect(added.statusCode, added.body).toBe(200);
    expect((await list(admin)).find((c) => c.id === caseId)?.reasons).toHaveLength(2);
    const second = await call('POST', '/v1/cases', admin, {
      seller_id: 'VC2',
      reasons: [{ trigger: 'sales_anomaly', summary: 'Orders fell to nothing.' }],
    });
    expect(second.statusCode, second.body).toBe(201);
    expect((await list(admin)).map((c) => c.id)).toContain(second.json().id);
  });

  it('answers reads that arrive together with one page', async () => {
    clock.advance(1000);
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => call('GET', '/v1/cases?limit=10', admin)),
    );
    expect(bodies.map((r) => r.statusCode)).toEqual(bodies.map(() => 200));
    expect(new Set(bodies.map((r) => r.body)).size).toBe(1);
    expect(bodies[0]!.json().data.map((c: { id: string }) => c.id)).toContain(caseId);
  });

  it("never answers one caller with another's page", async () => {
    const staffPage = await list(admin);
    expect(staffPage[0]).toHaveProperty('assignee_id');
    const sellerPage = await list(await personFor(t, 'seller', 'VC1'));
    expect(sellerPage.map((c) => c.id)).toEqual([caseId]);
    expect(sellerPage[0]).not.toHaveProperty('assignee_id');
    expect(await list(await personFor(t, 'seller', 'VC2'))).not.toContainEqual(
      expect.objectContaining({ id: caseId }),
    );
  });
});
