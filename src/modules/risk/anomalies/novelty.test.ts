import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeNovelty } from './range-novelty.js';
import { SlidingMedian } from './sliding-median.js';
import { logGamma, surpriseAtLeast, surpriseAtMost, surpriseNormalAbove } from './tail-probability.js';
import { TransitionNovelty } from './transition-novelty.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Negative binomial probability mass with mean m and mixing CV cv, summed by brute force. */
function nbTail(from: number, to: number, mean: number, cv: number): number {
  const r = 1 / (cv * cv);
  const q = r / (r + mean);
  let sum = 0;
  for (let k = from; k <= to; k++) {
    sum += Math.exp(logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * Math.log(q) + k * Math.log1p(-q));
  }
  return sum;
}

describe('sliding median', () => {
  it('equals the median of the last w values at every step (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 80 }),
        (w, xs) => {
          const m = new SlidingMedian(w);
          return xs.every((x, i) => {
            const got = m.push(x, i >= w ? xs[i - w]! : 0);
            return got === median(xs.slice(Math.max(0, i - w + 1), i + 1));
          });
        },
      ),
    );
  });
});

describe('range novelty', () => {
  it('is 0 inside the range seen so far and the excess over the range outside it', () => {
    const r = new RangeNovelty();
    const [first, firstChange, ...rest] = [0, 10, 5, 15, 20].map((x) => r.observe(x));
    expect(first).toBe(0);
    expect(firstChange).toBeGreaterThan(1e6); // the first change of a flat history is maximal
    expect(rest.map((e) => Number(e.toFixed(6)))).toEqual([0, 0.5, Number((5 / 15).toFixed(6))]);
    expect(r.observe(-10)).toBeCloseTo(0.5, 6);
  });
});

describe('transition novelty', () => {
  it('ignores repeats and neighbours of seen transitions, and measures a jump never seen', () => {
    const t = new TransitionNovelty(16);
    for (let i = 0; i < 200; i++) t.observe(i % 2 ? 0 : 1, i % 2 ? 1 : 0);
    t.observe(0, 16);
    t.observe(16, 0);
    expect(t.observe(0, 1)).toBe(0);
    expect(t.observe(8, 8)).toBeGreaterThan(0.3);
  });
});

describe('tail probabilities', () => {
  it.each([
    [5, 1, 0.3],
    [20, 5, 0.2],
    [100, 20, 0.25],
    [3, 0.05, 0.7],
    [50, 50, 0.2],
  ])('at least %d with mean %d, cv %d matches the summed mass', (count, mean, cv) => {
    expect(surpriseAtLeast(count, mean, cv)).toBeCloseTo(-Math.log10(nbTail(count, 4000, mean, cv)), 6);
  });

  it.each([
    [0, 3, 0.3],
    [2, 10, 0.3],
    [40, 60, 0.15],
  ])('at most %d with mean %d, cv %d matches the summed mass', (count, mean, cv) => {
    expect(surpriseAtMost(count, mean, cv)).toBeCloseTo(-Math.log10(nbTail(0, count, mean, cv)), 6);
  });

  it('stays finite far in the tail where the probability underflows', () => {
    const s = surpriseAtLeast(5000, 1, 0.3);
    expect(Number.isFinite(s)).toBe(true);
    expect(s).toBeGreaterThan(300);
    expect(surpriseNormalAbove(3)).toBeCloseTo(2.8697, 4);
    expect(surpriseNormalAbove(40)).toBeGreaterThan(300);
  });
});
