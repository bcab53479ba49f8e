import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMarketplace } from './index.js';
import { type GeneratedFeed, generateFeed } from './simulation.test-support.js';
import { PLANTED_TRIGGERS } from './truth.js';

const lines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

describe('writeMarketplace', () => {
  let feed: GeneratedFeed;
  let again: GeneratedFeed;
  let other: GeneratedFeed;

  beforeAll(async () => {
    [feed, again, other] = await Promise.all([
      generateFeed(400, 11),
      generateFeed(400, 11),
      generateFeed(400, 12),
    ]);
  });
  afterAll(async () => {
    await Promise.all([feed, again, other].map((f) => rm(f.dir, { recursive: true, force: true })));
  });

  it('writes byte-identical files for the same seed', () => {
    expect(again.text).toEqual(feed.text);
  });

  it('writes different files for a different seed', () => {
    expect(other.text.sellers).not.toEqual(feed.text.sellers);
    expect(other.text.sales).not.toEqual(feed.text.sales);
    expect(other.text.truth).not.toEqual(feed.text.truth);
  });

  it('keeps activity inside the window, so a scan infers the same as-of date', () => {
    const { window, as_of } = feed.truth.generator;
    const eventDates = lines(feed.text.events).map((l) => (JSON.parse(l) as { at: string }).at.slice(0, 10));
    const saleDates = [...feed.sales.values()].flat().map((r) => r.date);
    expect(eventDates.filter((d) => d >= as_of)).toEqual([]);
    expect(saleDates.filter((d) => d < window.start || d > window.end)).toEqual([]);
    expect([...eventDates, ...saleDates].sort().pop()).toBe(window.end);
  });

  it('has nothing happen before an account was created', () => {
    const created = new Map(
      lines(feed.text.sellers)
        .map((l) => JSON.parse(l) as { seller_id: string; created_at: string })
        .map((s) => [s.seller_id, s.created_at]),
    );
    const early = lines(feed.text.events)
      .map((l) => JSON.parse(l) as { seller_id: string; at: string })
      .filter((e) => e.at < (created.get(e.seller_id) ?? ''));
    expect(early).toEqual([]);
  });

  it('reports the number of lines it wrote', () => {
    expect(feed.summary.files).toEqual({
      sellers: lines(feed.text.sellers).length,
      events: lines(feed.text.events).length,
      sales: lines(feed.text.sales).length - 1,
      documents: lines(feed.text.documents).length,
    });
    expect(feed.sellers.size).toBe(400);
  });

  it('keeps events modest: 10 to 40 per seller on average', () => {
    const perSeller = feed.summary.files.events / 400;
    expect(perSeller).toBeGreaterThan(10);
    expect(perSeller).toBeLessThan(40);
  });

  it('plants every trigger at a few percent of sellers', () => {
    for (const trigger of PLANTED_TRIGGERS) {
      expect(feed.truth.summary.planted[trigger], trigger).toBeGreaterThanOrEqual(8);
      expect(feed.truth.summary.planted[trigger], trigger).toBeLessThanOrEqual(24);
    }
    expect(feed.truth.positives.account_association.length).toBe(feed.truth.summary.clusters);
  });

  it('plants every kind of hard negative', () => {
    for (const [name, count] of Object.entries(feed.truth.summary.hard_negatives))
      expect(count, name).toBeGreaterThan(0);
  });

  it('never lists a seller as a hard negative for a trigger it is planted for', () => {
    const positives: Record<string, Set<string>> = {
      registration_mismatch: new Set(feed.truth.positives.registration_mismatch.map((p) => p.seller_id)),
      account_association: new Set(feed.truth.positives.account_association.flatMap((c) => c.seller_ids)),
      sales_anomaly: new Set(feed.truth.positives.sales_anomaly.map((p) => p.seller_id)),
      identity_verification: new Set(feed.truth.positives.identity_verification.map((p) => p.seller_id)),
      missing_documentation: new Set(feed.truth.positives.missing_documentation.map((p) => p.seller_id)),
    };
    for (const [trigger, lists] of Object.entries(feed.truth.hard_negatives)) {
      const ids = Object.values(lists as Record<string, unknown[]>).flatMap((list) =>
        list.flatMap((item) =>
          typeof item === 'string'
            ? [item]
            : ((item as { seller_ids?: string[]; seller_id?: string }).seller_ids ?? [
                (item as { seller_id: string }).seller_id,
              ]),
        ),
      );
      expect(
        ids.filter((id) => positives[trigger]?.has(id)),
        trigger,
      ).toEqual([]);
    }
  });

  it('rejects options it cannot honour', async () => {
    await expect(writeMarketplace({ sellers: 0, seed: 1, out: feed.dir })).rejects.toThrow(/sellers/);
    await expect(writeMarketplace({ sellers: 10, seed: 1, out: feed.dir, days: 10 })).rejects.toThrow(/days/);
    await expect(
      writeMarketplace({ sellers: 10, seed: 1, out: feed.dir, asOf: '2026-02-30' }),
    ).rejects.toThrow(/date/);
  });
});

describe('market-wide events', () => {
  it('lifts every seller on the holidays inside the window', async () => {
    const feed = await generateFeed(300, 5, { asOf: '2027-01-10' });
    const names = feed.truth.market_events.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['singles_day', 'black_friday_cyber_monday', 'christmas_shopping']),
    );
    const ordersOn = (date: string) =>
      [...feed.sales.values()].flat().reduce((sum, row) => (row.date === date ? sum + row.orders : sum), 0);
    const blackFriday = feed.truth.market_events.find((e) => e.name === 'black_friday_cyber_monday');
    expect(blackFriday?.start).toBe('2026-11-27');
    // The Friday before is an ordinary day of the same weekday.
    expect(ordersOn('2026-11-27') / ordersOn('2026-11-20')).toBeGreaterThan(1.8);
    await rm(feed.dir, { recursive: true, force: true });
  });
});
