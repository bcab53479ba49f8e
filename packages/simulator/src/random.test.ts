import { describe, expect, it } from 'vitest';
import { Rng } from './random.js';

describe('Rng', () => {
  it('repeats a stream for the same seed and path, and differs for another', () => {
    const draw = (rng: Rng) => Array.from({ length: 5 }, () => rng.u32());
    expect(draw(Rng.of(1, 'seller', 7))).toEqual(draw(Rng.of(1, 'seller', 7)));
    expect(draw(Rng.of(1, 'seller', 7))).not.toEqual(draw(Rng.of(1, 'seller', 8)));
    expect(draw(Rng.of(1, 'seller', 7))).not.toEqual(draw(Rng.of(2, 'seller', 7)));
  });

  it('draws integers within bounds and roughly uniformly', () => {
    const rng = Rng.of(3);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[rng.int(0, 5)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(9_500);
    for (const c of counts) expect(c).toBeLessThan(10_500);
  });

  it('draws Poisson counts and normals with the right mean and spread', () => {
    const rng = Rng.of(4);
    for (const mean of [0.3, 4, 60]) {
      const xs = Array.from({ length: 20_000 }, () => rng.poisson(mean));
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
      expect(m).toBeCloseTo(mean, mean < 1 ? 1 : 0);
      expect(v / mean).toBeGreaterThan(0.9);
      expect(v / mean).toBeLessThan(1.1);
    }
    const zs = Array.from({ length: 20_000 }, () => rng.normal());
    const m = zs.reduce((a, b) => a + b, 0) / zs.length;
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(zs.reduce((a, b) => a + b * b, 0) / zs.length).toBeCloseTo(1, 1);
  });

  it('picks by weight', () => {
    const rng = Rng.of(5);
    let a = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        rng.weighted([
          ['a', 3],
          ['b', 1],
        ] as const) === 'a'
      )
        a++;
    expect(a / 10_000).toBeCloseTo(0.75, 1);
  });
});
