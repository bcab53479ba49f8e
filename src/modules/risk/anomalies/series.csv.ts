import { AppError } from '../../../platform/errors.js';

/** A parsed `timestamp,value` series. `timestamps` are Unix milliseconds (UTC); `lines` are 1-based. */
export interface ParsedSeries {
  timestamps: Float64Array;
  values: Float64Array;
  /** The timestamp and value text exactly as read, so the output can repeat them unchanged. */
  timestampText: string[];
  valueText: string[];
  lines: Int32Array;
  /** Lines whose timestamp equals the previous row's (kept, scored as the next observation). */
  repeatedTimestampLines: number[];
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
 * Parses NAB's series format. Rules (documented in docs/anomalies.md):
 * a header naming `timestamp` and `value` is required, extra columns are ignored, blank lines are
 * skipped; any other line must hold a valid timestamp and a finite number, and timestamps must
 * not go back. A timestamp equal to the previous one is kept (NAB's own files repeat the hour a
 * daylight-saving change repeats) and reported in `repeatedTimestampLines`. The first violation stops the parse with an AppError naming `source:line`.
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
  const repeatedTimestampLines: number[] = [];
  let count = 0;
  const fail = (code: 'MALFORMED_CSV' | 'VALIDATION_FAILED', line: number, reason: string, found: string) => {
    throw new AppError(code, reason, { where: `${source}:${line}`, found });
  };
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const raw = rows[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const fields = raw.split(',');
    if (fields.length < header.length) fail('MALFORMED_CSV', line, `expected ${header.length} columns`, raw);
    const tText = unquote(fields[tsCol]!);
    const vText = unquote(fields[valueCol]!);
    const t = parseTimestamp(tText);
    if (Number.isNaN(t)) fail('MALFORMED_CSV', line, `timestamp "${tText}" is not a valid date-time`, raw);
    const v = NUMBER.test(vText) ? Number(vText) : Number.NaN;
    if (!Number.isFinite(v)) fail('MALFORMED_CSV', line, `value "${vText}" is not a finite number`, raw);
    if (count > 0 && t < timestamps[count - 1]!) {
      fail(
        'VALIDATION_FAILED',
        line,
        `timestamp ${tText} is earlier than the previous row (line ${lines[count - 1]})`,
        raw,
      );
    }
    if (count > 0 && t === timestamps[count - 1]) repeatedTimestampLines.push(line);
    timestamps[count] = t;
    values[count] = v;
    lines[count] = line;
    timestampText.push(tText);
    valueText.push(vText);
    count++;
  }
  if (count === 0)
    throw new AppError('EMPTY_BODY', 'the file has a header but no rows', {
      where: `${source}:${headerIndex + 2}`,
    });
  return {
    timestamps: timestamps.subarray(0, count),
    values: values.subarray(0, count),
    timestampText,
    valueText,
    lines: lines.subarray(0, count),
    repeatedTimestampLines,
  };
}
