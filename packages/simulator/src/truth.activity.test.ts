import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressOf, type EventLine, type GeneratedFeed, generateFeed } from './simulation.test-support.js';

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('truth.json against the activity in the feed', () => {
  let feed: GeneratedFeed;
  let windowStart: string;
  let asOf: string;
  const eventsOf = (id: string): EventLine[] => feed.events.get(id) ?? [];
  const loginsIn = (id: string, from: string, to: string) =>
    eventsOf(id).filter((e) => e.type === 'login' && e.at.slice(0, 10) >= from && e.at.slice(0, 10) <= to);

  beforeAll(async () => {
    feed = await generateFeed(1500, 8);
    windowStart = feed.truth.generator.window.start;
    asOf = feed.truth.generator.as_of;
  });
  afterAll(async () => {
    await rm(feed.dir, { recursive: true, force: true });
  });

  it('plants registration mismatches as sustained operation from the operating country', () => {
    for (const m of feed.truth.positives.registration_mismatch) {
      expect(daysBetween(m.start, m.end)).toBeGreaterThanOrEqual(41);
      const logins = loginsIn(m.seller_id, m.start, m.end);
      expect(logins.length).toBeGreaterThanOrEqual(15);
      const share = logins.filter((e) => e.ip_country === m.operating_country).length / logins.length;
      expect(share, m.seller_id).toBeGreaterThanOrEqual(0.6);
      expect(m.registered_country).toBe(addressOf(feed.sellers.get(m.seller_id)!)?.country);
      const own = eventsOf(m.seller_id).filter(
        (e) =>
          e.type === 'shipment' &&
          (e.ship_from as { type: string }).type === 'seller' &&
          e.at.slice(0, 10) >= m.start &&
          e.at.slice(0, 10) <= m.end,
      );
      const fromThere = own.filter(
        (e) => (e.ship_from as { country: string }).country === m.operating_country,
      );
      if (own.length >= 5) expect(fromThere.length / own.length, m.seller_id).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('keeps every other seller mostly at home, travellers abroad only for their trip', () => {
    const positives = new Set(feed.truth.positives.registration_mismatch.map((m) => m.seller_id));
    const trips = new Map(
      feed.truth.hard_negatives.registration_mismatch.travel.map((t) => [t.seller_id, t]),
    );
    for (const [id, seller] of feed.sellers) {
      if (positives.has(id)) continue;
      const home = addressOf(seller)?.country;
      const logins = loginsIn(id, windowStart, asOf);
      const foreign = logins.filter((e) => e.ip_country !== home);
      if (logins.length >= 5) expect(foreign.length / logins.length, id).toBeLessThan(0.4);
      const trip = trips.get(id);
      if (trip)
        // Trip dates are local; login times are UTC, so a login can fall a day either side.
        for (const e of foreign.filter((e) => e.ip_country === trip.country))
          expect(
            e.at.slice(0, 10) >= addDays(trip.start, -1) && e.at.slice(0, 10) <= addDays(trip.end, 1),
            `${id} ${e.at}`,
          ).toBe(true);
    }
    const cross = feed.truth.hard_negatives.registration_mismatch;
    for (const c of cross.cross_border_bank)
      expect(feed.sellers.get(c.seller_id)?.bank?.country).not.toBe(c.registered_country);
    expect(
      cross.cross_border_bank.some(
        (c) => c.registered_country === 'CN' && ['HK', 'US'].includes(c.bank_country),
      ),
    ).toBe(true);
    expect(cross.marketplace_fulfillment.length).toBeGreaterThan(0);
  });

  it('makes the latest identity check failed or incomplete for exactly the planted sellers', () => {
    const planted = new Map(feed.truth.positives.identity_verification.map((p) => [p.seller_id, p]));
    for (const id of feed.sellers.keys()) {
      const checks = eventsOf(id)
        .filter((e) => e.type === 'identity_check')
        .sort((a, b) => a.at.localeCompare(b.at));
      const latest = checks[checks.length - 1];
      const expected = planted.get(id);
      expect(latest?.result, id).toBe(expected ? expected.result : 'passed');
      if (expected) expect(latest?.at).toBe(expected.at);
    }
    const cleared = feed.truth.hard_negatives.identity_verification.cleared_failure;
    for (const c of cleared) expect(c.failed_at < c.passed_at).toBe(true);
    const outOfOrder = cleared.find((c) => c.is_written_out_of_order);
    expect(outOfOrder).toBeDefined();
    const written = eventsOf(outOfOrder?.seller_id ?? '').filter((e) => e.type === 'identity_check');
    expect(written.findIndex((e) => e.at === outOfOrder?.passed_at)).toBeLessThan(
      written.findIndex((e) => e.at === outOfOrder?.failed_at),
    );
  });

  it('leaves a required document absent, rejected or expired for exactly the planted sellers', () => {
    const found = new Map<string, string[]>();
    for (const [id, seller] of feed.sellers) {
      const docs = feed.documents.get(id) ?? [];
      const required: [string, string[]][] = [
        ...(seller.entity_type === 'business'
          ? [['business_license', ['business_license']] as [string, string[]]]
          : []),
        ['government_id', ['government_id']],
        ['proof_of_address', ['utility_bill', 'bank_statement']],
      ];
      const gaps: string[] = [];
      for (const [requirement, types] of required) {
        const candidates = docs.filter((d) => types.includes(d.type));
        const accepted = candidates.filter((d) => d.status === 'accepted');
        if (accepted.some((d) => d.expires_on === null || d.expires_on >= asOf)) continue;
        gaps.push(
          `${requirement}:${accepted.length > 0 ? 'expired' : candidates.length > 0 ? 'rejected' : 'absent'}`,
        );
      }
      if (gaps.length > 0) found.set(id, gaps.sort());
    }
    const planted = new Map(
      feed.truth.positives.missing_documentation.map((p) => [
        p.seller_id,
        p.gaps.map((g) => `${g.requirement}:${g.problem}`).sort(),
      ]),
    );
    expect(found).toEqual(planted);
    for (const e of feed.truth.hard_negatives.missing_documentation.expiring_soon)
      expect(e.expires_on > asOf).toBe(true);
  });

  it('plants sales anomalies that stand out from the seller’s own history', () => {
    const kinds = new Set<string>();
    for (const a of feed.truth.positives.sales_anomaly) {
      kinds.add(a.kind);
      const rows = feed.sales.get(a.seller_id) ?? [];
      const inWindow = rows
        .filter((r) => r.date >= a.start && r.date <= a.end)
        .reduce((n, r) => n + r.orders, 0);
      const observed = inWindow / (daysBetween(a.start, a.end) + 1);
      expect(observed).toBeCloseTo(a.observed_daily_orders, 1);
      if (a.kind === 'dormant_wake') {
        expect(rows.filter((r) => r.date < a.start && r.orders > 0)).toEqual([]);
        expect(observed).toBeGreaterThan(10);
      } else if (a.factor > 1) expect(observed / a.expected_daily_orders, a.seller_id).toBeGreaterThan(1.5);
      else expect(observed / a.expected_daily_orders, a.seller_id).toBeLessThan(0.6);
    }
    expect([...kinds].sort()).toEqual(['collapse', 'dormant_wake', 'level_shift', 'spike']);
  });

  it('has no fortnight-to-fortnight jumps in the sales of sellers without a planted anomaly', () => {
    const planted = new Set(feed.truth.positives.sales_anomaly.map((a) => a.seller_id));
    const newSellers = new Set(feed.truth.hard_negatives.sales_anomaly.new_seller_ramp);
    const volatile = new Set(feed.truth.hard_negatives.sales_anomaly.volatile);
    const eventDays = new Set(
      feed.truth.market_events.flatMap((e) => {
        const days: string[] = [];
        for (let d = e.start; d <= e.end; d = addDays(d, 1)) days.push(d);
        return days;
      }),
    );
    const dates = Array.from({ length: feed.truth.generator.days }, (_, i) => addDays(windowStart, i));
    let checked = 0;
    for (const [id, rows] of feed.sales) {
      if (planted.has(id) || newSellers.has(id)) continue;
      const byDate = new Map(rows.map((r) => [r.date, r.orders]));
      if (rows.reduce((n, r) => n + r.orders, 0) / dates.length < 8) continue;
      checked++;
      // Mean orders per fortnight (whole weeks, so the weekly rhythm cancels out); undefined
      // where a market event falls in it.
      const fortnights: (number | undefined)[] = [];
      for (let i = 0; i + 14 <= dates.length; i += 14) {
        const days = dates.slice(i, i + 14);
        fortnights.push(
          days.some((d) => eventDays.has(d))
            ? undefined
            : days.reduce((n, d) => n + (byDate.get(d) ?? 0), 0) / 14,
        );
      }
      // Volatile sellers swing more from day to day, but their level does not move either.
      const [low, high] = volatile.has(id) ? [0.4, 2.5] : [0.5, 2];
      for (let i = 1; i < fortnights.length; i++) {
        const [before, after] = [fortnights[i - 1], fortnights[i]];
        if (before === undefined || after === undefined) continue;
        expect(after / before, `${id} fortnight ${i}`).toBeGreaterThan(low);
        expect(after / before, `${id} fortnight ${i}`).toBeLessThan(high);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('writes zero-heavy series for low-volume sellers and strong weekly rhythms where it says so', () => {
    const days = feed.truth.generator.days;
    const low = feed.truth.hard_negatives.sales_anomaly.low_volume;
    const zeroShares = low.map(
      (id) => 1 - (feed.sales.get(id) ?? []).filter((r) => r.orders > 0).length / days,
    );
    expect(zeroShares.reduce((a, b) => a + b, 0) / zeroShares.length).toBeGreaterThan(0.4);
    const volatile = new Set(feed.truth.hard_negatives.sales_anomaly.volatile);
    let strong = 0;
    for (const id of feed.truth.hard_negatives.sales_anomaly.weekly_seasonality) {
      const rows = feed.sales.get(id) ?? [];
      if (volatile.has(id) || rows.reduce((n, r) => n + r.orders, 0) / days < 15) continue;
      const byWeekday = [0, 0, 0, 0, 0, 0, 0];
      for (const r of rows) byWeekday[new Date(`${r.date}T00:00:00Z`).getUTCDay()]! += r.orders;
      expect(Math.max(...byWeekday) / Math.min(...byWeekday), id).toBeGreaterThan(1.2);
      strong++;
    }
    expect(strong).toBeGreaterThan(5);
  });
});
