/**
 * Contact throttling (SPEC section 6): while a case waits on support, a seller may send a limited
 * number of messages a day. The day is a rolling 24 hours, and every message the seller sent on the
 * case in it while the case waited on support counts, whatever happened meanwhile: an answer from
 * support, a decision or a new submission does not start the count again, so "N a day" is exactly
 * what the seller is held to. Messages written while the case waited on the seller never count.
 */
export const THROTTLE_WINDOW_MS = 24 * 3_600_000;

export interface ThrottleInput {
  now: Date;
  /** The policy's `messages.per_day_while_waiting`. */
  perDay: number;
  /** Whether the case waits on support (submitted, in review, appealed) rather than on the seller. */
  waitingOnSupport: boolean;
  /** When the seller sent their earlier messages on this case while it waited on support. */
  sellerMessagesAt: readonly Date[];
}

export type ThrottleDecision =
  /** `remaining`: messages left in the window after this one; `null` when not limited. */
  | { allowed: true; remaining: number | null }
  /** `retryAt`: when the next message will be taken, or `null` when only an answer frees it. */
  | { allowed: false; retryAt: Date | null };

export function decideThrottle(input: ThrottleInput): ThrottleDecision {
  if (!input.waitingOnSupport) return { allowed: true, remaining: null };
  const since = input.now.getTime() - THROTTLE_WINDOW_MS;
  const counted = input.sellerMessagesAt
    .map((at) => at.getTime())
    .filter((at) => at > since)
    .sort((a, b) => a - b);
  if (counted.length < input.perDay) return { allowed: true, remaining: input.perDay - counted.length - 1 };
  if (input.perDay === 0) return { allowed: false, retryAt: null };
  // The window frees a place when the oldest message that fills it is a day old.
  const freeing = counted[counted.length - input.perDay] as number;
  return { allowed: false, retryAt: new Date(freeing + THROTTLE_WINDOW_MS) };
}
