/**
 * Which lines of a file landed, said as ranges (`1-2499,2501-5000`): every line from the first
 * to the last one read, less the refused ones. Blank lines carry nothing and do not split a range.
 */
export class LineRanges {
  private first = Number.POSITIVE_INFINITY;
  private last = 0;
  private readonly refused = new Set<number>();

  read(line: number): void {
    if (line < this.first) this.first = line;
    if (line > this.last) this.last = line;
  }

  refuse(line: number): void {
    this.read(line);
    this.refused.add(line);
  }

  toString(): string {
    if (this.last === 0) return '';
    const ranges: string[] = [];
    const add = (from: number, to: number) => {
      if (from <= to) ranges.push(from === to ? `${from}` : `${from}-${to}`);
    };
    let from = this.first;
    for (const hole of [...this.refused].sort((a, b) => a - b)) {
      add(from, hole - 1);
      from = hole + 1;
    }
    add(from, this.last);
    return ranges.join(',');
  }
}
