import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../src/modules/sellers/feed.import.js';
import { findProfileVersions, findSeller, type Rejection } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

const fixture = (name: string) => createReadStream(new URL(`../fixtures/feed/${name}`, import.meta.url));

describe('feed import', () => {
  let database: TestDatabase;
  const clock = fixedClock('2026-11-01T00:00:00Z');
  const run = async (kind: 'sellers' | 'events' | 'sales' | 'documents', file: string) => {
    const rejections: Rejection[] = [];
    const summary = await importFeed(kind, fixture(file), {
      db: database.db,
      clock,
      onRejected: (r) => rejections.push(r),
    });
    return { summary, rejections: rejections.map((r) => `${r.line}:${r.code}`) };
  };

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());

  it('loads the good seller lines and reports each bad one with its line number and code', async () => {
    const { summary, rejections } = await run('sellers', 'sellers.jsonl');
    expect(rejections).toEqual(['3:VALIDATION_FAILED', '4:MALFORMED_JSON', '5:VALIDATION_FAILED']);
    expect(summary).toMatchObject({ lines: 6, accepted: 3, rejected: 3, written: 3, unchanged: 0 });
    const seller = await findSeller(database.db, 'S1');
    expect(seller?.profileVersion).toBe(1);
    // Unknown fields are kept with the profile.
    expect(seller?.profile).toMatchObject({ vendor_tier: 'gold' });
  });

  it('rejects events of unknown type, unknown sellers and wrong types, and deduplicates the rest', async () => {
    const { summary, rejections } = await run('events', 'events.jsonl');
    expect(rejections).toEqual([
      '3:UNKNOWN_EVENT_TYPE',
      '6:VALIDATION_FAILED',
      '7:VALIDATION_FAILED',
      '4:UNKNOWN_SELLER',
    ]);
    expect(summary).toMatchObject({ lines: 8, accepted: 4, rejected: 4, written: 3, unchanged: 1 });
  });

  it('loads sales CSV rows, rejecting bad dates, negative counts, unknown sellers and short rows', async () => {
    const { summary, rejections } = await run('sales', 'sales.csv');
    expect(rejections.sort()).toEqual(
      ['4:VALIDATION_FAILED', '5:VALIDATION_FAILED', '6:UNKNOWN_SELLER', '8:MALFORMED_CSV'].sort(),
    );
    expect(summary).toMatchObject({ accepted: 3, written: 3 });
  });

  it('loads documents on file and rejects an unknown document type', async () => {
    const { summary, rejections } = await run('documents', 'documents.jsonl');
    expect(rejections).toEqual(['3:VALIDATION_FAILED']);
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
      clock,
    });
    expect(summary).toMatchObject({ written: 1, changedSellerIds: ['S2'] });
    const versions = await findProfileVersions(database.db, 'S2');
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]?.profile).toMatchObject({ address: { line1: '1 High Street' } });
    expect((await findSeller(database.db, 'S2'))?.profileVersion).toBe(2);
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
      clock,
      batchSize: 700,
    });
    expect(summary).toMatchObject({ lines: 5000, accepted: 5000, written: 5000, rejected: 0 });
  });
});
