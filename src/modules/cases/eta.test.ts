import { describe, expect, it } from 'vitest';
import { estimateDecision } from './eta.js';

const HOUR = 3_600_000;
const now = new Date('2026-11-30T09:00:00Z'); // a Monday, 09:00
const due = new Date('2026-12-02T09:00:00Z');
/** Times a week before `now` plus these hours. */
const lastWeek = (...hours: number[]) => hours.map((h) => new Date(now.getTime() - 168 * HOUR + h * HOUR));

describe('estimated decision date', () => {
  it('expects the queue to move as it did in the same hours last week', () => {
    // Last Monday the queue decided 2 cases between 09:00 and 10:00 and 2 between 10:00 and 11:00.
    const decisions = lastWeek(0.2, 0.7, 1.2, 1.7, 50, 51);
    const eta = estimateDecision({
      now,
      ahead: 2,
      waiting: 3,
      recentDecisionsAt: decisions,
      recentOvertakingAt: [],
      reviewDueAt: due,
    });
    // Three decisions needed: two in the first hour, half of the second hour's two.
    expect(eta).toEqual({
      estimatedAt: new Date(now.getTime() + 1.5 * HOUR),
      basis: 'queue',
      ahead: 2,
      decisionsPerDay: 0.9,
    });
  });

  it('waits over a night or a weekend when nobody decided then', () => {
    // Decisions only from 09:00 to 10:00 on each day last week.
    const decisions = lastWeek(...[0, 24, 48, 72, 96].flatMap((d) => [d + 0.25, d + 0.5, d + 0.75]));
    const afterHours = new Date(now.getTime() + 2 * HOUR);
    const eta = estimateDecision({
      now: afterHours,
      ahead: 0,
      waiting: 1,
      recentDecisionsAt: decisions.map((d) => new Date(d.getTime())),
      recentOvertakingAt: [],
      reviewDueAt: due,
    });
    // The next hour with decisions is tomorrow 09:00–10:00 (relative to `now`, 24 h later).
    expect(eta.estimatedAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 24 * HOUR);
    expect(eta.estimatedAt.getTime()).toBeLessThan(now.getTime() + 25 * HOUR);
  });

  it('adds the higher-severity cases expected to overtake it', () => {
    const decisions = lastWeek(0.25, 0.5, 0.75, 1.25, 1.5, 1.75);
    // Ten cases waiting, more than the six the queue decides in a day: overtaking counts.
    const input = { now, ahead: 0, waiting: 10, recentDecisionsAt: decisions, reviewDueAt: due };
    const alone = estimateDecision({ ...input, recentOvertakingAt: [] });
    const overtaken = estimateDecision({ ...input, recentOvertakingAt: lastWeek(0.1, 0.2, 0.3) });
    expect(overtaken.estimatedAt.getTime()).toBeGreaterThan(alone.estimatedAt.getTime());
    // A queue that clears within the day is not overtaken.
    const light = estimateDecision({ ...input, waiting: 2, recentOvertakingAt: lastWeek(0.1, 0.2, 0.3) });
    expect(light.estimatedAt).toEqual(alone.estimatedAt);
  });

  it('falls back to the SLA with too little history or a queue that did not gain on its arrivals', () => {
    const input = { now, ahead: 0, waiting: 20, reviewDueAt: due };
    expect(
      estimateDecision({ ...input, recentDecisionsAt: lastWeek(1, 2), recentOvertakingAt: [] }),
    ).toMatchObject({
      estimatedAt: due,
      basis: 'sla',
    });
    expect(
      estimateDecision({
        ...input,
        recentDecisionsAt: lastWeek(1, 2, 3, 4, 5, 6),
        recentOvertakingAt: lastWeek(1, 2, 3, 4, 5, 6, 7),
      }),
    ).toMatchObject({ basis: 'sla' });
  });
});

describe('estimated decision date at its edges', () => {
  const base = { now, ahead: 0, waiting: 1, recentOvertakingAt: [] as Date[], reviewDueAt: due };

  it('trusts the queue from exactly five decisions in the week, not four', () => {
    expect(estimateDecision({ ...base, recentDecisionsAt: lastWeek(0.5, 1.5, 2.5, 3.5, 4.5) }).basis).toBe(
      'queue',
    );
    expect(estimateDecision({ ...base, recentDecisionsAt: lastWeek(0.5, 1.5, 2.5, 3.5) })).toEqual({
      estimatedAt: due,
      basis: 'sla',
      ahead: 0,
      decisionsPerDay: 0.6,
    });
  });

  it('uses the SLA when the queue gained exactly nothing on its arrivals', () => {
    const hours = lastWeek(1, 2, 3, 4, 5, 6);
    expect(
      estimateDecision({ ...base, waiting: 50, recentDecisionsAt: hours, recentOvertakingAt: hours }).basis,
    ).toBe('sla');
  });

  it('ignores overtaking when the waiting cases are exactly what the next day decides', () => {
    const decisions = lastWeek(0.5, 1.5, 2.5, 3.5, 4.5, 30.5);
    const input = { ...base, ahead: 2, recentDecisionsAt: decisions, recentOvertakingAt: lastWeek(0.1, 1.1) };
    const atCapacity = estimateDecision({ ...input, waiting: 5 });
    const over = estimateDecision({ ...input, waiting: 6 });
    expect(atCapacity.estimatedAt).toEqual(new Date(now.getTime() + 3 * HOUR));
    expect(over.estimatedAt.getTime()).toBeGreaterThan(atCapacity.estimatedAt.getTime());
  });

  it('counts a decision a week ago to the hour, and none from before or from now on', () => {
    const weekAgo = new Date(now.getTime() - 168 * HOUR);
    const decisions = [weekAgo, ...lastWeek(1, 2, 3, 4)];
    expect(estimateDecision({ ...base, recentDecisionsAt: decisions }).decisionsPerDay).toBe(0.7);
    const outside = [
      new Date(weekAgo.getTime() - 1),
      now,
      new Date(now.getTime() + HOUR),
      ...lastWeek(1, 2, 3, 4),
    ];
    expect(estimateDecision({ ...base, recentDecisionsAt: outside })).toMatchObject({
      basis: 'sla',
      decisionsPerDay: 0.6,
    });
  });

  it('ends an hour exactly when that hour decides exactly the cases needed', () => {
    const eta = estimateDecision({ ...base, ahead: 1, recentDecisionsAt: lastWeek(0.2, 0.4, 5, 6, 7) });
    expect(eta.estimatedAt).toEqual(new Date(now.getTime() + HOUR));
  });

  it('gives up on the queue past eight weeks ahead', () => {
    const eta = estimateDecision({
      ...base,
      ahead: 5 * 8,
      waiting: 41,
      recentDecisionsAt: lastWeek(1, 2, 3, 4, 5),
    });
    expect(eta).toMatchObject({ basis: 'sla', estimatedAt: due });
    const justInside = estimateDecision({
      ...base,
      ahead: 5 * 8 - 1,
      waiting: 40,
      recentDecisionsAt: lastWeek(1, 2, 3, 4, 5),
    });
    expect(justInside.basis).toBe('queue');
  });
});
