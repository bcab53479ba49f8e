import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from './case.state.js';
import { loadDefaultPolicy, type Policy, type Trigger } from './policy.contract.js';
import { deriveRestrictions } from './restrictions.js';

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

const derive = (status: CaseStatus, triggers: Trigger[]) => deriveRestrictions({ status, triggers }, policy);

describe('deriveRestrictions with the default policy', () => {
  it('holds payouts only for a sales anomaly under review', () => {
    expect(derive('in_review', ['sales_anomaly'])).toEqual(['payouts_held']);
  });

  it('also pauses listings while identity is unverified', () => {
    expect(derive('awaiting_documents', ['identity_verification'])).toEqual([
      'listings_paused',
      'payouts_held',
    ]);
  });

  it('restricts nothing while only documents on file are missing', () => {
    expect(derive('submitted', ['missing_documentation'])).toEqual([]);
  });

  it('unites the restrictions of every trigger of an open case', () => {
    expect(derive('appealed', ['missing_documentation', 'sales_anomaly', 'identity_verification'])).toEqual([
      'listings_paused',
      'payouts_held',
    ]);
  });

  it('is the same in every open status', () => {
    for (const status of [
      'awaiting_documents',
      'submitted',
      'in_review',
      'info_requested',
      'appealed',
    ] as const)
      expect(derive(status, ['registration_mismatch'])).toEqual(['payouts_held']);
  });

  it('lifts everything on approval and on withdrawal', () => {
    const all: Trigger[] = ['identity_verification', 'account_association'];
    expect(derive('approved', all)).toEqual([]);
    expect(derive('withdrawn', all)).toEqual([]);
  });

  it('pauses listings and holds payouts after a rejection, whatever the triggers', () => {
    expect(derive('rejected', ['missing_documentation'])).toEqual(['listings_paused', 'payouts_held']);
  });

  it('deactivates after a final rejection, keeping what the case already imposed', () => {
    expect(derive('rejected_final', ['sales_anomaly'])).toEqual(['deactivated', 'payouts_held']);
    expect(derive('rejected_final', ['identity_verification'])).toEqual([
      'deactivated',
      'listings_paused',
      'payouts_held',
    ]);
  });

  it('suspends an account whose case expired', () => {
    expect(derive('expired', ['missing_documentation'])).toEqual(['listings_paused', 'payouts_held']);
  });

  it('never loosens a restriction on a decision other than approval or withdrawal', () => {
    for (const status of CASE_STATUSES) {
      if (status === 'approved' || status === 'withdrawn') continue;
      const open = derive('in_review', ['identity_verification']);
      for (const restriction of open)
        expect(derive(status, ['identity_verification'])).toContain(restriction);
    }
  });
});

describe('deriveRestrictions follows the policy it is given', () => {
  it('uses an edited policy', () => {
    const edited: Policy = {
      ...policy,
      triggers: {
        ...policy.triggers,
        missing_documentation: {
          ...policy.triggers.missing_documentation,
          restrictions_while_open: ['listings_paused'],
        },
      },
      outcomes: { ...policy.outcomes, expired: ['deactivated'] },
    };
    expect(deriveRestrictions({ status: 'submitted', triggers: ['missing_documentation'] }, edited)).toEqual([
      'listings_paused',
    ]);
    expect(deriveRestrictions({ status: 'expired', triggers: ['missing_documentation'] }, edited)).toEqual([
      'deactivated',
      'listings_paused',
    ]);
  });
});
