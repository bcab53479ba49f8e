import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { redactSellerData } from '../../src/modules/privacy/index.js';
import type { FeedKind } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { eraseSeller } from '../../src/workflows/erasure.workflow.js';
import { heldSellerJson, liveStateSize } from '../../src/workflows/live-state.js';
import { liveFindings } from '../../src/workflows/reevaluate.findings.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { findingsBySeller, generateFeed, importFeedLines } from '../support/feed.js';

// The per-worker scan state (issue #14, "Live path") against a full re-read of every seller's
// data and whole event history, seller for seller, on a generated marketplace (clean and dirty):
// cold, then after new events, a changed profile, a new document, corrected sales days, and an
// erasure (in this process, and as another process would do it, behind the state's back).
const SELLERS = 160;
const BATCH = 40;

describe.each([
  ['clean', [] as string[]],
  ['dirty', ['--dirty']],
])('per-worker scan state, %s feed', { timeout: 300_000 }, (_name, flags) => {
  const dir = mkdtempSync(join(tmpdir(), 'secondlook-live-state-'));
  let t: TestApp;
  let sellerIds: string[];
  let later: string[];
  const linesOf = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);
  const load = (kind: FeedKind, lines: string[]) => importFeedLines(t.context, kind, lines);

  beforeAll(async () => {
    generateFeed(dir, SELLERS, 9, flags);
    t = await startTestApp({ clock: fixedClock(new Date('2026-10-31T12:00:00Z')) });
    for (const kind of ['sellers', 'documents', 'sales'] as const)
      await load(kind, linesOf(kind === 'sales' ? 'sales.csv' : `${kind}.jsonl`));
    sellerIds = Array.from({ length: SELLERS }, (_, i) => `S${String(i + 1).padStart(6, '0')}`);
    const events = linesOf('events.jsonl');
    await load(
      'events',
      events.filter((_, i) => i % 5 !== 2),
    );
    later = events.filter((_, i) => i % 5 === 2).reverse();
  });
  afterAll(async () => {
    delete process.env.SECONDLOOK_LIVE_STATE;
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The state's findings and a full re-read's, batch by batch, seller for seller. */
  async function expectSameFindings(ids = sellerIds) {
    let compared = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      process.env.SECONDLOOK_LIVE_STATE = '1';
      const held = findingsBySeller(await liveFindings(t.context, batch, 'summary'));
      const full = findingsBySeller(await liveFindings(t.context, batch, 'history'));
      expect([...held.keys()].sort()).toEqual([...full.keys()].sort());
      for (const [sellerId, findings] of full) expect(held.get(sellerId), sellerId).toEqual(findings);
      compared += full.size;
    }
    return compared;
  }

  it('finds what a full re-read finds, cold and as events, profiles, documents and sales change', async () => {
    expect(await expectSameFindings()).toBeGreaterThan(5);
    expect(liveStateSize(t.context.db)).toBeGreaterThanOrEqual(SELLERS * 0.9);

    await load('events', later);
    expect(await expectSameFindings()).toBeGreaterThan(5);

    // A profile change: S000003 takes S000004's bank account (a link) and a new representative.
    const profiles = new Map(
      linesOf('sellers.jsonl').flatMap((line) => {
        try {
          const p = JSON.parse(line) as { seller_id: string } & Record<string, unknown>;
          return [[p.seller_id, p] as const];
        } catch {
          return [];
        }
      }),
    );
    const changed = {
      ...profiles.get('S000003'),
      bank: profiles.get('S000004')?.bank,
      legal_rep: { full_name: 'Ada Lovelace', date_of_birth: '1970-12-10' },
    };
    await load('sellers', [JSON.stringify(changed)]);
    expect(heldSellerJson(t.context.db, 'S000003')).not.toContain('Ada Lovelace');
    // A new document (a rejected licence) and corrected sales days.
    const documents = await load('documents', [
      JSON.stringify({
        document_id: 'S000005-X1',
        seller_id: 'S000005',
        type: 'business_license',
        status: 'rejected',
        issued_on: '2010-01-01',
        expires_on: '2020-01-01',
      }),
    ]);
    expect(documents.written).toBe(1);
    const corrected = linesOf('sales.csv')
      .filter((line) => line.startsWith('S000006,'))
      .map((line) => line.replace(/^(S000006,[^,]+),[^,]*,/, '$1,900,'));
    expect(corrected.length).toBeGreaterThan(0);
    expect((await load('sales', ['seller_id,date,orders,revenue', ...corrected])).written).toBeGreaterThan(0);
    expect(await expectSameFindings()).toBeGreaterThan(5);
    expect(heldSellerJson(t.context.db, 'S000003')).toContain('Ada Lovelace');
    expect(heldSellerJson(t.context.db, 'S000005')).toContain('S000005-X1');
    expect(heldSellerJson(t.context.db, 'S000006')).toContain('"orders":900');
  });

  it('holds no personal data of an erased seller', async () => {
    process.env.SECONDLOOK_LIVE_STATE = '1';
    const [here, elsewhere] = ['S000007', 'S000008'];
    await liveFindings(t.context, [here, elsewhere], 'summary');
    const nameOf = (id: string) =>
      (JSON.parse(heldSellerJson(t.context.db, id)) as { record: { legal_rep: { full_name: string } } })
        .record.legal_rep.full_name;
    const names = [nameOf(here), nameOf(elsewhere)];
    expect(names.every((n) => n.length > 2)).toBe(true);

    // Erased in this process: dropped from the state at once.
    await eraseSeller(t.context, systemPrincipal('test'), here, 'test');
    expect(heldSellerJson(t.context.db, here)).toBe('null');
    // Erased by another process (its columns cleared, its summary deleted): the next read of
    // the seller replaces what the state held, and finds what a full re-read finds.
    await t.context.db.transaction((tx) => redactSellerData(tx, [elsewhere]));
    expect(heldSellerJson(t.context.db, elsewhere)).toContain(names[1]!);
    expect(await expectSameFindings([here, elsewhere, 'S000009'])).toBeGreaterThan(0);
    expect(heldSellerJson(t.context.db, here)).not.toContain(names[0]!);
    expect(heldSellerJson(t.context.db, elsewhere)).not.toContain(names[1]!);
  });
});
