import { describe, expect, it } from 'vitest';
import { decideThrottle } from './throttle.js';

const now = new Date('2026-11-29T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('contact throttling', () => {
  it('does not limit a seller while the case waits on them', () => {
    const sent = Array.from({ length: 20 }, (_, i) => hoursAgo(i / 10));
    expect(decideThrottle({ now, perDay: 3, waitingOnSupport: false, sellerMessagesAt: sent })).toEqual({
      allowed: true,
      remaining: null,
    });
  });

  it('takes up to the daily number while the case waits on support, and says how many are left', () => {
    const base = { now, perDay: 3, waitingOnSupport: true };
    expect(decideThrottle({ ...base, sellerMessagesAt: [] })).toEqual({ allowed: true, remaining: 2 });
    expect(decideThrottle({ ...base, sellerMessagesAt: [hoursAgo(5), hoursAgo(1)] })).toEqual({
      allowed: true,
      remaining: 0,
    });
  });

  it('refuses the next one until the oldest counted message is a day old', () => {
    const decision = decideThrottle({
      now,
      perDay: 3,
      waitingOnSupport: true,
      sellerMessagesAt: [hoursAgo(30), hoursAgo(20), hoursAgo(5), hoursAgo(1)],
    });
    expect(decision).toEqual({ allowed: false, retryAt: new Date(hoursAgo(20).getTime() + 24 * 3_600_000) });
  });

  it('counts every message of the last 24 hours: nothing but time frees a place', () => {
    // An answer from support or a new submission in between changes nothing: the limit is per day.
    const sent = [hoursAgo(23), hoursAgo(5), hoursAgo(4)];
    expect(decideThrottle({ now, perDay: 3, waitingOnSupport: true, sellerMessagesAt: sent })).toEqual({
      allowed: false,
      retryAt: new Date(hoursAgo(23).getTime() + 24 * 3_600_000),
    });
    expect(
      decideThrottle({
        now,
        perDay: 3,
        waitingOnSupport: true,
        sellerMessagesAt: [hoursAgo(25), ...sent.slice(1)],
      }),
    ).toEqual({ allowed: true, remaining: 0 });
  });

  it('with a limit of zero, waits for an answer', () => {
    expect(decideThrottle({ now, perDay: 0, waitingOnSupport: true, sellerMessagesAt: [] })).toEqual({
      allowed: false,
      retryAt: null,
    });
  });
});
