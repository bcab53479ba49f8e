import { AppError } from '../../../platform/errors.js';
import { noteGapsAndStretches, type SeriesWarning, SeriesWarnings } from './series.warnings.js';

/**
 * A parsed `timestamp,value` series, one entry per data row in file order. `timestamps` are Unix
 * milliseconds (UTC, NaN when unreadable), `values` NaN when missing; `lines` are 1-based.
 */
export interface ParsedSeries {
  timestamps: Float64Array;
  values: Float64Array;
  /** The timestamp and value text exactly as read, so the output can repeat them unchanged. */
  timestampText: string[];
  valueText: string[];
  lines: Int32Array;
  /** What was unusual and how it was handled (one entry per kind: count and first line). */
  warnings: SeriesWarning[];
}

// `2015-02-26 21:42:53`, `2015-02-26T21:42:53Z`, `2015-02-26T21:42:53.5+01:00`, `2015-02-26`.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Unix milliseconds of an ISO-like timestamp without a zone (read as UTC) or with one; NaN if invalid. */
export function parseTimestamp(text: string): number {
  const m = TIMESTAMP.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(
    Number,
  ) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || (hour ?? 0) > 23 || (minute ?? 0) > 59)
    return Number.NaN;
  if ((second ?? 0) > 59) return Number.NaN;
  let ms = Date.UTC(year!, month! - 1, day!, hour || 0, minute || 0, second || 0);
  if (new Date(ms).getUTCDate() !== day) return Number.NaN; // 2015-02-30
  if (m[7]) ms += Math.round(Number(m[7]) * 1000);
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"')
    ? t.slice(1, -1).replaceAll('""', '"').trim()
    : t;
}

/**
 * Parses NAB's series format, taking the series as it comes: a header naming `timestamp` and
 * `value` is required (extra columns are ignored, blank lines skipped), and every other line
 * becomes one row, in file order. Rows that are short, have an unreadable timestamp, a missing or
 * non-numeric value (NaN in `values`), repeat or go back in time are kept and reported in
 * `warnings`, as are gaps and constant stretches; nothing in the rows is refused. Only a file with
 * no header or no rows stops the parse, with an AppError naming `source:line`.
 */
export function parseSeriesCsv(text: string, source = 'input'): ParsedSeries {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = rows.findIndex((r) => r.trim() !== '');
  if (headerIndex < 0) throw new AppError('EMPTY_BODY', 'the file is empty', { where: `${source}:1` });
  const header = rows[headerIndex]!.split(',').map((h) => unquote(h).toLowerCase());
  const tsCol = header.indexOf('timestamp');
  const valueCol = header.indexOf('value');
  if (tsCol < 0 || valueCol < 0) {
    throw new AppError('MALFORMED_CSV', 'the header must name the columns timestamp and value', {
      where: `${source}:${headerIndex + 1}`,
      found: rows[headerIndex],
    });
  }
  const n = rows.length - headerIndex - 1;
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  const lines = new Int32Array(n);
  const timestampText: string[] = [];
  const valueText: string[] = [];
  const warnings = new SeriesWarnings();
  let count = 0;
  let latest = Number.NEGATIVE_INFINITY;
  let previous = Number.NaN;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const raw = rows[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const fields = raw.split(',');
    if (fields.length <= Math.max(tsCol, valueCol)) warnings.add('short_row', line);
    const tText = unquote(fields[tsCol] ?? '');
    const vText = unquote(fields[valueCol] ?? '');
    const t = parseTimestamp(tText);
    const v = NUMBER.test(vText) ? Number(vText) : Number.NaN;
    if (Number.isNaN(t)) warnings.add('unreadable_timestamp', line);
    else if (t === previous) warnings.add('repeated_timestamp', line);
    else if (t < latest) warnings.add('backwards_timestamp', line);
    if (!Number.isFinite(v)) warnings.add('missing_value', line);
    if (!Number.isNaN(t)) {
      previous = t;
      if (t > latest) latest = t;
    }
    timestamps[count] = t;
    values[count] = Number.isFinite(v) ? v : Number.NaN;
    lines[count] = line;
    timestampText.push(tText);
    valueText.push(vText);
    count++;
  }
  if (count === 0)
    throw new AppError('EMPTY_BODY', 'the file has a header but no rows', {
      where: `${source}:${headerIndex + 2}`,
    });
  const parsed = {
    timestamps: timestamps.subarray(0, count),
    values: values.subarray(0, count),
    timestampText,
    valueText,
    lines: lines.subarray(0, count),
  };
  noteGapsAndStretches(parsed.timestamps, parsed.values, parsed.lines, warnings);
  return { ...parsed, warnings: warnings.list() };
}
