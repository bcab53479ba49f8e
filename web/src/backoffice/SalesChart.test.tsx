import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseReason } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { EvidencePanel } from './EvidencePanel';
import { chartRange, everyDay } from './SalesChart';

const reason: CaseReason = {
  trigger: 'sales_anomaly',
  added_at: '2026-11-05T00:00:00.000Z',
  severity: 'high',
  score: 0.97,
  summary: 'Your orders from 2 Nov 2026 to 3 Nov 2026 were 80, about 20 times the 4 expected.',
  text: {
    en: 'Your orders from 2 Nov 2026 to 3 Nov 2026 were 80, about 20 times the 4 expected.',
    zh: '您的销售出现异常变化。',
  },
  evidence: {
    kind: 'spike',
    measure: 'orders',
    window: { from: '2026-11-02', to: '2026-11-03', days: 2 },
    expected: { orders: 4, revenue: 160 },
    observed: { orders: 80, revenue: 3200 },
    baseline_daily_orders: 2,
    direction: 'up',
    episode: { from: '2026-11-02', to: '2026-11-03' },
    recent_ratio: null,
    ratio: 20,
    how_unusual: { p_value: 1e-12, tests: 4, surprise: 11.4, meaning: 'chance under the seller model' },
    market_index: { mean: 1, peak: 1.1 },
    quiet_days_before: 0,
    history_days: 300,
    other_episodes: 0,
  },
};

describe('sales chart', () => {
  it('asks for the days around the window and draws them with the window and the usual level', async () => {
    const sellerSales = vi.fn(async (_seller: string, from: string, to: string) => ({
      seller_id: 'S000031',
      from,
      to,
      data: [
        { date: '2026-11-01', orders: 2, revenue: 80 },
        { date: '2026-11-02', orders: 40, revenue: 1600 },
        { date: '2026-11-03', orders: 40, revenue: 1600 },
      ],
    }));
    await renderWith(<EvidencePanel reason={reason} seller="S000031" />, { api: fakeApi({ sellerSales }) });
    const chart = await screen.findByRole('img', { name: /unusual window 2026-11-02 to 2026-11-03/ });
    expect(sellerSales).toHaveBeenCalledWith('S000031', '2026-09-03', '2026-11-17');
    expect(chart.getAttribute('aria-label')).toContain('highest day 40 orders');
    expect(screen.getByTestId('anomaly-window')).toBeTruthy();
    expect(screen.getByTestId('baseline')).toBeTruthy();
    expect(screen.getByText(/usual daily orders \(2\)/)).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('says so in Chinese when nothing was reported', async () => {
    await renderWith(<EvidencePanel reason={reason} seller="S000031" />, {
      lang: 'zh',
      api: fakeApi({
        sellerSales: vi.fn(async (_s: string, from: string, to: string) => ({
          seller_id: 'S000031',
          from,
          to,
          data: [],
        })),
      }),
    });
    expect(await screen.findByText('此期间没有上报的销售。')).toBeTruthy();
  });

  it('fills the days without a row with 0', async () => {
    expect(chartRange('2026-03-01', '2026-03-02')).toEqual({ from: '2025-12-31', to: '2026-03-16' });
    const days = everyDay({
      seller_id: 'S',
      from: '2026-11-01',
      to: '2026-11-03',
      data: [{ date: '2026-11-02', orders: 5, revenue: 10 }],
    });
    expect(days.map((d) => d.orders)).toEqual([0, 5, 0]);
  });
});
