import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE, nextAttemptAt, retryDelayMs } from './retry.schedule.js';

const start = new Date('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

describe('retry schedule', () => {
  it('doubles from 30 s, between half and all of the backoff, capped at 4 hours', () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(2, () => 1)).toBe(60_000);
    expect(retryDelayMs(5, () => 1)).toBe(480_000);
    expect(retryDelayMs(20, () => 1)).toBe(4 * HOUR);
    expect(retryDelayMs(20, () => 0)).toBe(2 * HOUR);
  });

  it('tries for 24 hours, the last try at the end of the window, then gives up', () => {
    const times: Date[] = [start];
    for (let failures = 1; ; failures++) {
      const next = nextAttemptAt(failures, start, times.at(-1)!, () => 1);
      if (!next) break;
      times.push(next);
    }
    const last = times.at(-1)!;
    expect(last.getTime() - start.getTime()).toBe(DEFAULT_RETRY_SCHEDULE.windowMs);
    expect(times.length).toBeGreaterThan(10);
    expect(times.length).toBeLessThan(20);
    expect(nextAttemptAt(times.length, start, last, () => 1)).toBeUndefined();
  });

  it('never schedules past the window nor before now (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 30 * HOUR }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (failures, elapsed, r) => {
          const now = new Date(start.getTime() + elapsed);
          const next = nextAttemptAt(failures, start, now, () => r);
          if (elapsed >= DEFAULT_RETRY_SCHEDULE.windowMs) expect(next).toBeUndefined();
          else {
            expect(next!.getTime()).toBeGreaterThan(now.getTime());
            expect(next!.getTime()).toBeLessThanOrEqual(start.getTime() + DEFAULT_RETRY_SCHEDULE.windowMs);
          }
        },
      ),
    );
  });
});
