/** Something unusual about a series that was handled rather than refused. */
export interface SeriesWarning {
  kind:
    | 'short_row'
    | 'unreadable_timestamp'
    | 'missing_value'
    | 'repeated_timestamp'
    | 'backwards_timestamp'
    | 'gap'
    | 'constant_stretch';
  /** How many rows (or, for gaps and stretches, how many occurrences) are concerned. */
  count: number;
  /** 1-based line of the first occurrence. */
  firstLine: number;
  message: string;
}

const WHAT: Record<SeriesWarning['kind'], string> = {
  short_row: 'row(s) with too few columns: their value is treated as missing',
  unreadable_timestamp: 'row(s) with an unreadable timestamp: kept and scored in file order',
  missing_value: 'row(s) with a missing or non-numeric value: scored 0, the detector skips them',
  repeated_timestamp: 'row(s) repeat the previous timestamp: kept and scored in file order',
  backwards_timestamp: 'row(s) go back in time: kept and scored in file order',
  gap: 'gap(s) longer than three usual steps: the rows are scored in file order, nothing is filled',
  constant_stretch: 'stretch(es) where the value stays constant for 10% of the series or more',
};

/** Collects warnings of each kind as a count and the first line. */
export class SeriesWarnings {
  private readonly byKind = new Map<SeriesWarning['kind'], { count: number; firstLine: number }>();

  add(kind: SeriesWarning['kind'], line: number): void {
    const w = this.byKind.get(kind);
    if (w) w.count++;
    else this.byKind.set(kind, { count: 1, firstLine: line });
  }

  list(): SeriesWarning[] {
    return [...this.byKind].map(([kind, w]) => ({
      kind,
      ...w,
      message: `${w.count} ${WHAT[kind]} (first at line ${w.firstLine})`,
    }));
  }
}

/**
 * Gaps (a step over three times the median step between increasing timestamps) and constant
 * stretches (at least a tenth of the series, and 20 rows, without any change). Both are normal in
 * real recordings; they are reported so a reader knows what the scores rest on.
 */
export function noteGapsAndStretches(
  timestamps: Float64Array,
  values: Float64Array,
  lines: Int32Array,
  warnings: SeriesWarnings,
): void {
  const n = values.length;
  // Steps are measured from the latest time seen, so the way back after a clock step is no gap.
  const steps = new Float64Array(n).fill(Number.NaN);
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t = timestamps[i]!;
    if (Number.isNaN(t)) continue;
    if (t > latest) {
      if (Number.isFinite(latest)) steps[i] = t - latest;
      latest = t;
    }
  }
  const sorted = steps.filter((s) => !Number.isNaN(s)).sort();
  if (sorted.length > 0) {
    const median = sorted[sorted.length >> 1]!;
    for (let i = 0; i < n; i++) if (steps[i]! > 3 * median) warnings.add('gap', lines[i]!);
  }
  const longEnough = Math.max(20, Math.ceil(n / 10));
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && (values[i] === values[start] || Number.isNaN(values[i]!))) continue;
    if (i - start >= longEnough && !Number.isNaN(values[start]!))
      warnings.add('constant_stretch', lines[start]!);
    start = i;
  }
}
