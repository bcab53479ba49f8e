/**
 * How far a value lies outside everything seen before, in units of the range seen before:
 * 0 inside [min, max]; 0.1 when it passes the maximum by a tenth of (max - min).
 */
export class RangeNovelty {
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;

  /** Novelty of `value` against the past, then remembers it. */
  observe(value: number): number {
    if (this.lo > this.hi) {
      this.lo = value;
      this.hi = value;
      return 0;
    }
    // A constant history still has a (tiny) range, so the first change of a flat line is maximal.
    const range = this.hi - this.lo + 1e-9 * Math.max(1e-9, Math.abs(this.hi), Math.abs(this.lo));
    const outside = value > this.hi ? value - this.hi : value < this.lo ? this.lo - value : 0;
    if (value > this.hi) this.hi = value;
    if (value < this.lo) this.lo = value;
    return outside / range;
  }
}
