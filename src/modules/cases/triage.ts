import { type Policy, SEVERITIES, type Severity, type Trigger } from './policy.contract.js';

/** Whether a finding of `trigger` with `score` is strong enough to open a case (or join an open one). */
export const opensCase = (trigger: Trigger, score: number, policy: Policy): boolean =>
  score >= policy.triggers[trigger].open_score;

/** The severity band `score` falls in for `trigger`. */
export function severityOf(trigger: Trigger, score: number, policy: Policy): Severity {
  const bands = policy.triggers[trigger].severity;
  if (score >= bands.high_from) return 'high';
  if (score >= bands.medium_from) return 'medium';
  return 'low';
}

/** A case is as severe as its most severe reason; a case without reasons is low. */
export const highestSeverity = (severities: readonly Severity[]): Severity =>
  SEVERITIES[Math.max(0, ...severities.map((severity) => SEVERITIES.indexOf(severity)))] ?? 'low';
