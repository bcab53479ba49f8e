/** Median of the last `width` values, kept as a sorted copy of the window (O(width) per value, no allocation). */
export class SlidingMedian {
  private readonly sorted: Float64Array;
  private count = 0;

  constructor(readonly width: number) {
    this.sorted = new Float64Array(width);
  }

  get isFull(): boolean {
    return this.count === this.width;
  }

  private position(v: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds `value`; once the window is full, `leaving` (the value `width` steps back) must be given. */
  push(value: number, leaving: number): number {
    const a = this.sorted;
    if (this.count === this.width) {
      const i = this.position(leaving);
      a.copyWithin(i, i + 1, this.count);
      this.count--;
    }
    const j = this.position(value);
    a.copyWithin(j + 1, j, this.count);
    a[j] = value;
    this.count++;
    const half = this.count >> 1;
    return this.count & 1 ? a[half]! : (a[half - 1]! + a[half]!) / 2;
  }
}
