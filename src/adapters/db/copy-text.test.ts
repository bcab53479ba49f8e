import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopyText } from './copy-text.js';

/** COPY's text format as PostgreSQL documents it, one field at a time. */
function expectedLine(fields: readonly (string | number | null)[]): string {
  const escaped = (s: string) =>
    s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `${fields.map((f) => (f === null ? '\\N' : typeof f === 'number' ? String(f) : escaped(f))).join('\t')}\n`;
}

describe('CopyText', () => {
  it('writes rows as the UTF-8 bytes of their COPY text, escapes and nulls included', () => {
    const field = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('a\tb', 'back\\slash', 'two\nlines', 'cr\r', '张伟', '\\N', ''),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 200 }), (rows) => {
        const text = new CopyText();
        for (const row of rows) text.add(row);
        expect(text.rows).toBe(rows.length);
        expect(text.toBytes().equals(Buffer.from(rows.map(expectedLine).join('')))).toBe(true);
      }),
    );
  });

  it('grows past its first buffer without losing a byte', () => {
    const text = new CopyText();
    const long = 'é'.repeat(50_000);
    for (let i = 0; i < 5; i++) text.add([long, i]);
    expect(text.toBytes().toString('utf8')).toBe(
      `${long}\t0\n${long}\t1\n${long}\t2\n${long}\t3\n${long}\t4\n`,
    );
  });
});
