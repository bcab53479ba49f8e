/**
 * The estimated decision date a seller sees (SPEC section 6): from the case's place in the review
 * queue and how the queue moved over the past week. Pure; the workflow measures the inputs.
 *
 * Reviewers do not work around the clock, so a flat rate (decisions per hour) is wrong at night
 * and at weekends. Instead the past week is the template for the coming one: in the hour starting
 * `now + k h`, the queue is expected to decide as many cases as it did in the same hour a week
 * earlier. The case is decided once the cases ahead of it and itself are. When the queue holds more
 * cases than it decides in a day, the cases of higher severity expected to arrive meanwhile also
 * overtake it, counted the same way; when it clears within a day they do not matter (counting
 * them then overestimates, because last week's decisions were limited by what arrived, not by
 * what reviewers could do).
 * With too little history, or a week in which the queue did not gain on its arrivals, the
 * estimate is the review SLA.
 */
export const ETA_RULES = {
  /** Fewer decisions than this in the past week say too little about the pace: the SLA is used. */
  minDecisions: 5,
  lookbackHours: 168,
  /** The walk forward stops after this many weeks: beyond, the SLA is as good a guess. */
  horizonWeeks: 8,
} as const;

const HOUR_MS = 3_600_000;

export interface EtaInput {
  now: Date;
  /** Cases the queue will decide before this one, those in review included (0: it is next). */
  ahead: number;
  /** Every case waiting on review now, this one included. */
  waiting: number;
  /** When the queue reached its decisions over the past week (older ones are ignored). */
  recentDecisionsAt: readonly Date[];
  /**
   * When cases that would have overtaken this one (a higher severity) were submitted over the past
   * week. Without them the estimate is far too early when the queue is overloaded and a
   * low-severity case waits behind every new high one (docs/benchmarks.md, "Estimated decision date").
   */
  recentOvertakingAt: readonly Date[];
  /** When the review SLA of this case runs out. */
  reviewDueAt: Date;
}

export interface Eta {
  estimatedAt: Date;
  basis: 'queue' | 'sla';
  ahead: number;
  /** Decisions over the past week, for the seller: "about N a day". */
  decisionsPerDay: number;
}

export function estimateDecision(input: EtaInput): Eta {
  const now = input.now.getTime();
  const weekAgo = now - ETA_RULES.lookbackHours * HOUR_MS;
  const decided = hourly(input.recentDecisionsAt, weekAgo);
  const clearsWithinADay = input.waiting <= decided.slice(0, 24).reduce((a, b) => a + b, 0);
  const overtaking = hourly(clearsWithinADay ? [] : input.recentOvertakingAt, weekAgo);
  const decisionsInWeek = decided.reduce((a, b) => a + b, 0);
  const base = { ahead: input.ahead, decisionsPerDay: Math.round((decisionsInWeek / 7) * 10) / 10 };
  const gainPerWeek = decisionsInWeek - overtaking.reduce((a, b) => a + b, 0);
  const sla = { ...base, estimatedAt: input.reviewDueAt, basis: 'sla' as const };
  if (decisionsInWeek < ETA_RULES.minDecisions || gainPerWeek <= 0) return sla;
  const needed = input.ahead + 1;
  let done = 0;
  for (let k = 0; k < ETA_RULES.horizonWeeks * ETA_RULES.lookbackHours; k++) {
    const slot = k % ETA_RULES.lookbackHours;
    const gain = (decided[slot] ?? 0) - (overtaking[slot] ?? 0);
    if (gain > 0 && done + gain >= needed) {
      const fraction = (needed - done) / gain;
      return { ...base, estimatedAt: new Date(now + (k + fraction) * HOUR_MS), basis: 'queue' };
    }
    done += gain;
  }
  return sla;
}

/** Counts per hour of the past week: slot `k` is the hour that starts `k` hours after a week ago. */
function hourly(times: readonly Date[], weekAgo: number): number[] {
  const slots = new Array<number>(ETA_RULES.lookbackHours).fill(0);
  for (const time of times) {
    const k = Math.floor((time.getTime() - weekAgo) / HOUR_MS);
    if (k >= 0 && k < ETA_RULES.lookbackHours) slots[k] = (slots[k] as number) + 1;
  }
  return slots;
}
