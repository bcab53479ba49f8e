import { describe, expect, it } from 'vitest';
import { detectIdentityVerification } from './identity-verification.detect.js';

const asOf = new Date('2026-11-01T00:00:00Z');

describe('identity_verification', () => {
  it('flags a latest failed check with its reason', () => {
    const finding = detectIdentityVerification(
      'S1',
      [
        { at: '2026-09-01T00:00:00Z', result: 'passed' },
        { at: '2026-10-04T10:00:00Z', result: 'failed', reason: 'document blurry' },
      ],
      asOf,
    );
    expect(finding).toMatchObject({ trigger: 'identity_verification', score: 1, severity: 'high' });
    expect(finding?.summary).toBe(
      'Your identity check on 2026-10-04 failed (document blurry), so we need to verify your identity again.',
    );
    expect(finding?.evidence).toMatchObject({
      latest_check: { result: 'failed' },
      checks: 2,
      failed_checks: 1,
    });
  });

  it('lets a later pass clear an earlier failure, whatever the feed order', () => {
    const checks = [
      { at: '2026-10-05T00:00:00Z', result: 'passed' as const },
      { at: '2026-10-04T00:00:00Z', result: 'failed' as const },
    ];
    expect(detectIdentityVerification('S1', checks, asOf)).toBeUndefined();
  });

  it('flags an incomplete check as medium and ignores checks after the reference date', () => {
    const checks = [
      { at: '2026-10-04T00:00:00Z', result: 'incomplete' as const },
      { at: '2026-11-02T00:00:00Z', result: 'passed' as const },
    ];
    expect(detectIdentityVerification('S1', checks, asOf)).toMatchObject({ score: 0.8, severity: 'medium' });
    expect(detectIdentityVerification('S1', [], asOf)).toBeUndefined();
  });
});
