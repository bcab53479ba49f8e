import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from './case.state.js';
import { loadDefaultPolicy, type Policy, type Trigger } from './policy.contract.js';
import { deriveRestrictions } from './restrictions.js';

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

const derive = (status: CaseStatus, triggers: Trigger[], appealCount = 0) =>
  deriveRestrictions({ status, triggers, appealCount }, policy);

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

describe('deriveRestrictions through review and appeal', () => {
  it('keeps the open restrictions while a rejection is only proposed (the case stays in review)', () => {
    expect(derive('in_review', ['sales_anomaly'])).toEqual(['payouts_held']);
  });

  it('keeps the rejection in force while the appeal is waiting, reviewed or sent back for documents', () => {
    for (const status of ['appealed', 'in_review', 'awaiting_documents', 'submitted'] as const)
      expect(derive(status, ['sales_anomaly'], 1), status).toEqual(['listings_paused', 'payouts_held']);
  });

  it('lifts everything when an appeal is approved, however many appeals it took', () => {
    expect(derive('approved', ['identity_verification'], 2)).toEqual([]);
  });

  it('rejects again after a failed appeal with appeals left, and deactivates after the last', () => {
    expect(derive('rejected', ['missing_documentation'], 1)).toEqual(['listings_paused', 'payouts_held']);
    expect(derive('rejected_final', ['missing_documentation'], 2)).toEqual(['deactivated', 'payouts_held']);
    expect(derive('rejected_final', ['missing_documentation'], 2)).toEqual(
      derive('rejected_final', ['missing_documentation'], 0),
    );
  });

  it('expires an appeal the seller left unanswered with the rejection and the expiry both in force', () => {
    expect(derive('expired', ['missing_documentation'], 1)).toEqual(['listings_paused', 'payouts_held']);
  });

  it('never loosens anything from rejection on until approval, withdrawal or deactivation', () => {
    const rejected = derive('rejected', ['registration_mismatch']);
    for (const status of CASE_STATUSES) {
      if (status === 'approved' || status === 'withdrawn') continue;
      if (status === 'rejected_final') {
        expect(derive(status, ['registration_mismatch'], 1)).toContain('deactivated');
        continue;
      }
      for (const restriction of rejected)
        expect(derive(status, ['registration_mismatch'], 1), status).toContain(restriction);
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
    expect(
      deriveRestrictions(
        { status: 'submitted', triggers: ['missing_documentation'], appealCount: 0 },
        edited,
      ),
    ).toEqual(['listings_paused']);
    expect(
      deriveRestrictions({ status: 'expired', triggers: ['missing_documentation'], appealCount: 0 }, edited),
    ).toEqual(['deactivated', 'listings_paused']);
  });
});
