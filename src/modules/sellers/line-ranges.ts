/** Line numbers, mostly consecutive, kept and written as ranges: `1-2499,2501-5000`. */
export class LineRanges {
  private readonly ranges: [number, number][] = [];

  add(line: number): void {
    const last = this.ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else if (last && line >= last[0] && line <= last[1]) return;
    else this.ranges.push([line, line]);
  }

  toString(): string {
    const sorted = [...this.ranges].sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [from, to] of sorted) {
      const last = merged.at(-1);
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    return merged.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(',');
  }
}
