import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultPolicy, type Policy } from './policy.contract.js';
import { highestSeverity, opensCase, severityOf } from './triage.js';

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

describe('triage', () => {
  it('opens a case from the trigger threshold on', () => {
    expect(opensCase('registration_mismatch', 0.59, policy)).toBe(false);
    expect(opensCase('registration_mismatch', 0.6, policy)).toBe(true);
    expect(opensCase('sales_anomaly', 0.65, policy)).toBe(false);
  });

  it('bands severity by score, per trigger', () => {
    expect(severityOf('account_association', 0.69, policy)).toBe('low');
    expect(severityOf('account_association', 0.7, policy)).toBe('medium');
    expect(severityOf('account_association', 0.85, policy)).toBe('high');
    expect(severityOf('sales_anomaly', 0.9, policy)).toBe('medium');
    expect(severityOf('identity_verification', 1, policy)).toBe('high');
  });

  it('rates a case by its most severe reason', () => {
    expect(highestSeverity(['low', 'high', 'medium'])).toBe('high');
    expect(highestSeverity(['low', 'medium'])).toBe('medium');
    expect(highestSeverity([])).toBe('low');
  });
});
