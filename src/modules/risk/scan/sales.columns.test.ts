import { describe, expect, it } from 'vitest';
import { dayNumber } from '../anomalies/index.js';
import { SalesColumns } from './sales.columns.js';

describe('SalesColumns', () => {
  it('lays every row out on the panel across chunks of growing size, a day sent again replacing it', () => {
    const columns = new SalesColumns();
    const sellers = 700;
    const days = 300; // 210,000 rows: chunks of 1,024, 2,048 … 65,536 rows
    const first = dayNumber('2026-01-01');
    for (let s = 0; s < sellers; s++)
      for (let d = 0; d < days; d++) columns.addDay(s, first + d, s + d, (s + d) * 2);
    columns.add(3, '2026-01-02', 999, 1);
    expect(columns.rows).toBe(sellers * days + 1);
    const ids = Array.from({ length: sellers }, (_, s) => `S${s}`);
    const panel = columns.toPanel(ids, '2026-01-01', '2026-10-28');
    expect(panel.days).toBe(days);
    for (const s of [0, 1, 3, 350, 699])
      for (const d of [0, 1, 150, 299]) {
        const expected = s === 3 && d === 1 ? 999 : s + d;
        expect(panel.orders[s * days + d]).toBe(expected);
      }
    expect(panel.revenue[699 * days + 299]).toBe((699 + 299) * 2);
    expect(columns.earliestDay).toBe(first);
    expect(columns.latestDay).toBe(first + days - 1);
  });

  it('leaves days outside the window and days without a row at zero', () => {
    const columns = new SalesColumns();
    columns.add(0, '2025-12-31', 5, 5);
    columns.add(0, '2026-01-03', 7, 7);
    const panel = columns.toPanel(['A'], '2026-01-01', '2026-01-05');
    expect([...panel.orders]).toEqual([0, 0, 7, 0]);
  });
});
