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

  it('keeps a repeated timestamp (NAB repeats the hour of a clock change) and reports it', () => {
    const s = parseSeriesCsv(
      'timestamp,value\n2014-03-09 03:00:00,1\n2014-03-09 03:00:00,2\n2014-03-09 03:05:00,3\n',
    );
    expect(s.values.length).toBe(3);
    expect(s.repeatedTimestampLines).toEqual([3]);
  });

  it.each([
    ['', 'EMPTY_BODY', 'series.csv:1'],
    ['\n\n', 'EMPTY_BODY', 'series.csv:1'],
    ['timestamp,value\n', 'EMPTY_BODY', 'series.csv:2'],
    ['time,val\n2020-01-01,1\n', 'MALFORMED_CSV', 'series.csv:1'],
    ['timestamp,value\n2020-01-01 00:00:00,1\n2020-01-01 00:05:00,abc\n', 'MALFORMED_CSV', 'series.csv:3'],
    ['timestamp,value\n2020-01-01 00:00:00,NaN\n', 'MALFORMED_CSV', 'series.csv:2'],
    ['timestamp,value\n2020-01-01 00:00:00,\n', 'MALFORMED_CSV', 'series.csv:2'],
    ['timestamp,value\n2020-01-01 00:00:00,Infinity\n', 'MALFORMED_CSV', 'series.csv:2'],
    ['timestamp,value\nyesterday,1\n', 'MALFORMED_CSV', 'series.csv:2'],
    ['timestamp,value\n2020-02-30 00:00:00,1\n', 'MALFORMED_CSV', 'series.csv:2'],
    ['timestamp,value\n2020-01-01 00:00:00\n', 'MALFORMED_CSV', 'series.csv:2'],
    ['timestamp,value\n2020-01-02,1\n2020-01-01,2\n', 'VALIDATION_FAILED', 'series.csv:3'],
  ])('rejects %j with %s at %s', (text, code, where) => {
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

  it('never fails with anything but a coded AppError on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        for (const text of [junk, `timestamp,value\n${junk}`]) {
          try {
            parseSeriesCsv(text);
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
