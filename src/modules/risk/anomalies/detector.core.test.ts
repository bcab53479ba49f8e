import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DETECTOR_PARAMS,
  rawNoveltyOf,
  StreamingDetector,
  scoreSeries,
  scoresOfNovelty,
  settingsOf,
} from './detector.core.js';
import { NOVELTY_FEATURES } from './novelty.features.js';
import { gaussian, seededRandom } from './sales.fixtures.js';

/** Noisy daily-periodic series (288 rows a day, like 5-minute data). */
function periodic(n: number, seed = 1, noise = 0.05): Float64Array {
  const rand = seededRandom(seed);
  return Float64Array.from(
    { length: n },
    (_, i) => 10 + 3 * Math.sin((2 * Math.PI * i) / 288) + noise * gaussian(rand),
  );
}

const maxIn = (scores: Float64Array, from: number, to: number) => Math.max(...scores.subarray(from, to));
const firstAbove = (scores: Float64Array, threshold: number, from = 0) => {
  for (let i = from; i < scores.length; i++) if (scores[i]! >= threshold) return i;
  return -1;
};

describe('streaming detector core', () => {
  // On noise, new records of the noise itself reach moderate scores (up to about 0.6): the
  // detector measures novelty against the range seen so far, and a record is novel. Real changes
  // score far above that.
  it('flags a spike on the row where it happens, far above the noise around it', () => {
    const values = periodic(3000);
    values[2000] = 30;
    const scores = scoreSeries(values);
    expect(firstAbove(scores, 0.9, 600)).toBe(2000);
    expect(maxIn(scores, 600, 2000)).toBeLessThan(0.6);
    expect(maxIn(scores, 2001, 3000)).toBeLessThan(0.6);
  });

  it('flags a collapse below everything seen before', () => {
    const values = periodic(3000);
    for (let i = 2200; i < 2300; i++) values[i] = 0;
    const scores = scoreSeries(values);
    expect(firstAbove(scores, 0.9, 600)).toBe(2200);
  });

  it('flags a level shift at its start, once, then learns the new level', () => {
    const rand = seededRandom(3);
    const values = Float64Array.from({ length: 4000 }, (_, i) => (i < 2500 ? 5 : 8) + 0.2 * gaussian(rand));
    const scores = scoreSeries(values);
    expect(firstAbove(scores, 0.9, 600)).toBe(2500);
    expect(maxIn(scores, 600, 2500)).toBeLessThan(0.7);
    expect(maxIn(scores, 2700, 4000)).toBeLessThan(0.6);
  });

  it('learns a daily season: after three days a normal day scores no more than noise does', () => {
    const scores = scoreSeries(periodic(288 * 10, 5));
    expect(maxIn(scores, 288 * 3, 288 * 10)).toBeLessThan(0.6);
  });

  it('flags a change of shape inside the usual range (a day that stays flat at its mean)', () => {
    const values = periodic(288 * 12, 7, 0.3);
    for (let i = 288 * 9; i < 288 * 10; i++) values[i] = 10;
    const scores = scoreSeries(values);
    const first = firstAbove(scores, 0.5, 288 * 4);
    expect(first).toBeGreaterThanOrEqual(288 * 9);
    expect(first).toBeLessThan(288 * 10);
  });

  it('scores nothing during the warm-up and nothing on a flat line', () => {
    const scores = scoreSeries(new Float64Array(2000).fill(42));
    expect(maxIn(scores, 0, 2000)).toBe(0);
    const noisy = periodic(500);
    noisy[100] = 1e6;
    const { warmup } = settingsOf(DETECTOR_PARAMS);
    expect(maxIn(scoreSeries(noisy), 0, warmup)).toBe(0);
    expect(maxIn(scoreSeries(noisy), warmup, 500)).toBeGreaterThan(0);
  });

  it('names the feature behind a score', () => {
    const detector = new StreamingDetector();
    const values = periodic(1000);
    values[900] = 100;
    let feature = -1;
    values.forEach((v, i) => {
      detector.update(v);
      if (i === 900) feature = detector.lastFeature;
    });
    expect(['value', 'spike']).toContain(NOVELTY_FEATURES[feature]);
    expect(detector.lastNovelty).toBe(0);
  });

  it('keeps every score in [0, 1], also for extreme and tiny values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 400 }),
        (xs) => {
          const scores = scoreSeries(Float64Array.from(xs));
          return scores.every((s) => s >= 0 && s <= 1 && !Number.isNaN(s));
        },
      ),
    );
  });

  it('is causal: the scores up to row t do not change when later rows change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 300, maxLength: 600 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (xs, tail, cut) => {
          const t = 150 + (cut % (xs.length - 150));
          const original = scoreSeries(Float64Array.from(xs));
          const changed = scoreSeries(Float64Array.from([...xs.slice(0, t + 1), ...tail]));
          return original.subarray(0, t + 1).every((s, i) => s === changed[i]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same scores streaming and in batch, run after run', () => {
    const values = periodic(1500, 11, 0.5);
    const detector = new StreamingDetector();
    const streamed = Float64Array.from(values, (v) => detector.update(v));
    expect(streamed).toEqual(scoreSeries(values));
    expect(scoreSeries(values)).toEqual(scoreSeries(values));
  });

  it('skips a missing value: it scores 0 and the rows around it score as if it were absent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 200, maxLength: 500 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (xs, holes) => {
          const withHoles: number[] = [...xs];
          for (const h of holes) withHoles.splice(h % withHoles.length, 0, Number.NaN);
          const scored = scoreSeries(Float64Array.from(withHoles));
          const plain = scoreSeries(Float64Array.from(xs));
          const kept = Array.from(scored).filter((_, i) => !Number.isNaN(withHoles[i]!));
          const missing = Array.from(scored).filter((_, i) => Number.isNaN(withHoles[i]!));
          return missing.every((s) => s === 0) && kept.every((s, i) => s === plain[i]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('replays the same scores from cached raw novelty (what the NAB cross-validation relies on)', () => {
    const values = periodic(2000, 13, 0.4);
    values[700] = Number.NaN;
    values[1200] = 40;
    for (const params of [DETECTOR_PARAMS, { ...DETECTOR_PARAMS, window: 32, alarm: 0.04, restBar: 1 }]) {
      const settings = settingsOf(params);
      expect(scoresOfNovelty(rawNoveltyOf(values, settings), settings)).toEqual(
        scoreSeries(values, settings),
      );
    }
  });
});
