import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { dirtyFeed, writeMarketplace } from '@secondlook/simulator';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/adapters/db/database.js';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import {
  createAssociationIndex,
  detectAll,
  type Finding,
  partitionOf,
  ScanInput,
} from '../../src/modules/risk/index.js';
import {
  type DocumentRecord,
  type EventRecord,
  findEventOverview,
  findSalesOverview,
  importFeed,
  readActivityOfSellers,
  readDataQualityNotePages,
  readDocumentsOfSellers,
  readEventIdentifierPages,
  readSellerPages,
  type SellerRecord,
} from '../../src/modules/sellers/index.js';
import { scanStore } from '../../src/workflows/scan.workflow.js';
import { scanPartition } from '../../src/workflows/scan-partition.job.js';
import { scanStoreByPartitions } from '../../src/workflows/scan-partitions.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importFeedFolder } from '../support/feed.js';

// The store scan reads events in SQL (docs/scale.md, "Scan from the store reads events in SQL"):
// identifiers for the association index, counts, and each partition's whereabouts and identity
// checks. Checked here against what it replaced, every event's whole payload read in key order
// through `ScanInput.addEvent`, on a generated feed and on its dirty twin: an event dropped, read
// twice or read out of order changes the lists compared here, not only (maybe) a finding.

/** Today's reference: the whole store read into a scan input as whole records, events in key order. */
async function wholeRecordsInput(db: Db) {
  const input = new ScanInput();
  for await (const page of readSellerPages(db))
    for (const row of page) input.addSeller(row.profile as SellerRecord);
  const documents = rowsOf<{ payload: DocumentRecord }>(
    await db.execute(sql`select payload from documents_on_file order by document_key`),
  );
  for (const { payload } of documents) input.addDocument(payload);
  const events = rowsOf<{ payload: EventRecord }>(
    await db.execute(sql`select payload from seller_events order by event_key`),
  );
  for (const { payload } of events) input.addEvent(payload);
  // What the association index reads of them: the known sellers' identifying events, in key order.
  const fields = [
    'ip',
    'device_id',
    'card_fingerprint',
    'bank_account_number',
    'field',
    'old',
    'new',
  ] as const;
  const identifying = events
    .map(({ payload }) => payload as Record<string, unknown> & EventRecord)
    .filter((e) => input.sellers.has(e.seller_id))
    .filter((e) => ['login', 'card_added', 'payout', 'profile_change'].includes(e.type))
    .map((e) => ({
      seller_id: e.seller_id,
      type: e.type,
      ...Object.fromEntries(fields.map((field) => [field, e[field]])),
    }));
  const sales = await findSalesOverview(db);
  if (sales.earliest && sales.latest) input.sales.widenDates(sales.earliest, sales.latest);
  input.marketOrders = sales.marketOrders;
  const days = rowsOf<{ seller_id: string; day: string; orders: number; revenue: number }>(
    await db.execute(sql`select seller_id, day::text, orders::float8 as orders,
      coalesce(revenue, 0)::float8 as revenue from sales_days where orders is not null`),
  );
  for (const row of days)
    input.sales.add(
      input.sellers.get(row.seller_id)!.index,
      row.day,
      Number(row.orders),
      Number(row.revenue),
    );
  for await (const page of readDataQualityNotePages(db))
    for (const { sellerId, kind, note } of page) input.addNotes(sellerId, kind, [note]);
  return { input, identifying };
}

const byId = <T>(map: ReadonlyMap<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe.each([
  ['generated', 31, false],
  ['dirty', 37, true],
] as const)('store scan events read in SQL, %s feed', (_name, seed, dirty) => {
  let t: TestApp;
  let dir: string;
  let reference: ScanInput;
  let identifying: Awaited<ReturnType<typeof wholeRecordsInput>>['identifying'];
  const by = systemPrincipal('scan');
  const asOf = new Date('2026-11-01T00:00:00Z');

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'secondlook-scan-store-events-'));
    await writeMarketplace({ sellers: 240, seed, out: dir });
    if (dirty) await dirtyFeed(dir, seed);
    await importFeedFolder(t.context, dir);
    // Two checks at the same instant: the later in key order is the latest (`tie-b`), so
    // S000001 is cleared and S000002 is not; read in another order, they would swap.
    const tie = (sellerId: string, first: string, second: string) =>
      ['a', 'b'].map((id, i) =>
        JSON.stringify({
          seller_id: sellerId,
          type: 'identity_check',
          event_id: `tie-${id}`,
          at: '2026-10-31T23:00:00Z',
          result: i === 0 ? first : second,
          reason: 'blurry',
        }),
      );
    const lines = [...tie('S000001', 'failed', 'passed'), ...tie('S000002', 'passed', 'failed')];
    expect(
      await importFeed('events', Readable.from([`${lines.join('\n')}\n`]), {
        db: t.context.db,
        clock: t.context.clock,
      }),
    ).toMatchObject({ accepted: 4, rejected: 0 });
    // An event of a seller the store has no profile of (as after an erasure), the latest of all:
    // a scan skips it, and the default scan date does not move for it.
    // It logged in from a known seller's device, which would link them were it read.
    const [device] = rowsOf<{ id: string }>(
      await t.context.db.execute(sql`select payload->>'device_id' as id from seller_events
        where seller_id = 'S000003' and type = 'login' and payload ? 'device_id' limit 1`),
    );
    const ghost = {
      seller_id: 'GHOST',
      type: 'login',
      at: '2026-12-20T00:00:00Z',
      ip_country: 'FR',
      device_id: device!.id,
    };
    await t.context.db.execute(sql`insert into seller_events (event_key, seller_id, at, type, payload)
      values ('id:GHOST:1', 'GHOST', ${ghost.at}::timestamptz, 'login', ${JSON.stringify(ghost)}::jsonb)`);
    ({ input: reference, identifying } = await wholeRecordsInput(t.context.db));
    await t.context.queue.work(scanPartition, (payload) => scanPartition.run(t.context, payload));
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads each seller the same documents, whereabouts and identity checks, in the same order, a partition at a time', async () => {
    const P = 3;
    const whereabouts = new Map<string, unknown[]>();
    const identityChecks = new Map<string, unknown[]>();
    const documents = new Map<string, unknown[]>();
    for (let p = 0; p < P; p++) {
      const part = new ScanInput();
      for (const id of reference.sellerIds)
        if (partitionOf(id, P) === p) part.addSeller(reference.sellers.get(id)!.record);
      for await (const page of readActivityOfSellers(t.context.db, part.sellerIds, 50))
        for (const event of page) part.addActivity(event);
      for await (const page of readDocumentsOfSellers(t.context.db, part.sellerIds, 50))
        for (const document of page) part.addDocument(document);
      for (const [id, list] of part.whereabouts) whereabouts.set(id, list);
      for (const [id, list] of part.identityChecks) identityChecks.set(id, list);
      for (const [id, list] of part.documents) documents.set(id, list);
    }
    expect(byId(whereabouts)).toEqual(byId(reference.whereabouts));
    expect(byId(identityChecks)).toEqual(byId(reference.identityChecks));
    expect(byId(documents)).toEqual(byId(reference.documents));
    expect(reference.documents.size).toBeGreaterThan(200);
    expect(reference.whereabouts.size).toBeGreaterThan(200);
    expect(
      reference.identityChecks
        .get('S000001')
        ?.slice(-2)
        .map((c) => c.result),
    ).toEqual(['failed', 'passed']);
  });

  it('feeds the association index the same identifiers in the same order, and counts the same events', async () => {
    const index = createAssociationIndex();
    for (const id of reference.sellerIds) index.addSeller(reference.sellers.get(id)!.record);
    const read = [];
    for await (const page of readEventIdentifierPages(t.context.db, 100)) read.push(...page);
    expect(read).toEqual(identifying);
    for (const event of read) index.addEvent(event);
    const linked = index.findings();
    expect(linked.length).toBeGreaterThan(5);
    expect(JSON.stringify(linked)).toBe(JSON.stringify(reference.association.findings()));
    expect(await findEventOverview(t.context.db)).toEqual({
      events: reference.counts.events,
      unknownSellers: 1,
      latestEventAt: reference.latestEventAt,
    });
  });

  it('finds, in one process and across partition jobs, what every whole event read in key order finds', async () => {
    const expected = detectAll(reference, { asOf }).map((f) => JSON.stringify(f));
    const single: Finding[] = [];
    await scanStore(t.context, { asOf, by, dryRun: true, onFinding: (f) => single.push(f) });
    expect(single.map((f) => JSON.stringify(f))).toEqual(expected);
    const split: Finding[] = [];
    await scanStoreByPartitions(t.context, {
      asOf,
      by,
      dryRun: true,
      partitions: 3,
      pollMs: 50,
      onFinding: (f) => split.push(f),
    });
    expect(split.map((f) => JSON.stringify(f))).toEqual(expected);
    const identity = (id: string) =>
      single.some((f) => f.seller_id === id && f.trigger === 'identity_verification');
    expect([identity('S000001'), identity('S000002')]).toEqual([false, true]);
    // The default scan date is the day after the latest known seller's date, the ghost's aside.
    expect((await scanStore(t.context, { by, dryRun: true })).asOf).toBe(
      reference.defaultAsOf().toISOString().slice(0, 10),
    );
  });
});
