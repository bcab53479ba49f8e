import type { Finding } from '../../finding.js';

export interface IdentityCheck {
  at: string;
  result: 'passed' | 'failed' | 'incomplete';
  reason?: string | undefined;
}

/**
 * `identity_verification`: the latest identity check is failed or incomplete. A later pass
 * clears an earlier failure, so only the latest check (by time, then feed order) counts.
 */
export function detectIdentityVerification(
  sellerId: string,
  checks: readonly IdentityCheck[],
  asOf: Date,
): Finding | undefined {
  const known = checks.filter((check) => Date.parse(check.at) < asOf.getTime());
  const latest = known.reduce<IdentityCheck | undefined>(
    (best, check) => (!best || Date.parse(check.at) >= Date.parse(best.at) ? check : best),
    undefined,
  );
  if (!latest || latest.result === 'passed') return undefined;
  const day = latest.at.slice(0, 10);
  const why = latest.reason ? ` (${latest.reason})` : '';
  return {
    seller_id: sellerId,
    trigger: 'identity_verification',
    score: latest.result === 'failed' ? 1 : 0.8,
    severity: latest.result === 'failed' ? 'high' : 'medium',
    summary:
      latest.result === 'failed'
        ? `Your identity check on ${day} failed${why}, so we need to verify your identity again.`
        : `Your identity check on ${day} was not completed${why}, so we need to verify your identity again.`,
    evidence: {
      latest_check: { at: latest.at, result: latest.result, reason: latest.reason ?? null },
      checks: known.length,
      failed_checks: known.filter((check) => check.result !== 'passed').length,
    },
  };
}
