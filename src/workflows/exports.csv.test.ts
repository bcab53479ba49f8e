import { describe, expect, it } from 'vitest';
import { csvCell } from './exports.workflow.js';

describe('a CSV cell of an export', () => {
  it('quotes what would break the row and keeps a spreadsheet from running formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\r\nbye')).toBe('"say ""hi""\r\nbye"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-1+2')).toBe('"\'-1+2"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(new Date('2026-11-01T08:00:00Z'))).toBe('2026-11-01T08:00:00.000Z');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell('2026-12-06 09:06:33.671+00')).toBe('2026-12-06T09:06:33.671Z');
  });
});
