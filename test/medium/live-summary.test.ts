import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Finding, findSellerSummaries } from '../../src/modules/risk/index.js';
import { type FeedKind, findEventsArrivedSince } from '../../src/modules/sellers/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { liveFindings } from '../../src/workflows/reevaluate.findings.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importFeedLines } from '../support/feed.js';

// Re-evaluation from each seller's summary (and the events since its mark) against a full
// recompute from the seller's whole history, seller for seller, on generated feeds (clean and
// dirty), with the events arriving in two parts, the second out of order.
const ROOT = resolve(import.meta.dirname, '../..');
const SELLERS = 240;
const generate = (out: string, ...flags: string[]) =>
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'bin/secondlook.mjs'),
      'generate',
      '--sellers',
      String(SELLERS),
      '--seed',
      '5',
      '--out',
      out,
      ...flags,
    ],
    { stdio: 'ignore' },
  );

const bySeller = (findings: Finding[]) => {
  const map = new Map<string, string[]>();
  for (const finding of findings)
    map.set(finding.seller_id, [...(map.get(finding.seller_id) ?? []), JSON.stringify(finding)]);
  return map;
};

/** Every 7th event (and the last fifth) held back, the held-back ones sent newest first. */
function splitEvents(lines: string[]) {
  const first: string[] = [];
  const later: string[] = [];
  for (const [i, line] of lines.entries()) (i % 7 === 3 || i > lines.length * 0.8 ? later : first).push(line);
  return { first, later: later.reverse() };
}

describe.each([
  ['clean', [] as string[]],
  ['dirty', ['--dirty']],
])('live re-evaluation from the summary, %s feed', { timeout: 300_000 }, (_name, flags) => {
  const dir = mkdtempSync(join(tmpdir(), 'secondlook-live-summary-'));
  let t: TestApp;
  let sellerIds: string[];
  let events: { first: string[]; later: string[] };

  const load = (kind: FeedKind, lines: string[]) => importFeedLines(t.context, kind, lines);
  const linesOf = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);

  beforeAll(async () => {
    // The stored summary's path: a worker's scan state keeps its own (live-state.test.ts).
    process.env.SECONDLOOK_LIVE_STATE = '0';
    generate(dir, ...flags);
    // The day after the feed's last sales day: the live path judges as of the next midnight.
    t = await startTestApp({ clock: fixedClock(new Date('2026-10-31T12:00:00Z')) });
    for (const kind of ['sellers', 'documents', 'sales'] as const)
      await load(kind, linesOf(kind === 'sales' ? 'sales.csv' : `${kind}.jsonl`));
    sellerIds = linesOf('sellers.jsonl').flatMap((line) => {
      try {
        const id = (JSON.parse(line) as { seller_id?: unknown }).seller_id;
        return typeof id === 'string' ? [id] : [];
      } catch {
        return [];
      }
    });
    events = splitEvents(linesOf('events.jsonl'));
    await load('events', events.first);
  });
  afterAll(async () => {
    delete process.env.SECONDLOOK_LIVE_STATE;
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const eventsOf = async (ids: string[]) => {
    const { rows } = (await t.context.db.execute(
      sql`select count(*)::int as n from seller_events where seller_id = any(${sql.param(ids)}::text[])`,
    )) as unknown as { rows: { n: number }[] };
    return rows[0]?.n ?? 0;
  };

  /** Both ways, 60 sellers at a time (each with its neighbours), compared seller for seller. */
  async function expectSameFindings() {
    let compared = 0;
    for (let i = 0; i < sellerIds.length; i += 60) {
      const batch = sellerIds.slice(i, i + 60);
      const full = bySeller(await liveFindings(t.context, batch, 'history'));
      const summary = bySeller(await liveFindings(t.context, batch, 'summary'));
      expect([...summary.keys()].sort()).toEqual([...full.keys()].sort());
      for (const [sellerId, findings] of full) expect(summary.get(sellerId), sellerId).toEqual(findings);
      compared += full.size;
    }
    return compared;
  }

  it('finds what a full recompute finds, then reads only the events that arrived since', async () => {
    expect(await expectSameFindings()).toBeGreaterThan(5);
    const stored = await findSellerSummaries(t.context.db, sellerIds);
    expect(stored.size).toBeGreaterThan(SELLERS * 0.9);
    const marks = [...stored].map(([sellerId, s]) => ({ sellerId, through: s.through }));
    // Nothing new: the summaries' marks reach no event.
    expect((await findEventsArrivedSince(t.context.db, marks)).events).toEqual([]);

    // The rest arrives, out of order (older events after newer ones, newest first).
    const before = await eventsOf(marks.map((m) => m.sellerId));
    const written = await load('events', events.later);
    expect(written.written).toBeGreaterThan(0);
    const since = await findEventsArrivedSince(t.context.db, marks);
    expect(since.events.length).toBe((await eventsOf(marks.map((m) => m.sellerId))) - before);
    expect(since.events.length).toBeGreaterThan(written.written * 0.9);
    expect(await expectSameFindings()).toBeGreaterThan(5);
    // The summaries took them in: their new marks reach no event again.
    const after = await findSellerSummaries(t.context.db, sellerIds);
    const newMarks = [...after].map(([sellerId, s]) => ({ sellerId, through: s.through }));
    expect((await findEventsArrivedSince(t.context.db, newMarks)).events).toEqual([]);
  });
});
