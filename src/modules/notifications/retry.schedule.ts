/**
 * When to try a failed delivery (webhook or email) again: exponential backoff with jitter, for a
 * window of 24 hours from the first send (or the latest replay). The last try falls at the end of
 * the window; a failure then is final.
 */
export interface RetrySchedule {
  /** The wait after the first failure, before jitter. */
  baseMs: number;
  factor: number;
  /** The longest wait between two tries, before jitter. */
  capMs: number;
  /** How long after the window starts a delivery is still tried. */
  windowMs: number;
}

const HOUR_MS = 3_600_000;

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = {
  baseMs: 30_000,
  factor: 2,
  capMs: 4 * HOUR_MS,
  windowMs: 24 * HOUR_MS,
};

/** The wait after the `failures`-th failure: between half and all of the backoff ("equal jitter"). */
export function retryDelayMs(
  failures: number,
  random: () => number,
  schedule = DEFAULT_RETRY_SCHEDULE,
): number {
  const backoff = Math.min(schedule.baseMs * schedule.factor ** Math.max(0, failures - 1), schedule.capMs);
  return Math.round(backoff / 2 + random() * (backoff / 2));
}

/**
 * The next try after `failures` failures, or undefined when the window is over (the delivery fails).
 * Never later than the end of the window, so the last try happens at 24 hours.
 */
export function nextAttemptAt(
  failures: number,
  windowStartedAt: Date,
  now: Date,
  random: () => number = Math.random,
  schedule = DEFAULT_RETRY_SCHEDULE,
): Date | undefined {
  const windowEnd = windowStartedAt.getTime() + schedule.windowMs;
  if (now.getTime() >= windowEnd) return undefined;
  return new Date(Math.min(now.getTime() + retryDelayMs(failures, random, schedule), windowEnd));
}
