import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../src/modules/sellers/feed.import.js';
import {
  findDataQualityNotes,
  findProfileVersions,
  findSeller,
  type Rejection,
} from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

const fixture = (name: string) => createReadStream(new URL(`../fixtures/feed/${name}`, import.meta.url));

// Every way a batch is written: batched INSERTs, COPY into a staging table with one set-based
// upsert per batch (what the import workflow uses), and one transaction per batch with its notes
// (what the live feed route uses for events); lines, notes and refusals must be the same.
describe.each([
  { how: 'batched inserts', copy: false, atomic: false },
  { how: 'COPY and set-based upserts', copy: true, atomic: false },
  { how: 'one transaction per batch', copy: false, atomic: true },
])('feed import ($how)', ({ copy, atomic }) => {
  let database: TestDatabase;
  const bulk = () => ({ ...(copy ? { bulk: database } : {}), atomic });
  const clock = fixedClock('2026-11-01T00:00:00Z');
  const run = async (kind: 'sellers' | 'events' | 'sales' | 'documents', file: string) => {
    const rejections: Rejection[] = [];
    const summary = await importFeed(kind, fixture(file), {
      db: database.db,
      ...bulk(),
      clock,
      onRejected: (r) => rejections.push(r),
    });
    return { summary, rejections: rejections.map((r) => `${r.line}:${r.code}`) };
  };

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());

  it('keeps every seller it can read, notes what it could not use, and reports the unreadable line', async () => {
    const { summary, rejections } = await run('sellers', 'sellers.jsonl');
    expect(rejections).toEqual(['4:MALFORMED_JSON']);
    expect(summary).toMatchObject({
      lines: 6,
      accepted: 5,
      rejected: 1,
      written: 5,
      unchanged: 0,
      landed: '1-3,5-7',
    });
    expect(summary.notesByCode).toEqual({
      INVALID_TIMESTAMP: 1,
      MISSING_REGISTERED_COUNTRY: 3,
      MISSING_REGISTRATION_NUMBER: 1,
    });
    const notes = await findDataQualityNotes(database.db, 'S3');
    expect(notes.map((n) => [n.field, n.code, n.raw, n.line])).toEqual([
      ['address.country', 'MISSING_REGISTERED_COUNTRY', null, 3],
      ['created_at', 'INVALID_TIMESTAMP', 'not a date', 3],
    ]);
    const seller = await findSeller(database.db, 'S1');
    expect(seller?.profileVersion).toBe(1);
    // Unknown fields are kept with the profile.
    expect(seller?.profile).toMatchObject({ vendor_tier: 'gold' });
  });

  it('rejects events of unknown type, unknown sellers and wrong types, and deduplicates the rest', async () => {
    const { summary, rejections } = await run('events', 'events.jsonl');
    // Line 6's lower-case `gb` is read as GB; line 7 is an array, not an object.
    expect(rejections).toEqual(['3:UNKNOWN_EVENT_TYPE', '7:NOT_AN_OBJECT', '4:UNKNOWN_SELLER']);
    expect(summary).toMatchObject({ lines: 8, accepted: 5, rejected: 3, written: 4, unchanged: 1 });
  });

  it('loads sales CSV rows, refusing bad dates and unknown sellers, noting negative counts and short rows', async () => {
    const { summary, rejections } = await run('sales', 'sales.csv');
    expect(rejections.sort()).toEqual(['4:INVALID_REQUIRED_FIELD', '6:UNKNOWN_SELLER'].sort());
    expect(summary).toMatchObject({ accepted: 5, written: 5, notesByCode: { NEGATIVE_NUMBER: 1 } });
  });

  it('loads documents on file and rejects an unknown document type', async () => {
    const { summary, rejections } = await run('documents', 'documents.jsonl');
    expect(rejections).toEqual(['3:INVALID_REQUIRED_FIELD']);
    expect(summary).toMatchObject({ accepted: 2, written: 2 });
  });

  it('changes nothing when the same files are imported again', async () => {
    for (const [kind, file] of [
      ['sellers', 'sellers.jsonl'],
      ['events', 'events.jsonl'],
      ['sales', 'sales.csv'],
      ['documents', 'documents.jsonl'],
    ] as const) {
      const { summary } = await run(kind, file);
      expect(summary.written, `${file} written on re-import`).toBe(0);
      expect(summary.unchanged).toBe(summary.accepted);
    }
    expect(await findProfileVersions(database.db, 'S1')).toHaveLength(1);
  });

  it('keeps a changed profile as a new version, with the history', async () => {
    const changed = {
      seller_id: 'S2',
      created_at: '2025-02-01T08:00:00Z',
      status: 'active',
      entity_type: 'individual',
      address: { line1: '2 High Street', city: 'London', postal_code: 'N1 1AB', country: 'GB' },
      legal_rep: { full_name: 'John Smith', date_of_birth: '1990-01-01' },
    };
    const summary = await importFeed('sellers', Readable.from([`${JSON.stringify(changed)}\n`]), {
      db: database.db,
      ...bulk(),
      clock,
    });
    expect(summary).toMatchObject({ written: 1, changedSellerIds: ['S2'] });
    const versions = await findProfileVersions(database.db, 'S2');
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]?.profile).toMatchObject({ address: { line1: '1 High Street' } });
    expect((await findSeller(database.db, 'S2'))?.profileVersion).toBe(2);
  });

  it('makes one version per change of a seller sent several times in one batch, in file order', async () => {
    const profile = (city: string) =>
      JSON.stringify({ seller_id: 'M1', entity_type: 'individual', address: { city, country: 'GB' } });
    const lines = [profile('Leeds'), profile('York'), profile('York'), profile('Leeds'), 'not json'];
    const rejections: Rejection[] = [];
    const summary = await importFeed('sellers', Readable.from([`${lines.join('\n')}\n`]), {
      db: database.db,
      ...bulk(),
      clock,
      onRejected: (r) => rejections.push(r),
    });
    expect(rejections.map((r) => `${r.line}:${r.code}`)).toEqual(['5:MALFORMED_JSON']);
    expect(summary).toMatchObject({ accepted: 4, written: 3, unchanged: 1, changedSellerIds: ['M1'] });
    const versions = await findProfileVersions(database.db, 'M1');
    expect(
      versions.map((v) => [v.version, (v.profile as { address: { city: string } }).address.city]),
    ).toEqual([
      [3, 'Leeds'],
      [2, 'York'],
      [1, 'Leeds'],
    ]);
    expect((await findSeller(database.db, 'M1'))?.profileVersion).toBe(3);
  });

  it('reads a large feed in bounded batches', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({
        seller_id: 'S1',
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        type: 'card_added',
        card_fingerprint: `fp${i % 7}`,
      }),
    );
    const summary = await importFeed('events', Readable.from(lines.map((l) => `${l}\n`)), {
      db: database.db,
      ...bulk(),
      clock,
      batchSize: 700,
    });
    expect(summary).toMatchObject({ lines: 5000, accepted: 5000, written: 5000, rejected: 0 });
  });

  it('stores hostile values as notes and never loses a neighbour to them', async () => {
    const good = (id: string) => ({ seller_id: id, entity_type: 'individual', address: { country: 'GB' } });
    const lines = [
      good('H1'),
      { ...good('H2'), legal_rep: { full_name: 'Nul\u0000Name' } },
      { ...good('H3'), store: { name: 'half \ud800 surrogate' } },
      { ...good('H4'), created_at: '0001-01-01T00:00:00Z' },
      good('H5'),
    ].map((line) => JSON.stringify(line));
    const rejections: Rejection[] = [];
    const summary = await importFeed('sellers', Readable.from([`${lines.join('\n')}\n`]), {
      db: database.db,
      ...bulk(),
      clock,
      onRejected: (r) => rejections.push(r),
    });
    expect(rejections).toEqual([]);
    expect(summary).toMatchObject({
      accepted: 5,
      landed: '1-5',
      notesByCode: { UNSTORABLE_TEXT: 2, DATE_OUT_OF_RANGE: 1 },
    });
    const sales = await importFeed(
      'sales',
      Readable.from(['seller_id,date,orders,revenue\nH1,2026-01-01,3000000000,1e15\nH1,2026-01-02,1,1\n']),
      { db: database.db, ...bulk(), clock, onRejected: (r) => rejections.push(r) },
    );
    expect(rejections).toEqual([]);
    expect(sales).toMatchObject({ accepted: 2, written: 2, notes: 0 });
  });

  it('writes the rest of a batch when the database refuses one line, and names that line', async () => {
    // A refusal the contract cannot foresee: a rule of this database alone.
    await database.db.execute(sql`
      create function refuse_bad_seller() returns trigger language plpgsql as $$
      begin if new.seller_id = 'BAD' then raise exception 'refused'; end if; return new; end $$`);
    await database.db.execute(
      sql`create trigger refuse_bad before insert on seller_profile_versions for each row execute function refuse_bad_seller()`,
    );
    try {
      const ids = Array.from({ length: 40 }, (_, i) => (i === 24 ? 'BAD' : `R${i}`));
      const lines = ids.map((id) => `${JSON.stringify({ seller_id: id, entity_type: 'individual' })}\n`);
      const rejections: Rejection[] = [];
      const send = () =>
        importFeed('sellers', Readable.from([lines.join('')]), {
          db: database.db,
          ...bulk(),
          clock,
          batchSize: 16,
          onRejected: (r) => rejections.push(r),
        });
      const summary = await send();
      expect(rejections).toEqual([
        { line: 25, code: 'DATABASE_REFUSED', message: 'the database refused the line (SQLSTATE P0001)' },
      ]);
      expect(summary).toMatchObject({ accepted: 39, written: 39, landed: '1-24,26-40' });
      expect(await findSeller(database.db, 'R39')).toBeDefined();
      const again = await send();
      expect(again).toMatchObject({ accepted: 39, written: 0, unchanged: 39 });
    } finally {
      await database.db.execute(sql`drop trigger refuse_bad on seller_profile_versions`);
    }
  });

  it('writes the rest of a sales batch when the database refuses one row, and names that line', async () => {
    await database.db.execute(sql`
      create or replace function refuse_bad_day() returns trigger language plpgsql as $$
      begin if new.day = '2026-03-05' then raise exception 'refused'; end if; return new; end $$`);
    await database.db.execute(
      sql`create trigger refuse_bad_day before insert on sales_days for each row execute function refuse_bad_day()`,
    );
    try {
      const rows = Array.from(
        { length: 30 },
        (_, i) => `H1,2026-03-${String(i + 1).padStart(2, '0')},${i},1.5`,
      );
      const rejections: Rejection[] = [];
      const send = () =>
        importFeed('sales', Readable.from([`seller_id,date,orders,revenue\n${rows.join('\n')}\n`]), {
          db: database.db,
          ...bulk(),
          clock,
          batchSize: 16,
          onRejected: (r) => rejections.push(r),
        });
      const summary = await send();
      expect(rejections).toEqual([
        { line: 6, code: 'DATABASE_REFUSED', message: 'the database refused the line (SQLSTATE P0001)' },
      ]);
      expect(summary).toMatchObject({ accepted: 29, written: 29, landed: '2-5,7-31' });
      expect(await send()).toMatchObject({ accepted: 29, written: 0, unchanged: 29 });
    } finally {
      await database.db.execute(sql`drop trigger refuse_bad_day on sales_days`);
    }
  });
});
