import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { parseSeriesCsv, parseTimestamp } from './series.csv.js';

function rejection(text: string): AppError {
  try {
    parseSeriesCsv(text, 'series.csv');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the parse to fail');
}

describe('NAB series parser', () => {
  it('reads timestamps, values and keeps their text for the output', () => {
    const s = parseSeriesCsv('timestamp,value\r\n2014-04-01 00:00:00,19.76\r\n2014-04-01 00:05:00,-2e3\r\n');
    expect(Array.from(s.values)).toEqual([19.76, -2000]);
    expect(s.timestamps[1]! - s.timestamps[0]!).toBe(300_000);
    expect(s.valueText).toEqual(['19.76', '-2e3']);
    expect(s.timestampText).toEqual(['2014-04-01 00:00:00', '2014-04-01 00:05:00']);
    expect(Array.from(s.lines)).toEqual([2, 3]);
  });

  it('accepts extra columns, quotes, a BOM and blank lines', () => {
    const s = parseSeriesCsv(
      '\uFEFF"value",timestamp,label\n\n"1.5","2020-01-01T00:00:00Z",0\n\n2,2020-01-01T01:00:00Z,1\n',
    );
    expect(Array.from(s.values)).toEqual([1.5, 2]);
    expect(Array.from(s.lines)).toEqual([3, 5]);
  });

  it('keeps every row of a messy recording in file order and reports what it handled', () => {
    const rows = ['timestamp,value'];
    const at = (minutes: number) =>
      new Date(Date.UTC(2014, 2, 9) + minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    for (let i = 0; i < 30; i++) rows.push(`${at(5 * i)},${i % 7}`);
    rows.push(`${at(5 * 29)},3`); // repeated
    rows.push(`${at(5 * 29 - 60)},4`); // the clock steps back an hour
    rows.push(`${at(5 * 200)},5`); // a gap
    for (let i = 0; i < 25; i++) rows.push(`${at(5 * (201 + i))},2`); // constant stretch
    rows.push(`${at(5 * 300)},`); // missing value
    rows.push(`${at(5 * 301)},NaN`);
    rows.push('yesterday,1');
    rows.push(`${at(5 * 302)}`); // short row
    const s = parseSeriesCsv(`${rows.join('\n')}\n`, 'messy.csv');
    expect(s.values.length).toBe(rows.length - 1);
    expect(Array.from(s.lines)).toEqual(rows.slice(1).map((_, i) => i + 2));
    expect(s.values[30]).toBe(3);
    expect(s.values[31]).toBe(4);
    expect(Number.isNaN(s.values[58]!)).toBe(true);
    expect(Number.isNaN(s.timestamps[60]!)).toBe(true);
    const byKind = Object.fromEntries(s.warnings.map((w) => [w.kind, [w.count, w.firstLine]]));
    expect(byKind).toEqual({
      repeated_timestamp: [1, 32],
      backwards_timestamp: [1, 33],
      gap: [2, 34],
      constant_stretch: [1, 35],
      missing_value: [3, 60],
      unreadable_timestamp: [1, 62],
      short_row: [1, 63],
    });
  });

  it('reports a constant series and still returns it whole', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `2020-01-01 00:${String(i).padStart(2, '0')}:00,7`);
    const s = parseSeriesCsv(`timestamp,value\n${rows.join('\n')}\n`);
    expect(s.values.length).toBe(50);
    expect(s.warnings.map((w) => w.kind)).toEqual(['constant_stretch']);
  });

  it.each([
    ['', 'EMPTY_BODY', 'series.csv:1'],
    ['\n\n', 'EMPTY_BODY', 'series.csv:1'],
    ['timestamp,value\n', 'EMPTY_BODY', 'series.csv:2'],
    ['time,val\n2020-01-01,1\n', 'MALFORMED_CSV', 'series.csv:1'],
  ])('stops only when there is no series: %j gives %s at %s', (text, code, where) => {
    const error = rejection(text);
    expect(error.code).toBe(code);
    expect(error.details.where).toBe(where);
  });

  it('reads any well-formed series back exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 2_000_000_000 }),
        (values, start) => {
          const rows = values.map((v, i) => `${new Date((start + i * 60) * 1000).toISOString()},${v}`);
          const s = parseSeriesCsv(`timestamp,value\n${rows.join('\n')}\n`);
          return s.values.length === values.length && s.values.every((v, i) => v === values[i]);
        },
      ),
    );
  });

  it('returns one row per non-blank line, or a coded AppError, on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        for (const text of [junk, `timestamp,value\n${junk}`]) {
          try {
            const s = parseSeriesCsv(text);
            const nonBlank = text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
            if (s.values.length !== nonBlank - 1) return false;
          } catch (error) {
            if (!(error instanceof AppError) || !error.details.where) return false;
          }
        }
        return true;
      }),
    );
  });

  it('reads zones and fractions of a second', () => {
    expect(parseTimestamp('2020-01-01T01:00:00+01:00')).toBe(Date.UTC(2020, 0, 1));
    expect(parseTimestamp('2020-01-01 00:00:00.250')).toBe(Date.UTC(2020, 0, 1) + 250);
    expect(parseTimestamp('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseTimestamp('2020-13-01')).toBeNaN();
  });
});
