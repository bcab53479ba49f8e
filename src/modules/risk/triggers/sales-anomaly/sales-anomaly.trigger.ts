import { z } from 'zod';
import { dateOfDay, detectSalesAnomalies } from '../../anomalies/index.js';
import type { ScanInput } from '../../scan/scan.input.js';
import { defineTrigger, evidenceOf, type MarketScanOptions } from '../trigger.definition.js';

/** How much sales history the anomaly detector reads before the scan date. */
export const SALES_HISTORY_DAYS = 365;

const Period = z.object({ from: z.string(), to: z.string() });

const SalesAnomalyEvidence = evidenceOf({
  kind: z.enum(['spike', 'collapse', 'level_shift', 'dormant_wake']),
  measure: z.string(),
  direction: z.enum(['up', 'down']),
  window: Period.extend({ days: z.number() }),
  episode: Period,
  recent_ratio: z.number().nullable(),
  expected: z.object({ orders: z.number(), revenue: z.number() }),
  observed: z.object({ orders: z.number(), revenue: z.number() }),
  ratio: z.number().nullable(),
  how_unusual: z.object({
    p_value: z.number(),
    tests: z.number(),
    surprise: z.number(),
    meaning: z.string(),
  }),
  market_index: z.object({ mean: z.number(), peak: z.number() }),
  baseline_daily_orders: z.number(),
  quiet_days_before: z.number(),
  history_days: z.number(),
  /** The last day of sales the detector looked at (the seller's sales watermark on the live path). */
  judged_through: z.string().optional(),
  other_episodes: z.number(),
});

/** The sellers' daily sales up to the scan date, against the market's, through the anomaly model. */
function detectInScan(input: ScanInput, { asOf, salesJudgedThrough }: MarketScanOptions) {
  const asOfDay = Math.floor(asOf.getTime() / 86_400_000);
  // The feed's sales begin on its earliest row: days before it are unknown, not days without sales.
  const firstDay = Math.max(
    asOfDay - SALES_HISTORY_DAYS,
    Number.isFinite(input.sales.earliestDay) ? input.sales.earliestDay : asOfDay,
  );
  const panel = input.sales.toPanel(input.sellerIds, dateOfDay(firstDay), dateOfDay(asOfDay));
  const createdOn = new Map<string, string>();
  for (const id of input.sellerIds) {
    const created = input.sellers.get(id)!.record.created_at;
    if (created) createdOn.set(id, created.slice(0, 10));
  }
  const marketSeries = input.marketOrders && {
    orders: Float64Array.from(
      { length: panel.days },
      (_, d) => input.marketOrders?.get(dateOfDay(firstDay + d)) ?? 0,
    ),
  };
  return detectSalesAnomalies({
    sellerSeries: panel,
    asOf,
    createdOn,
    ...(salesJudgedThrough ? { judgedThrough: salesJudgedThrough } : {}),
    ...(marketSeries ? { marketSeries } : {}),
  });
}

/** The model lives in `risk/anomalies/`; this is its definition as a trigger. */
export const salesAnomaly = defineTrigger({
  id: 'sales_anomaly',
  title: { en: 'Unusual sales', zh: '销售异常' },
  summary: { en: 'Unusual changes in the account’s sales', zh: '账户销售数据出现异常波动' },
  evidence: SalesAnomalyEvidence,
  reads: ['sales:orders', 'sales:revenue', 'sellers:created_at'],
  needs: ['sales'],
  detector: { scope: 'market', detect: detectInScan },
  defaults: {
    open_score: 0.7,
    severity: { medium_from: 0.8, high_from: 0.95 },
    deadline_days: 14,
    restrictions_while_open: ['payouts_held'],
    requirements: [
      {
        material: 'supplier_invoices',
        applies_to: ['business', 'individual'],
        accepted_variants: ['supplier_invoice'],
        rules: {
          issued_within_days: 365,
          all_pages: true,
          covers_finding_period: true,
          must_show: ['registered_name'],
        },
      },
    ],
  },
});
