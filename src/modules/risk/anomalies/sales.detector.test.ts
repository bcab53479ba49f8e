import { describe, expect, it } from 'vitest';
import { detectSalesAnomalies } from './sales.detector.js';
import { type SyntheticSeller, seededRandom, synthesizeSales } from './sales.fixtures.js';
import { buildSalesPanel } from './sales.panel.js';

const FIRST = '2025-06-02'; // a Monday
const DAYS = 180;
const day = (d: number) => new Date(Date.UTC(2025, 5, 2 + d)).toISOString().slice(0, 10);

/** A market of ordinary sellers of every size, weekly habit and growth, plus the given ones. */
function market(
  extra: SyntheticSeller[],
  options: { lift?: (d: number) => number; seed?: number; normal?: number } = {},
) {
  const rand = seededRandom(options.seed ?? 9);
  const sellers: SyntheticSeller[] = [];
  const sizes = [0.1, 0.4, 2, 10, 60, 250];
  for (let i = 0; i < (options.normal ?? 300); i++) {
    const weekend = [1, 1.5, 0.4][i % 3]!;
    sellers.push({
      id: `N${i}`,
      base: sizes[i % sizes.length]! * Math.exp(rand() - 0.5),
      weekly: [weekend, 1, 1, 1, 1, 1, weekend],
      growth: rand() * 0.9 - 0.2,
      sensitivity: 0.5 + rand(),
    });
  }
  const rows = synthesizeSales(
    { firstDate: FIRST, days: DAYS, lift: options.lift },
    [...sellers, ...extra],
    4,
  );
  return buildSalesPanel(rows, { from: FIRST, to: day(DAYS) });
}

const evidence = (f: { evidence: Record<string, unknown> }) =>
  f.evidence as {
    kind: string;
    window: { from: string; to: string };
    expected: { orders: number };
    observed: { orders: number };
    ratio: number;
    how_unusual: { p_value: number; surprise: number };
  };

describe('sales_anomaly detector', () => {
  it('finds a spike, with its window, expected against observed, and how unusual it is', () => {
    const panel = market([{ id: 'SPIKE', base: 20, effect: (d) => (d >= 100 && d < 103 ? 5 : 1) }]);
    const findings = detectSalesAnomalies({ sellerSeries: panel });
    expect(findings.map((f) => f.seller_id)).toEqual(['SPIKE']);
    const [f] = findings;
    const e = evidence(f!);
    expect(f!.trigger).toBe('sales_anomaly');
    expect(e.kind).toBe('spike');
    expect(e.window.from >= day(100) && e.window.to <= day(102)).toBe(true);
    expect(e.observed.orders).toBeGreaterThan(3 * e.expected.orders);
    expect(e.how_unusual.p_value).toBeLessThan(1e-6);
    expect(f!.score).toBeGreaterThan(0.6);
    expect(f!.summary).toMatch(
      /^Your orders from \d+ Sep 2025 to \d+ Sep 2025 were \d+, about [\d.]+ times the \d+ expected/,
    );
  });

  it('finds a collapse', () => {
    const panel = market([{ id: 'DROP', base: 30, effect: (d) => (d >= 120 && d < 130 ? 0.05 : 1) }]);
    const [f, ...others] = detectSalesAnomalies({ sellerSeries: panel });
    expect(others).toEqual([]);
    expect(f!.seller_id).toBe('DROP');
    expect(evidence(f!).kind).toBe('collapse');
    expect(evidence(f!).ratio).toBeLessThan(0.3);
  });

  it('calls a lasting change a level shift, dated from its start', () => {
    const panel = market([{ id: 'SHIFT', base: 25, effect: (d) => (d >= 110 ? 3 : 1) }]);
    const [f, ...others] = detectSalesAnomalies({ sellerSeries: panel });
    expect(others).toEqual([]);
    expect(evidence(f!).kind).toBe('level_shift');
    expect(evidence(f!).window.from >= day(110)).toBe(true);
    expect(f!.summary).toMatch(
      /^Since \d+ (Sep|Oct) 2025 your daily orders have stayed at about [\d.]+ times your usual level/,
    );
  });

  it('finds a dormant account waking with large volume', () => {
    const panel = market([{ id: 'WAKE', base: 40, effect: (d) => (d >= 140 ? 1 : 0) }]);
    const [f, ...others] = detectSalesAnomalies({ sellerSeries: panel });
    expect(others).toEqual([]);
    expect(evidence(f!).kind).toBe('dormant_wake');
    expect(f!.severity).toBe('high');
    expect(f!.summary).toMatch(/^After 140 days without sales, your account received \d+ orders/);
  });

  it('does not flag holiday peaks that lift the whole market, however much each seller follows them', () => {
    const lift = (d: number) => (d >= 150 && d < 157 ? 3 : d >= 90 && d < 92 ? 2 : 1);
    const panel = market([{ id: 'SPIKE', base: 20, effect: (d) => (d >= 60 && d < 63 ? 5 : 1) }], {
      lift,
      normal: 600,
    });
    expect(detectSalesAnomalies({ sellerSeries: panel }).map((f) => f.seller_id)).toEqual(['SPIKE']);
  });

  it('still flags a seller whose peak is far beyond the market peak', () => {
    const lift = (d: number) => (d >= 150 && d < 157 ? 3 : 1);
    const panel = market([{ id: 'OVER', base: 20, effect: (d) => (d >= 151 && d < 154 ? 6 : 1) }], { lift });
    const findings = detectSalesAnomalies({ sellerSeries: panel });
    expect(findings.map((f) => f.seller_id)).toEqual(['OVER']);
    expect(findings[0]!.summary).toContain('even allowing for the busier market at the time');
  });

  it("does not let a big seller's own spike pass for a market move, in a small market", () => {
    const sellers: SyntheticSeller[] = [
      { id: 'BIG', base: 200, effect: (d) => (d >= 120 && d < 124 ? 4 : 1) },
      { id: 'A', base: 20 },
      { id: 'B', base: 5 },
    ];
    const panel = buildSalesPanel(synthesizeSales({ firstDate: FIRST, days: DAYS }, sellers, 8));
    expect(detectSalesAnomalies({ sellerSeries: panel }).map((f) => f.seller_id)).toEqual(['BIG']);
    const alone = buildSalesPanel(
      synthesizeSales({ firstDate: FIRST, days: DAYS }, [{ id: 'ALONE', base: 12 }], 8),
    );
    expect(detectSalesAnomalies({ sellerSeries: alone })).toEqual([]);
  });

  it('accepts weekly seasonality, slow growth and the noise of sparse, mostly-zero sellers', () => {
    const rand = seededRandom(21);
    const quiet: SyntheticSeller[] = Array.from({ length: 400 }, (_, i) => ({
      id: `Q${i}`,
      base: 0.05 + rand() * 0.6,
      weekly: i % 2 ? [0.2, 1.3, 1.3, 1.3, 1.3, 1.3, 0.2] : undefined,
      growth: i % 3 ? 0.9 : -0.3,
    }));
    const panel = market([...quiet, { id: 'WEEKDAYS', base: 40, weekly: [0, 1.4, 1.4, 1.4, 1.4, 1.4, 0] }]);
    expect(detectSalesAnomalies({ sellerSeries: panel })).toEqual([]);
  });

  it('reads nothing after asOf: later sales change no finding up to it', () => {
    const spike = { id: 'SPIKE', base: 20, effect: (d: number) => (d >= 100 && d < 103 ? 5 : 1) };
    const asOf = new Date(`${day(110)}T00:00:00Z`);
    const early = detectSalesAnomalies({ sellerSeries: market([spike]), asOf });
    const laterChanged = market([
      { ...spike, effect: (d: number) => (d >= 100 && d < 103 ? 5 : d >= 110 ? 0 : 1) },
    ]);
    expect(detectSalesAnomalies({ sellerSeries: laterChanged, asOf })).toEqual(early);
    expect(early.map((f) => f.seller_id)).toEqual(['SPIKE']);
    const before = detectSalesAnomalies({
      sellerSeries: market([spike]),
      asOf: new Date(`${day(100)}T00:00:00Z`),
    });
    expect(before).toEqual([]);
  });

  it('does not judge a new account while it ramps up from its creation day', () => {
    const ramp = { id: 'NEW', base: 30, effect: (d: number) => (d < 120 ? 0 : Math.min(1, (d - 119) / 20)) };
    const panel = market([ramp]);
    expect(detectSalesAnomalies({ sellerSeries: panel, createdOn: new Map([['NEW', day(120)]]) })).toEqual(
      [],
    );
    expect(evidence(detectSalesAnomalies({ sellerSeries: panel })[0]!).kind).toBe('dormant_wake');
  });

  it('flags a jump in the value of each order even when the number of orders is normal', () => {
    const rand = seededRandom(5);
    const rows = synthesizeSales(
      { firstDate: FIRST, days: DAYS },
      [{ id: 'AOV', base: 15, averageOrder: 30 }],
      2,
    ).map((r) => {
      const d = (Date.parse(r.date) - Date.parse(FIRST)) / 86_400_000;
      return d >= 130 && d < 137 ? { ...r, revenue: r.revenue * (8 + rand()) } : r;
    });
    const panel = buildSalesPanel(rows, { from: FIRST, to: day(DAYS) });
    const [f] = detectSalesAnomalies({ sellerSeries: panel });
    expect(f!.evidence.measure).toBe('average_order_value');
    expect(f!.summary).toMatch(
      /^Your average order value (on|from) .* was \d+, against about \d+ usually\.$/,
    );
  });
  it('judges each seller only up to its last day received: days not yet arrived are not zeros', () => {
    // LATE's feed stops on day 170: the panel reads the days after as zeros, a collapse.
    const panel = market([{ id: 'LATE', base: 30, effect: (d) => (d >= 170 ? 0 : 1) }]);
    const unaware = detectSalesAnomalies({ sellerSeries: panel });
    expect(unaware.map((f) => [f.seller_id, evidence(f).kind])).toEqual([['LATE', 'collapse']]);
    expect(unaware[0]!.evidence.judged_through).toBe(day(DAYS - 1));
    const through = new Map(panel.sellerIds.map((id) => [id, day(169)]));
    expect(detectSalesAnomalies({ sellerSeries: panel, judgedThrough: through })).toEqual([]);
    // A seller without any sales received is not judged at all.
    const spiking = market([{ id: 'SPIKE', base: 20, effect: (d) => (d >= 100 && d < 103 ? 5 : 1) }]);
    const onlyOthers = new Map(spiking.sellerIds.filter((id) => id !== 'SPIKE').map((id) => [id, day(179)]));
    expect(detectSalesAnomalies({ sellerSeries: spiking, judgedThrough: onlyOthers })).toEqual([]);
    const [found] = detectSalesAnomalies({
      sellerSeries: spiking,
      judgedThrough: new Map([...onlyOthers, ['SPIKE', day(120)]]),
    });
    expect(found!.seller_id).toBe('SPIKE');
    expect(found!.evidence.judged_through).toBe(day(120));
  });
});
