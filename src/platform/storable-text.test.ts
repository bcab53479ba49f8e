import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnstorable, MAX_NESTING, unstorableReasonOf } from './storable-text.js';

const NUL = String.fromCharCode(0);

describe('storable text', () => {
  it('accepts exactly the strings that survive UTF-8 without a NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const survives = Buffer.from(text, 'utf8').toString('utf8') === text && !text.includes(NUL);
        expect(unstorableReasonOf(text) === undefined).toBe(survives);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the first unstorable value or key, and refuses a hostile depth without recursing', () => {
    expect(findUnstorable({ a: [{ b: 'ok' }, { c: `x${NUL}` }] }, 'body')).toEqual({
      path: 'body.a[1].c',
      reason: 'nul',
    });
    expect(findUnstorable({ 'k\ud800': 1 }, 'body')).toMatchObject({ reason: 'lone_surrogate' });
    expect(findUnstorable({ ok: '😀 汉字' }, 'body')).toBeUndefined();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorable(deep, 'body')).toMatchObject({ reason: 'too_deep' });
    let fine: unknown = 'leaf';
    for (let i = 0; i < MAX_NESTING; i++) fine = [fine];
    expect(findUnstorable(fine, 'body')).toBeUndefined();
  });
});
