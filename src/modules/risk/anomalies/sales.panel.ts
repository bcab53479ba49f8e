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
  /** What `buildSalesPanel` handled rather than refused (repeats added up, unreadable rows skipped). */
  warnings?: string[];
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

const dayNumberOrNaN = (date: string): number => {
  const ms = Date.parse(`${String(date).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? Number.NaN : Math.round(ms / DAY_MS);
};
const amountOf = (x: number): number => (Number.isFinite(x) && x > 0 ? x : 0);

/**
 * Lays daily rows out as a panel from the earliest to the latest date (or the given bounds,
 * `to` exclusive), taking rows as they come: in any order, two rows for one seller and day add
 * up, a day without a row is a day without sales, a row with an unreadable date is skipped and a
 * missing, negative or non-numeric amount counts as zero. What was handled is listed in `warnings`.
 */
export function buildSalesPanel(
  rows: Iterable<DailySales>,
  bounds: { from?: string; to?: string } = {},
): SalesPanel {
  const list = [...rows];
  const dayOf = list.map((r) => dayNumberOrNaN(r.date));
  let first = bounds.from ? dayNumber(bounds.from) : Number.POSITIVE_INFINITY;
  let end = bounds.to ? dayNumber(bounds.to) : Number.NEGATIVE_INFINITY;
  if (!bounds.from || !bounds.to) {
    for (const d of dayOf) {
      if (Number.isNaN(d)) continue;
      if (!bounds.from && d < first) first = d;
      if (!bounds.to && d + 1 > end) end = d + 1;
    }
  }
  const unreadable = dayOf.filter(Number.isNaN).length;
  const notAmounts = list.filter(
    (r) => !(Number.isFinite(r.orders) && r.orders >= 0 && Number.isFinite(r.revenue) && r.revenue >= 0),
  ).length;
  const warnings: string[] = [];
  if (unreadable) warnings.push(`${unreadable} row(s) with an unreadable date skipped`);
  if (notAmounts)
    warnings.push(`${notAmounts} row(s) with a missing, negative or non-numeric amount counted as zero`);
  if (!Number.isFinite(first) || !Number.isFinite(end) || end <= first) {
    return {
      sellerIds: [],
      firstDate: bounds.from ?? '1970-01-01',
      days: 0,
      orders: new Float64Array(0),
      revenue: new Float64Array(0),
      warnings,
    };
  }
  const index = new Map<string, number>();
  for (const r of list) if (!index.has(r.seller_id)) index.set(r.seller_id, index.size);
  const days = end - first;
  const orders = new Float64Array(index.size * days);
  const revenue = new Float64Array(index.size * days);
  const seen = new Uint8Array(index.size * days);
  let repeats = 0;
  list.forEach((r, k) => {
    const d = dayOf[k]! - first;
    if (!(d >= 0 && d < days)) return;
    const at = index.get(r.seller_id)! * days + d;
    if (seen[at]) repeats++;
    seen[at] = 1;
    orders[at]! += amountOf(r.orders);
    revenue[at]! += amountOf(r.revenue);
  });
  if (repeats) warnings.push(`${repeats} repeated seller-day row(s) added up`);
  return { sellerIds: [...index.keys()], firstDate: dateOfDay(first), days, orders, revenue, warnings };
}

/**
 * The panel the sales model reads: a cell that is not a finite, non-negative number (a feed that
 * was not built by `buildSalesPanel`) is a day without sales. Copies only when there is such a cell.
 */
export function readableSalesPanel(panel: SalesPanel): SalesPanel {
  const isBad = (a: Float64Array) => {
    for (let i = 0; i < a.length; i++) if (!(a[i]! >= 0) || a[i] === Number.POSITIVE_INFINITY) return true;
    return false;
  };
  if (!isBad(panel.orders) && !isBad(panel.revenue)) return panel;
  const clean = (a: Float64Array) => a.map(amountOf);
  return { ...panel, orders: clean(panel.orders), revenue: clean(panel.revenue) };
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
