import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../src/modules/sellers/feed.import.js';
import type { FeedKind, Rejection } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

/** Values at and beyond what the columns hold, and text the database cannot store. */
const hostile = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '', '   ', null, '1e15', '3000000000', '-1'),
  fc.constantFrom(1e15, 3e9, 2 ** 53, -0, 1e308, -5, 0.001),
  fc.constantFrom(
    '0001-01-01',
    '9999-12-31T23:59:59Z',
    '1985-02-31',
    '2026-01-05T08:00+08:00',
    'china',
    'CN',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const FIELDS: Record<FeedKind, string[]> = {
  sellers: ['created_at', 'status', 'entity_type', 'business', 'address', 'legal_rep', 'contact', 'bank'],
  events: ['type', 'at', 'ip_country', 'device_id', 'result', 'reason', 'ship_from', 'bank_country'],
  sales: ['date', 'orders', 'revenue'],
  documents: ['type', 'status', 'issued_on', 'expires_on', 'document_id'],
};
const STABLE = [
  'NOT_AN_OBJECT',
  'NESTING_TOO_DEEP',
  'MISSING_REQUIRED_FIELD',
  'INVALID_REQUIRED_FIELD',
  'UNKNOWN_EVENT_TYPE',
  'UNKNOWN_SELLER',
  'VALIDATION_FAILED',
  'MALFORMED_CSV',
];

describe('any feed line, however hostile', () => {
  let database: TestDatabase;
  const clock = fixedClock('2026-11-01T00:00:00Z');
  beforeAll(async () => {
    database = await openTestDatabase();
    await importFeed('sellers', Readable.from(['{"seller_id":"P1"}\n']), { db: database.db, clock });
  });
  afterAll(() => database.destroy());

  it('lands (with notes) or is refused with a stable code; the database never refuses one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<FeedKind>('sellers', 'events', 'sales', 'documents'),
        fc.array(fc.tuple(fc.nat(7), hostile, hostile), { minLength: 1, maxLength: 8 }),
        async (kind, picks) => {
          const lines = picks.map(([i, value, nested]) => {
            const field = FIELDS[kind][i % FIELDS[kind].length]!;
            return { seller_id: 'P1', [field]: i % 2 ? { line1: nested, country: value } : value };
          });
          const body =
            kind === 'sales'
              ? `seller_id,date,orders,revenue\n${lines.map((l) => [l.seller_id, l.date ?? '2026-01-01', l.orders ?? '', l.revenue ?? ''].map((v) => `"${(typeof v === 'object' ? '' : String(v)).replaceAll('"', '""')}"`).join(',')).join('\n')}\n`
              : `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
          const rejections: Rejection[] = [];
          const summary = await importFeed(kind, Readable.from([body]), {
            db: database.db,
            clock,
            onRejected: (r) => rejections.push(r),
          });
          for (const r of rejections) expect(STABLE).toContain(r.code);
          expect(summary.accepted + summary.rejected).toBe(summary.lines);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
