import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSellerData } from '../../src/modules/privacy/index.js';
import type { Finding } from '../../src/modules/risk/index.js';
import type { FeedKind } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { emptyBatchCost, liveFindings } from '../../src/workflows/reevaluate.findings.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { findingsBySeller, generateFeed, importFeedLines } from '../support/feed.js';

// The association cluster in the worker's scan state (issue #14, ninth round): a seller a cluster
// read found alone in its cluster is not read again while its link keys and their holders are
// unchanged. Findings must stay those of a full re-read (every part and the clusters read from the
// store, whole event history) when a link key arrives for a seller held alone (it joins the
// cluster), when a block mate's representative becomes its own, and after another process erases
// a seller that shared a key.
const SELLERS = 200;
const BATCH = 25;

describe('association clusters in the scan state', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondlook-live-cluster-state-'));
  let t: TestApp;
  let sellerIds: string[];
  const linesOf = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);
  const load = (kind: FeedKind, lines: string[]) => importFeedLines(t.context, kind, lines);

  beforeAll(async () => {
    process.env.SECONDLOOK_LIVE_STATE = '1';
    generateFeed(dir, SELLERS, 13, []);
    t = await startTestApp({ clock: fixedClock(new Date('2026-10-31T12:00:00Z')) });
    for (const kind of ['sellers', 'documents', 'sales', 'events'] as const)
      await load(kind, linesOf(kind === 'sales' ? 'sales.csv' : `${kind}.jsonl`));
    sellerIds = Array.from({ length: SELLERS }, (_, i) => `S${String(i + 1).padStart(6, '0')}`);
  });
  afterAll(async () => {
    delete process.env.SECONDLOOK_LIVE_STATE;
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The state's findings against a full re-read's, batch by batch; returns the sellers held alone. */
  async function expectSameFindings(ids = sellerIds) {
    let alone = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const cost = emptyBatchCost();
      const held = findingsBySeller(await liveFindings(t.context, batch, 'summary', cost));
      const full = findingsBySeller(await liveFindings(t.context, batch, 'history'));
      expect([...held.keys()].sort()).toEqual([...full.keys()].sort());
      for (const [sellerId, findings] of full) expect(held.get(sellerId), sellerId).toEqual(findings);
      alone += cost.clusters.alone;
    }
    return alone;
  }
  const relatedOf = async (sellerId: string, batch = [sellerId]) => {
    const cost = emptyBatchCost();
    const findings = await liveFindings(t.context, batch, 'summary', cost);
    const related = findings
      .filter((f: Finding) => f.seller_id === sellerId && f.trigger === 'account_association')
      .flatMap((f) => f.related_seller_ids ?? []);
    return { related, alone: cost.clusters.alone };
  };
  /** Two sellers the state holds alone in their clusters. */
  async function twoAlone(from: number): Promise<[string, string]> {
    const found: string[] = [];
    for (const id of sellerIds.slice(from)) {
      if ((await relatedOf(id)).alone === 1) found.push(id);
      if (found.length === 2) return [found[0]!, found[1]!];
    }
    throw new Error('no two sellers alone');
  }

  it('reads no cluster for sellers held alone, and finds what a full re-read finds', async () => {
    expect(await expectSameFindings()).toBe(0);
    const alone = await expectSameFindings();
    expect(alone).toBeGreaterThan(SELLERS / 4);
    expect(alone).toBeLessThan(SELLERS);
  });

  it('a link key arriving for a seller held alone joins the cluster', async () => {
    const [a, b] = await twoAlone(0);
    expect((await relatedOf(a)).related).toEqual([]);
    // A device shared with B: A's link keys gain a holder, the state reads A's cluster again.
    const at = '2026-10-30T11:00:00Z';
    await load(
      'events',
      [a, b].map((seller_id) => JSON.stringify({ seller_id, at, type: 'login', device_id: 'device-joins' })),
    );
    const after = await relatedOf(a);
    expect(after.alone).toBe(0);
    expect(after.related).toContain(b);
    expect(await expectSameFindings([a, b, ...sellerIds.slice(0, BATCH)])).toBeGreaterThan(0);
    // Only B gains the key next time: A, in the cluster now, is not held alone.
    expect((await relatedOf(a)).alone).toBe(0);
  });

  it('a block mate becoming the same person joins; an erasure elsewhere leaves it', async () => {
    type Profile = { seller_id: string; legal_rep?: Record<string, string> };
    const profiles = new Map(
      linesOf('sellers.jsonl').map((line) => {
        const p = JSON.parse(line) as Profile;
        return [p.seller_id, p] as const;
      }),
    );
    const [a, b] = await twoAlone(SELLERS / 2);
    const rep = profiles.get(a)?.legal_rep;
    expect(rep?.date_of_birth).toBeTruthy();
    // B's representative becomes A's (a new block key held by both, and B's profile row).
    await load('sellers', [JSON.stringify({ ...profiles.get(b), legal_rep: rep })]);
    const joined = await relatedOf(a);
    expect(joined.alone).toBe(0);
    expect(joined.related).toContain(b);
    expect(await expectSameFindings([a, b])).toBeGreaterThanOrEqual(0);
    // Another process erases B (its link keys deleted, its profile redacted): A is alone again.
    await t.context.db.transaction((tx) => redactSellerData(tx, [b]));
    expect((await relatedOf(a)).related).not.toContain(b);
    expect(await expectSameFindings([a])).toBeGreaterThanOrEqual(0);
  });
});
