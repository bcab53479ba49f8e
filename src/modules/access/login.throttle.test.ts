import { describe, expect, it } from 'vitest';
import { decideLoginThrottle } from './login.throttle.js';

const now = new Date('2026-12-01T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const limits = { windowMs: 15 * 60_000, perAccount: 3, perAddress: 5 };

describe('login throttling', () => {
  it('lets an account try until its failures in the window reach the limit', () => {
    expect(
      decideLoginThrottle(now, limits, { account: [minutesAgo(2), minutesAgo(1)], address: [] }),
    ).toEqual({
      allowed: true,
    });
    expect(
      decideLoginThrottle(now, limits, {
        account: [minutesAgo(20), minutesAgo(2), minutesAgo(1)],
        address: [],
      }),
    ).toEqual({ allowed: true });
  });

  it('refuses the account until the oldest failure that fills the window leaves it', () => {
    const account = [minutesAgo(10), minutesAgo(2), minutesAgo(1), minutesAgo(0.5)];
    expect(decideLoginThrottle(now, limits, { account, address: [] })).toEqual({
      allowed: false,
      by: 'account',
      retryAt: new Date(minutesAgo(2).getTime() + 15 * 60_000),
    });
  });

  it('refuses an address that failed on many accounts, even for an account with no failures', () => {
    const address = [1, 2, 3, 4, 5].map(minutesAgo);
    expect(decideLoginThrottle(now, limits, { account: [], address })).toEqual({
      allowed: false,
      by: 'address',
      retryAt: new Date(minutesAgo(5).getTime() + 15 * 60_000),
    });
  });
});
