import { describe, expect, it } from 'vitest';
import { detectSalesAnomalies } from './sales.detector.js';
import { seededRandom, synthesizeSales } from './sales.fixtures.js';
import { buildSalesPanel, type DailySales } from './sales.panel.js';

describe('daily sales panel taken as it comes', () => {
  it('adds up repeats in any order, fills absent days with zeros, skips unreadable dates, zeroes bad amounts', () => {
    const rows: DailySales[] = [
      { seller_id: 'A', date: '2025-01-03', orders: 2, revenue: 20 },
      { seller_id: 'A', date: '2025-01-01', orders: 1, revenue: 10 },
      { seller_id: 'A', date: '2025-01-03', orders: 3, revenue: 30 },
      { seller_id: 'A', date: 'not a day', orders: 9, revenue: 90 },
      { seller_id: 'B', date: '2025-01-02', orders: Number.NaN, revenue: -5 },
      { seller_id: 'B', date: '2025-01-04', orders: 4, revenue: 40 },
    ];
    const panel = buildSalesPanel(rows);
    expect(panel.firstDate).toBe('2025-01-01');
    expect(panel.days).toBe(4);
    expect(Array.from(panel.orders)).toEqual([1, 0, 5, 0, 0, 0, 0, 4]);
    expect(Array.from(panel.revenue)).toEqual([10, 0, 50, 0, 0, 0, 0, 40]);
    expect(panel.warnings).toEqual([
      '1 row(s) with an unreadable date skipped',
      '1 row(s) with a missing, negative or non-numeric amount counted as zero',
      '1 repeated seller-day row(s) added up',
    ]);
  });

  it('reads a non-finite or negative cell of a given panel as a day without sales', () => {
    const sellers = [
      { id: 'SPIKE', base: 20, effect: (d: number) => (d >= 90 && d < 93 ? 6 : 1) },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `S${i}`, base: 5 + i })),
    ];
    const rows = synthesizeSales({ firstDate: '2025-06-02', days: 120 }, sellers, 3);
    const panel = buildSalesPanel(rows);
    const zeroed = { ...panel, orders: panel.orders.slice(), revenue: panel.revenue.slice() };
    const broken = { ...panel, orders: panel.orders.slice(), revenue: panel.revenue.slice() };
    const rand = seededRandom(4);
    const spikeRow = panel.sellerIds.indexOf('SPIKE') * panel.days;
    for (let k = 0; k < 60; k++) {
      // Ten bad cells in the spiking seller's history before its spike, the rest anywhere.
      const at = k < 10 ? spikeRow + 40 + 4 * k : Math.floor(rand() * panel.orders.length);
      zeroed.orders[at] = 0;
      zeroed.revenue[at] = 0;
      broken.orders[at] = k % 2 ? Number.NaN : -1;
      broken.revenue[at] = Number.NaN;
    }
    const expected = detectSalesAnomalies({ sellerSeries: zeroed });
    const found = detectSalesAnomalies({ sellerSeries: broken });
    expect(expected.map((f) => f.seller_id)).toContain('SPIKE');
    expect(found).toEqual(expected);
    expect(found.every((f) => Number.isFinite(f.score))).toBe(true);
  });
});
