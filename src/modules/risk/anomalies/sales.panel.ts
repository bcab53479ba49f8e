import { AppError } from '../../../platform/errors.js';

/**
 * Daily sales of many sellers on one calendar, column arrays in seller-major order: the value of
 * seller s on day d is at `s * days + d`. A day without a row is a day without sales (zero).
 */
export interface SalesPanel {
  sellerIds: string[];
  /** ISO date of day 0. */
  firstDate: string;
  days: number;
  orders: Float64Array;
  revenue: Float64Array;
}

/** How the whole market moved each day: total orders over all sellers. */
export interface MarketSeries {
  orders: Float64Array;
}

export interface DailySales {
  seller_id: string;
  date: string;
  orders: number;
  revenue: number;
}

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new AppError('VALIDATION_FAILED', `not a date: ${date}`, { where: 'date' });
  return Math.round(ms / DAY_MS);
}

export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Lays daily rows out as a panel from the earliest to the latest date (or the given bounds,
 * `to` exclusive). Rows outside the bounds are ignored; two rows for one seller and day add up.
 */
export function buildSalesPanel(
  rows: Iterable<DailySales>,
  bounds: { from?: string; to?: string } = {},
): SalesPanel {
  const list = [...rows];
  let first = bounds.from ? dayNumber(bounds.from) : Number.POSITIVE_INFINITY;
  let end = bounds.to ? dayNumber(bounds.to) : Number.NEGATIVE_INFINITY;
  if (!bounds.from || !bounds.to) {
    for (const r of list) {
      const d = dayNumber(r.date);
      if (!bounds.from && d < first) first = d;
      if (!bounds.to && d + 1 > end) end = d + 1;
    }
  }
  if (!Number.isFinite(first) || !Number.isFinite(end) || end <= first) {
    return {
      sellerIds: [],
      firstDate: bounds.from ?? '1970-01-01',
      days: 0,
      orders: new Float64Array(0),
      revenue: new Float64Array(0),
    };
  }
  const index = new Map<string, number>();
  for (const r of list) if (!index.has(r.seller_id)) index.set(r.seller_id, index.size);
  const days = end - first;
  const orders = new Float64Array(index.size * days);
  const revenue = new Float64Array(index.size * days);
  for (const r of list) {
    const d = dayNumber(r.date) - first;
    if (d < 0 || d >= days) continue;
    const at = index.get(r.seller_id)! * days + d;
    orders[at]! += r.orders;
    revenue[at]! += r.revenue;
  }
  return { sellerIds: [...index.keys()], firstDate: dateOfDay(first), days, orders, revenue };
}

/** Market totals per day over every seller of the panel. */
export function marketOf(panel: SalesPanel): MarketSeries {
  const orders = new Float64Array(panel.days);
  for (let s = 0; s < panel.sellerIds.length; s++) {
    const base = s * panel.days;
    for (let d = 0; d < panel.days; d++) orders[d]! += panel.orders[base + d]!;
  }
  return { orders };
}
