import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/modules/risk/index.js';
import type { FeedKind } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { emptyBatchCost, type LiveReach, liveFindings } from '../../src/workflows/reevaluate.findings.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importFeedLines } from '../support/feed.js';

// A batch whose profiles never changed reads only its sellers' association clusters, not their
// two-hop neighbourhood. On a generated store with shared identifiers, its findings must be the
// whole store's for every seller whose finding can move: the batch's sellers (every trigger) and
// the other members of their clusters (association), after events that add no link key (logins
// from new IPs, some shared inside a cluster) and after events that add one (a device shared
// with a seller of another cluster, making chains longer than the two hops reach).
const ROOT = resolve(import.meta.dirname, '../..');
const SELLERS = 400;
const BATCH = 50;

const bySeller = (findings: Finding[]) => {
  const map = new Map<string, string[]>();
  for (const finding of findings)
    map.set(finding.seller_id, [...(map.get(finding.seller_id) ?? []), JSON.stringify(finding)].sort());
  return map;
};

describe('live re-evaluation reading only the clusters', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondlook-live-cluster-'));
  let t: TestApp;
  let sellerIds: string[];

  const load = (kind: FeedKind, lines: string[]) => importFeedLines(t.context, kind, lines);
  const linesOf = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);

  beforeAll(async () => {
    // Profiles read by each reach are compared: every job reads them (a worker's scan state would
    // read the batch's own profiles once; its findings are compared in live-state.test.ts).
    process.env.SECONDLOOK_LIVE_STATE = '0';
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'bin/secondlook.mjs'),
        'generate',
        '--sellers',
        String(SELLERS),
        '--seed',
        '11',
        '--out',
        dir,
      ],
      { stdio: 'ignore' },
    );
    t = await startTestApp({ clock: fixedClock(new Date('2026-10-31T12:00:00Z')) });
    for (const kind of ['sellers', 'documents', 'sales', 'events'] as const)
      await load(kind, linesOf(kind === 'sales' ? 'sales.csv' : `${kind}.jsonl`));
    sellerIds = linesOf('sellers.jsonl').map((line) => (JSON.parse(line) as { seller_id: string }).seller_id);
  });
  afterAll(async () => {
    delete process.env.SECONDLOOK_LIVE_STATE;
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const batches = () => {
    const out: string[][] = [];
    for (let i = 0; i < sellerIds.length; i += BATCH) out.push(sellerIds.slice(i, i + BATCH));
    return out;
  };
  const findingsOf = async (batch: string[], events: 'summary' | 'history', reach: LiveReach) => {
    const cost = emptyBatchCost();
    const findings = bySeller(await liveFindings(t.context, batch, events, cost, reach));
    return { findings, cost };
  };

  const isAssociation = (json: string) => json.includes('"trigger":"account_association"');

  /**
   * Per batch, against the whole store judged at once (every seller changed, so the index holds
   * every account): the cluster read finds, for the batch's sellers, every finding the whole
   * store finds for them, and for the other members of their clusters the association finding,
   * and finds nothing for anyone else. It reads fewer profiles than the two-hop read.
   */
  async function expectSameFindings(events: 'summary' | 'history') {
    const truth = (await findingsOf(sellerIds, 'history', 'neighbourhood')).findings;
    let compared = 0;
    let clusterProfiles = 0;
    let neighbourhoodProfiles = 0;
    for (const batch of batches()) {
      const fast = await findingsOf(batch, events, 'cluster');
      expect(fast.cost.reach).toEqual({ cluster: 1, neighbourhood: 0 });
      const inBatch = new Set(batch);
      const judged = new Set(batch);
      for (const id of batch)
        for (const json of (truth.get(id) ?? []).filter(isAssociation))
          for (const other of (JSON.parse(json) as Finding).related_seller_ids ?? []) judged.add(other);
      for (const sellerId of judged) {
        const expected = (truth.get(sellerId) ?? []).filter(
          (json) => inBatch.has(sellerId) || isAssociation(json),
        );
        expect(fast.findings.get(sellerId) ?? [], sellerId).toEqual(expected);
        compared += expected.length;
      }
      for (const sellerId of fast.findings.keys()) expect(judged, sellerId).toContain(sellerId);
      clusterProfiles += fast.cost.rows.profiles;
      neighbourhoodProfiles += (await findingsOf(batch, events, 'neighbourhood')).cost.rows.profiles;
    }
    expect(clusterProfiles).toBeLessThan(neighbourhoodProfiles);
    return compared;
  }

  const association = (findings: Map<string, string[]>) =>
    [...findings.values()].flat().filter((json) => json.includes('"account_association"'));

  it('finds what the whole store finds, before and after events that add no link key', async () => {
    expect(await expectSameFindings('summary')).toBeGreaterThan(50);
    // A login from a new IP for every seller; the members of a cluster share theirs in pairs.
    const at = '2026-10-30T10:00:00Z';
    const { findings } = await findingsOf(sellerIds, 'summary', 'neighbourhood');
    const clustered = association(findings).map((json) => JSON.parse(json) as Finding);
    expect(clustered.length).toBeGreaterThan(10);
    const lines = sellerIds.map((seller_id, i) => {
      const mate = clustered.find((f) => f.seller_id === seller_id)?.related_seller_ids?.[0];
      const ip = mate
        ? `10.77.${Number([seller_id, mate].sort()[0]!.replace(/\D/g, '')) % 250}.9`
        : `10.78.${i % 250}.${i % 200}`;
      return JSON.stringify({ seller_id, at, type: 'login', ip, ip_country: 'GB' });
    });
    await load('events', lines);
    expect(await expectSameFindings('summary')).toBeGreaterThan(50);
    expect(await expectSameFindings('history')).toBeGreaterThan(50);
  });

  it('finds what the whole store finds after events that link two clusters', async () => {
    const { findings } = await findingsOf(sellerIds, 'summary', 'neighbourhood');
    const clustered = [
      ...new Set(association(findings).map((json) => (JSON.parse(json) as Finding).seller_id)),
    ];
    // A device shared by a clustered seller and a seller of the next batch (another cluster or none).
    const at = '2026-10-30T11:00:00Z';
    const lines = clustered.slice(0, 12).flatMap((seller_id, i) => {
      const other = sellerIds[(sellerIds.indexOf(seller_id) + BATCH + 7) % sellerIds.length]!;
      const device_id = `device-linking-${i}`;
      return [seller_id, other].map((id) => JSON.stringify({ seller_id: id, at, type: 'login', device_id }));
    });
    await load('events', lines);
    expect(await expectSameFindings('summary')).toBeGreaterThan(50);
  });

  it('reads the two-hop neighbourhood when a profile of the batch changed', async () => {
    const [first] = linesOf('sellers.jsonl');
    const changed = JSON.parse(first!) as { seller_id: string; contact?: { phone?: string } };
    await load('sellers', [
      JSON.stringify({ ...changed, contact: { ...changed.contact, phone: '+44 20 7946 0999' } }),
    ]);
    const batch = sellerIds.slice(0, BATCH);
    expect(batch).toContain(changed.seller_id);
    expect((await findingsOf(batch, 'summary', 'auto')).cost.reach).toEqual({ cluster: 0, neighbourhood: 1 });
    expect((await findingsOf(sellerIds.slice(BATCH, 2 * BATCH), 'summary', 'auto')).cost.reach).toEqual({
      cluster: 1,
      neighbourhood: 0,
    });
  });
  it('compares a block mate whose representative changed with its new profile, not a kept one', async () => {
    type Profile = { seller_id: string; legal_rep?: Record<string, string> };
    const profiles = linesOf('sellers.jsonl').map((line) => JSON.parse(line) as Profile);
    const batch = sellerIds.slice(2 * BATCH, 3 * BATCH);
    const a = profiles.find((p) => batch.includes(p.seller_id) && p.legal_rep?.date_of_birth)!;
    const b = profiles.find(
      (p) => !batch.includes(p.seller_id) && p.seller_id !== sellerIds[0] && p.legal_rep,
    )!;
    const related = async () => {
      const { findings, cost } = await findingsOf(batch, 'summary', 'cluster');
      expect(cost.reach.cluster).toBe(1);
      return association(findings)
        .map((json) => JSON.parse(json) as Finding)
        .filter((f) => f.seller_id === a.seller_id)
        .flatMap((f) => f.related_seller_ids ?? []);
    };
    // B shares A's date of birth (a block) under another name: compared, not one person, kept.
    const other = { ...b.legal_rep, full_name: 'Quentin Zzyzx', date_of_birth: a.legal_rep!.date_of_birth! };
    await load('sellers', [JSON.stringify({ ...b, legal_rep: other })]);
    expect(await related()).not.toContain(b.seller_id);
    // Then B's representative becomes A's: the new profile hash is read, the two are one person.
    await load('sellers', [JSON.stringify({ ...b, legal_rep: a.legal_rep })]);
    expect(await related()).toContain(b.seller_id);
  });
});
