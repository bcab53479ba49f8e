/**
 * Novelty of a transition (previous value, current value): the pair is placed on a size x size
 * grid spanning the range seen so far, and its novelty is the Chebyshev distance, in range units,
 * from the pair to the nearest cell visited before, less one cell (a neighbouring cell counts as
 * seen, which absorbs the quantisation). When the range widens, visited cells are re-placed on
 * the wider grid, so the memory survives a new extreme.
 */
export class TransitionNovelty {
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private readonly visited: Uint8Array;
  private readonly spare: Uint8Array;
  private isEmpty = true;

  constructor(private readonly size: number) {
    this.visited = new Uint8Array(size * size);
    this.spare = new Uint8Array(size * size);
  }

  private cellOf(v: number, lo: number, hi: number): number {
    const c = Math.floor(((v - lo) / (hi - lo)) * this.size);
    return c < 0 ? 0 : c >= this.size ? this.size - 1 : c;
  }

  private widen(lo: number, hi: number): void {
    const L = this.size;
    if (!this.isEmpty && this.hi > this.lo) {
      const width = (this.hi - this.lo) / L;
      this.spare.set(this.visited);
      this.visited.fill(0);
      for (let i = 0; i < L; i++) {
        const a = this.cellOf(this.lo + (i + 0.5) * width, lo, hi);
        for (let j = 0; j < L; j++) {
          if (this.spare[i * L + j])
            this.visited[a * L + this.cellOf(this.lo + (j + 0.5) * width, lo, hi)] = 1;
        }
      }
    }
    this.lo = lo;
    this.hi = hi;
  }

  /** Novelty of the pair against the past, then remembers it. */
  observe(previous: number, current: number): number {
    const lo = Math.min(this.lo, previous, current);
    const hi = Math.max(this.hi, previous, current);
    if (lo !== this.lo || hi !== this.hi) this.widen(lo, hi);
    if (hi <= lo) return 0;
    const L = this.size;
    const x = ((previous - lo) / (hi - lo)) * L;
    const y = ((current - lo) / (hi - lo)) * L;
    const cell = this.cellOf(previous, lo, hi) * L + this.cellOf(current, lo, hi);
    let distance = 0;
    if (!this.isEmpty && !this.visited[cell]) {
      distance = L;
      for (let i = 0; i < L; i++) {
        const dx = x < i ? i - x : x > i + 1 ? x - i - 1 : 0;
        if (dx >= distance) continue;
        for (let j = 0; j < L; j++) {
          if (!this.visited[i * L + j]) continue;
          const dy = y < j ? j - y : y > j + 1 ? y - j - 1 : 0;
          const d = Math.max(dx, dy);
          if (d < distance) distance = d;
        }
      }
    }
    this.visited[cell] = 1;
    this.isEmpty = false;
    return distance > 1 ? (distance - 1) / L : 0;
  }
}
