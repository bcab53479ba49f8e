/**
 * Login throttling: after too many failed logins for one account, or from one address, within a
 * window, further attempts are refused before the password is even checked, until the oldest
 * failure that fills the window is older than it. A success clears the account's failures.
 */
export interface LoginLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 50 };

export type LoginThrottle = { allowed: true } | { allowed: false; by: 'account' | 'address'; retryAt: Date };

export function decideLoginThrottle(
  now: Date,
  limits: LoginLimits,
  failures: { account: readonly Date[]; address: readonly Date[] },
): LoginThrottle {
  const since = now.getTime() - limits.windowMs;
  const check = (times: readonly Date[], limit: number) => {
    const counted = times
      .map((t) => t.getTime())
      .filter((t) => t > since)
      .sort((a, b) => a - b);
    if (counted.length < limit) return undefined;
    return new Date((counted[counted.length - limit] as number) + limits.windowMs);
  };
  const account = check(failures.account, limits.perAccount);
  if (account) return { allowed: false, by: 'account', retryAt: account };
  const address = check(failures.address, limits.perAddress);
  if (address) return { allowed: false, by: 'address', retryAt: address };
  return { allowed: true };
}
