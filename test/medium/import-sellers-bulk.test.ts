import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { findSellersMatching } from '../../src/modules/search/index.js';
import type { SellerRecord } from '../../src/modules/sellers/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller } from '../support/feed.js';

// Sellers through the import workflow on both write paths: batched INSERTs with the keys derived
// after each batch (the reference), and COPY into staging with the hashes compared in SQL and the
// keys of changed profiles written in the batch's transaction. Everything the store keeps about a
// profile must come out the same, step by step.
describe('sellers on the bulk path against the row path', () => {
  const apps: { rowByRow: boolean; t: TestApp }[] = [];

  beforeAll(async () => {
    for (const rowByRow of [true, false]) apps.push({ rowByRow, t: await startTestApp() });
  }, 120_000);
  afterAll(async () => {
    for (const { t } of apps) await t.close();
  });

  const send = ({ t, rowByRow }: (typeof apps)[number], sellers: SellerRecord[]) =>
    importFeedWorkflow(t.context, {
      kind: 'sellers',
      source: Readable.from(sellers.map((s) => `${JSON.stringify(s)}\n`)),
      origin: 'import-sellers-bulk.test',
      by: systemPrincipal('test'),
      rowByRow,
      batchSize: 4,
    });
  const storeOf = async ({ t }: (typeof apps)[number]) => {
    const read = async (query: ReturnType<typeof sql>) => rowsOf(await t.context.db.execute(query));
    return {
      sellers: await read(
        sql`select seller_id, profile_version, profile_hash, status, entity_type, created_at, profile from sellers order by seller_id`,
      ),
      versions: await read(
        sql`select seller_id, version, profile_hash, profile from seller_profile_versions order by seller_id, version`,
      ),
      searchKeys: await read(sql`select key, seller_id from seller_search_keys order by key, seller_id`),
      linkKeys: await read(sql`select key, seller_id from seller_link_keys order by key, seller_id`),
    };
  };
  /** Sends the same lines down both paths; answers the bulk path's summary once both agree. */
  const sendBoth = async (sellers: SellerRecord[]) => {
    const [rows, bulk] = [await send(apps[0]!, sellers), await send(apps[1]!, sellers)];
    expect({ ...bulk, changedSellerIds: [...bulk.changedSellerIds].sort() }).toEqual({
      ...rows,
      changedSellerIds: [...rows.changedSellerIds].sort(),
    });
    expect(await storeOf(apps[1]!)).toEqual(await storeOf(apps[0]!));
    return bulk;
  };

  const nova = (email: string, phone = '+44 20 7946 0958') =>
    businessSeller('B2', {
      contact: { email, phone },
      business: { legal_name: 'Nova Brands Limited', registration_number: '09876543', country: 'GB' },
      bank: { holder_name: 'Nova Brands', account_number: 'GB29 NWBK 6016 1331 9268 19' },
    });
  const first = [
    businessSeller('B1', { legal_rep: { full_name: '王晓明', date_of_birth: '1985-03-02' } }),
    nova('alice@nova.example'),
    ...Array.from({ length: 5 }, (_, i) => businessSeller(`B${i + 3}`)),
  ];

  it('writes every new profile with its search and association keys', async () => {
    const summary = await sendBoth(first);
    expect(summary).toMatchObject({ accepted: 7, written: 7, unchanged: 0 });
    const { t } = apps[1]!;
    expect(await findSellersMatching(t.context.db, 'alice@nova.example', 10)).toEqual(['B2']);
    expect(await findSellersMatching(t.context.db, 'wang xiaoming', 10)).toEqual(['B1']);
    expect((await storeOf(apps[1]!)).linkKeys.length).toBeGreaterThan(7);
  });

  it('changes nothing when the same profiles come again', async () => {
    const before = await storeOf(apps[1]!);
    expect(await sendBoth(first)).toMatchObject({
      accepted: 7,
      written: 0,
      unchanged: 7,
      changedSellerIds: [],
    });
    expect(await storeOf(apps[1]!)).toEqual(before);
  });

  it('makes one version per change, in file order, also for a seller sent several times in a batch', async () => {
    const changed = nova('bob@nova.example', '+44 20 7946 0000');
    // B2 changes, back, and again; B3 unchanged, then changed, then unchanged again.
    const b3 = businessSeller('B3', { status: 'suspended' });
    const summary = await sendBoth([
      changed,
      businessSeller('B3'),
      nova('alice@nova.example'),
      b3,
      changed,
      b3,
    ]);
    expect(summary).toMatchObject({ accepted: 6, written: 4, unchanged: 2 });
    const versions = (await storeOf(apps[1]!)).versions as { seller_id: string; version: number }[];
    expect(versions.filter((v) => v.seller_id === 'B2').map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(versions.filter((v) => v.seller_id === 'B3').map((v) => v.version)).toEqual([1, 2]);
    const { t } = apps[1]!;
    // Found by the profile it has now, no longer by the one it replaced.
    expect(await findSellersMatching(t.context.db, 'bob@nova.example', 10)).toEqual(['B2']);
    expect(await findSellersMatching(t.context.db, 'alice@nova.example', 10)).toEqual([]);
  });
});
