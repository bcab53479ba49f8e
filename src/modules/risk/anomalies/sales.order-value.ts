import { COUNT_RING } from './count.surprise.js';
import { surpriseNormalAbove } from './tail-probability.js';

/**
 * The sales path's second measure: the average order value over 1 and 7 days, upwards and
 * downwards, against its exponentially weighted mean and variance of log order value (a memory
 * of `warmupDays`), with a floor `cvOrderValue` on its uncertainty; normal tail. Causal,
 * allocation-free per day.
 */
export class OrderValueSurprise {
  /** Per day in the ring: revenue, and the mean log order value in force before it (-Infinity before any). */
  readonly rev = new Float64Array(COUNT_RING);
  readonly aovRing = new Float64Array(COUNT_RING);
  private readonly orders = new Float64Array(COUNT_RING);
  private orders7 = 0;
  private revenue7 = 0;
  private sellingDays7 = 0;
  private mean = 0;
  private variance = 0;
  private days = 0;
  /** The latest day's direction and window. */
  direction = 0;
  window = 0;

  constructor(
    private readonly warmupDays: number,
    private readonly cvOrderValue: number,
    private readonly screenZ: number,
    private readonly logTests: number,
  ) {}

  reset(): void {
    this.rev.fill(0);
    this.aovRing.fill(0);
    this.orders.fill(0);
    this.orders7 = 0;
    this.revenue7 = 0;
    this.sellingDays7 = 0;
    this.mean = 0;
    this.variance = 0;
    this.days = 0;
  }

  /**
   * Surprise of day `d`'s order value (x orders for r revenue) against the days before it; 0 when
   * not judged (before `judged`, in the first warmupDays / 2 days with revenue, on a day without
   * orders) or inside the screen. Then learns from it. Sets `direction` and `window`.
   */
  observe(d: number, x: number, r: number, judged: boolean): number {
    const slot = d & (COUNT_RING - 1);
    const old7 = (d - 7) & (COUNT_RING - 1);
    this.orders7 += x - this.orders[old7]!;
    this.revenue7 += r - this.rev[old7]!;
    this.sellingDays7 += (x > 0 ? 1 : 0) - (this.orders[old7]! > 0 ? 1 : 0);
    this.orders[slot] = x;
    this.rev[slot] = r;
    this.aovRing[slot] = this.days > 0 ? this.mean : Number.NEGATIVE_INFINITY;
    let best = 0;
    this.direction = 0;
    this.window = 0;
    if (judged && this.days >= this.warmupDays / 2 && x > 0) {
      const cv2 = this.cvOrderValue * this.cvOrderValue;
      for (let k = 0; k < 2; k++) {
        const w = k === 0 ? 1 : 7;
        const O = k === 0 ? x : this.orders7;
        const R = k === 0 ? r : this.revenue7;
        const n = k === 0 ? 1 : this.sellingDays7;
        if (O <= 0 || R <= 0) continue;
        const z = (Math.log(R / O) - this.mean) / Math.sqrt(this.variance / n + cv2);
        if (z < this.screenZ && z > -this.screenZ) continue;
        const surprise = surpriseNormalAbove(Math.abs(z)) - this.logTests;
        if (surprise > best) {
          best = surprise;
          this.direction = z > 0 ? 1 : -1;
          this.window = w;
        }
      }
    }
    if (x > 0 && r > 0) {
      const la = Math.log(r / x);
      const a = this.days < this.warmupDays ? 1 / (this.days + 1) : 1 / this.warmupDays;
      const delta = la - this.mean;
      this.mean += a * delta;
      this.variance = (1 - a) * (this.variance + a * delta * delta);
      this.days++;
    }
    return best;
  }
}
