import { describe, expect, it } from 'vitest';
import { CountSurprise } from './count.surprise.js';
import { poisson, seededRandom } from './sales.fixtures.js';
import { SALES_PARAMS } from './sales.params.js';
import { type IncidentSettings, StreamScorer } from './stream.core.js';

const episodes: IncidentSettings = {
  warmup: 0,
  maturity: 0,
  alarm: 5,
  rest: 0,
  restBar: 1,
  halfScore: 5,
  episodeGap: 3,
};

/** Feeds strengths (with directions) one step each; returns the scorer and each step's score. */
function run(settings: IncidentSettings, steps: Array<[number, number]>, tags?: number[]) {
  const core = new StreamScorer(settings);
  const scores = steps.map(([e, dir], t) => core.step(e, t, dir, tags?.[t] ?? 0));
  core.finish();
  return { core, scores };
}

describe('the shared streaming core (StreamScorer)', () => {
  it('groups flagged steps at most episodeGap apart into one episode and keeps the strongest', () => {
    // Flagged at 2, 4 (gap 2: same episode), 9 (gap 5: new episode, stronger), 20.
    const steps: Array<[number, number]> = Array.from({ length: 25 }, () => [0, 0]);
    steps[2] = [6, 1];
    steps[4] = [7, 1];
    steps[9] = [12, 1];
    steps[11] = [4, 1]; // below the alarm: not flagged, but keeps nothing open
    steps[20] = [8, 1];
    const { core } = run(episodes, steps);
    expect(core.episodes).toBe(3);
    expect(core.best).toBe(12);
    expect([core.bestFrom, core.bestTo]).toEqual([9, 9]);
  });

  it('starts a new episode when the direction turns, even inside the gap', () => {
    const steps: Array<[number, number]> = [
      [6, 1],
      [9, 1],
      [10, -1],
      [6, -1],
      [0, 0],
    ];
    const { core } = run(episodes, steps, [11, 12, 13, 14, 15]);
    expect(core.episodes).toBe(2);
    expect([core.bestFrom, core.bestTo, core.bestTag]).toEqual([2, 3, 13]);
  });

  it('reports an incident once during its rest unless something clearly bigger comes', () => {
    const settings = { ...episodes, alarm: 1, rest: 5, restBar: 2, halfScore: 1 };
    const { scores } = run(settings, [
      [2, 0],
      [3, 0], // resting, not above 2 x 2: silenced
      [5, 0], // above 2 x 2: a new report and the new alarm
      [9, 0], // not above 2 x 5: silenced
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [3, 0], // the rest after step 2 is over
    ]);
    expect(scores.map((s) => Number(s.toFixed(3)))).toEqual([0.667, 0, 0.833, 0, 0, 0, 0, 0, 0, 0.75]);
  });

  it('discounts a young series and says nothing during the warm-up', () => {
    const settings = { ...episodes, warmup: 10, maturity: 10, alarm: 0.01, halfScore: 0.05 };
    const core = new StreamScorer(settings);
    expect(core.step(1, 9)).toBe(0);
    core.step(1, 10);
    expect(core.lastStrength).toBeCloseTo(0.5, 12);
    core.step(1, 90);
    expect(core.lastStrength).toBeCloseTo(0.9, 12);
  });

  it('passes the strength through untouched when maturity is 0 (a measure weighing its own youth)', () => {
    const core = new StreamScorer(episodes);
    core.step(0.1, 3);
    expect(core.lastStrength).toBe(0.1);
  });
});

describe("the core's count measure (CountSurprise) on a plain count series", () => {
  it('flags an eightfold day on a steady Poisson series, upwards, in the 1-day window, as one episode', () => {
    const rand = seededRandom(13);
    const counts = new CountSurprise(SALES_PARAMS, 12);
    counts.reset(0);
    const core = new StreamScorer({ ...episodes, warmup: SALES_PARAMS.warmupDays });
    for (let t = 0; t < 120; t++) {
      const x = t === 90 ? 240 : poisson(rand, 30);
      const surprise = counts.observe(t, x, 1, 0);
      core.step(surprise, t, counts.direction);
      if (core.isNewBest) expect([t, counts.direction, counts.window]).toEqual([90, 1, 1]);
    }
    core.finish();
    expect(core.episodes).toBe(1);
    expect(core.best).toBeGreaterThan(SALES_PARAMS.flagSurprise + 3);
    // The 3-day window still holds the spike on the two days after it: one episode, 90 to 92.
    expect([core.bestFrom, core.bestTo]).toEqual([90, 92]);
  });
});
