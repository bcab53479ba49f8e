import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramDice, editDistance, isWithinOneEdit, jaroWinkler } from './similarity.js';

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('is symmetric, in 0..1, and 1 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroWinkler(b, a)).toBeCloseTo(s, 12);
        if (a === b) expect(s).toBe(1);
      }),
    );
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('pinto', 'pitno')).toBe(1);
    expect(editDistance('harley', 'haryley')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops at the bound with bound + 1', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(editDistance('short', 'much longer text', 1)).toBe(2);
  });

  it('is a symmetric distance that is 0 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('bigramDice', () => {
  it('ignores where words are split and which part comes first', () => {
    expect(bigramDice(['pinecroft', 'cherryplace'], ['cherryplace', 'pinecroft'])).toBe(1);
    expect(bigramDice(['pridhamstreet'], ['pridhamtstreet'])).toBeGreaterThan(0.85);
    expect(bigramDice(['abc'], ['xyz'])).toBe(0);
  });
});

describe('isWithinOneEdit', () => {
  it('agrees with editDistance <= 1', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }),
        fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }),
        (a, b) => {
          expect(isWithinOneEdit(a, b)).toBe(editDistance(a, b) <= 1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
