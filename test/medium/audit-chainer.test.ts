import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import {
  appendAuditEvent,
  chainAuditEvents,
  readAuditChain,
  unchainedAuditEvents,
  verifyAuditChain,
} from '../../src/modules/audit/index.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

const KEY = 'chainer-test-key';
const at = new Date('2026-11-20T10:00:00.000Z');
const note = (n: number) => ({
  actor: 'user:r1',
  action: 'case.note',
  entityType: 'case',
  entityId: `c${n}`,
});

/** Audited writes take no shared lock; the chain is linked after commit by one chainer at a time. */
describe('audit chainer', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());
  const db = () => database.db;
  const verify = () => verifyAuditChain(readAuditChain(db()), KEY);

  it('links committed events in order, with positions that have no gaps, and verifies', async () => {
    await db().transaction(async (tx) => {
      await appendAuditEvent(tx, KEY, at, { ...note(1), data: { n: 1 } });
      await appendAuditEvent(tx, KEY, at, { ...note(2), data: { n: 2 } });
    });
    // A rolled-back write leaves a gap in ids, none in positions.
    await db()
      .transaction(async (tx) => {
        await appendAuditEvent(tx, KEY, at, { ...note(3), data: { n: 3 } });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await db().transaction((tx) => appendAuditEvent(tx, KEY, at, { ...note(4), data: { n: 4 } }));
    expect(await unchainedAuditEvents(db())).toBe(3);
    expect(await chainAuditEvents(db(), KEY, { batch: 2 })).toBe(3);
    expect(await unchainedAuditEvents(db())).toBe(0);
    const positions = rowsOf<{ position: string }>(
      await db().execute(sql`select position from audit_events order by position`),
    ).map((r) => Number(r.position));
    expect(positions).toEqual([1, 2, 3]);
    expect(await verify()).toMatchObject({ ok: true, checked: 3, head: { position: 3 } });
  });

  it('names an event altered after its commit and before it was chained (its seal)', async () => {
    const { id } = await db().transaction((tx) =>
      appendAuditEvent(tx, KEY, at, { ...note(5), data: { n: 5 } }),
    );
    await db().execute(sql`update audit_events set data = '{"n": 6}' where id = ${id}`);
    await chainAuditEvents(db(), KEY);
    expect((await verify()).problem).toMatchObject({ kind: 'altered', position: 4 });
    // Dropping the seal (or the scheme) does not hide it either.
    await db().execute(sql`update audit_events set seal = null, scheme = 2 where id = ${id}`);
    expect((await verify()).problem).toMatchObject({ kind: 'altered', position: 4 });
  });
});

/** On PostgreSQL: two transactions writing audit events at once do not wait for each other. */
describe.runIf(process.env.DATABASE_URL)('audited writes at once (PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());

  it('commits a second writer while the first is still open, and chains the late one after it', async () => {
    const db = database.db;
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstWrote!: () => void;
    const firstHasWritten = new Promise<void>((resolve) => {
      firstWrote = resolve;
    });
    const first = db.transaction(async (tx) => {
      await appendAuditEvent(tx, KEY, at, { ...note(1), data: { writer: 'first' } });
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    // Any lock wait at all fails this transaction instead of waiting.
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '50ms'`);
      await appendAuditEvent(tx, KEY, at, { ...note(2), data: { writer: 'second' } });
    });
    expect(await chainAuditEvents(db, KEY)).toBe(1);
    releaseFirst();
    await first;
    expect(await chainAuditEvents(db, KEY)).toBe(1);
    const chain = [];
    for await (const entry of readAuditChain(db)) chain.push((entry.data as { writer: string }).writer);
    expect(chain).toEqual(['second', 'first']);
    expect(await verifyAuditChain(readAuditChain(db), KEY)).toMatchObject({ ok: true, checked: 2 });
  });
});
