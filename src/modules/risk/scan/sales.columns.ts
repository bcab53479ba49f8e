import { dateOfDay, dayNumber, type SalesPanel } from '../anomalies/index.js';

/**
 * Rows are held in chunks that double from `FIRST_CHUNK` to `MAX_CHUNK` rows: a live job's one
 * seller (a few hundred days) allocates 24 KB, not the 1.5 MB a feed's chunk takes.
 */
const FIRST_CHUNK = 1 << 10;
const MAX_CHUNK = 1 << 16;

/**
 * Daily sales rows kept as columns of numbers while a feed is read (24 bytes a row, no object per
 * row), laid out as a panel once the scan date, and so the window, is known.
 */
export class SalesColumns {
  private sellers: Int32Array[] = [];
  private days: Int32Array[] = [];
  private orders: Float64Array[] = [];
  private revenue: Float64Array[] = [];
  private size = 0;
  /** Rows in the last chunk. */
  private filled = 0;
  latestDay = Number.NEGATIVE_INFINITY;
  earliestDay = Number.POSITIVE_INFINITY;

  add(sellerIndex: number, date: string, orders: number, revenue: number): void {
    this.addDay(sellerIndex, dayNumber(date), orders, revenue);
  }

  /** A row by day number (days since 1970-01-01), as the columnar engine hands them. */
  addDay(sellerIndex: number, day: number, orders: number, revenue: number): void {
    let chunk = this.sellers.length - 1;
    if (chunk < 0 || this.filled === this.sellers[chunk]!.length) {
      chunk += 1;
      const rows = Math.min(MAX_CHUNK, FIRST_CHUNK * 2 ** chunk);
      this.sellers.push(new Int32Array(rows));
      this.days.push(new Int32Array(rows));
      this.orders.push(new Float64Array(rows));
      this.revenue.push(new Float64Array(rows));
      this.filled = 0;
    }
    const at = this.filled;
    this.sellers[chunk]![at] = sellerIndex;
    this.days[chunk]![at] = day;
    this.orders[chunk]![at] = orders;
    this.revenue[chunk]![at] = revenue;
    if (day > this.latestDay) this.latestDay = day;
    if (day < this.earliestDay) this.earliestDay = day;
    this.filled += 1;
    this.size += 1;
  }

  /** Widens the feed's first and last day to those of rows held elsewhere (the other partitions). */
  widen(earliestDay: number, latestDay: number): void {
    this.earliestDay = Math.min(this.earliestDay, earliestDay);
    this.latestDay = Math.max(this.latestDay, latestDay);
  }

  /** `widen` by dates (`YYYY-MM-DD`), as the store reports them. */
  widenDates(earliest: string, latest: string): void {
    this.widen(dayNumber(earliest), dayNumber(latest));
  }

  get rows(): number {
    return this.size;
  }

  /** The panel of every seller over [from, to): missing days are zero. */
  toPanel(sellerIds: string[], from: string, to: string): SalesPanel {
    const first = dayNumber(from);
    const days = Math.max(0, dayNumber(to) - first);
    const orders = new Float64Array(sellerIds.length * days);
    const revenue = new Float64Array(sellerIds.length * days);
    const last = this.sellers.length - 1;
    for (let chunk = 0; chunk <= last; chunk++) {
      const sellers = this.sellers[chunk]!;
      const dayOf = this.days[chunk]!;
      const ordersOf = this.orders[chunk]!;
      const revenueOf = this.revenue[chunk]!;
      const rows = chunk === last ? this.filled : sellers.length;
      for (let at = 0; at < rows; at++) {
        const d = dayOf[at]! - first;
        if (d < 0 || d >= days) continue;
        const cell = sellers[at]! * days + d;
        // One row per seller and day: a day sent again replaces the earlier row, as in the store.
        orders[cell] = ordersOf[at]!;
        revenue[cell] = revenueOf[at]!;
      }
    }
    return { sellerIds, firstDate: dateOfDay(first), days, orders, revenue };
  }
}
