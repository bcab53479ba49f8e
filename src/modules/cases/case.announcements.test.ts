import { beforeAll, describe, expect, it } from 'vitest';
import { combineRestrictions, type ShapingCase } from './case.announcements.js';
import { loadDefaultPolicy, type Policy } from './policy.contract.js';

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

const shaping = (
  id: string,
  status: ShapingCase['status'],
  triggers: ShapingCase['triggers'],
): ShapingCase => ({
  id,
  status,
  appealCount: 0,
  triggers,
  policy,
});

describe('the restrictions a seller is announced', () => {
  it('holds payouts while a sales anomaly is open, and lifts everything on approval', () => {
    const open = combineRestrictions([shaping('c1', 'in_review', ['sales_anomaly'])]);
    expect(open).toMatchObject({
      restrictions: ['payouts_held'],
      can_sell: true,
      can_receive_payouts: false,
      open_case_id: 'c1',
    });
    expect(combineRestrictions([shaping('c1', 'approved', ['sales_anomaly'])])).toMatchObject({
      restrictions: [],
      can_sell: true,
      can_receive_payouts: true,
      open_case_id: null,
    });
  });

  it('adds deactivation when a rejection is final, and keeps it after a later case is approved', () => {
    expect(
      combineRestrictions([shaping('c1', 'rejected_final', ['identity_verification'])]).restrictions,
    ).toEqual(['deactivated', 'listings_paused', 'payouts_held']);
    const later = combineRestrictions([
      shaping('c2', 'approved', ['sales_anomaly']),
      shaping('c1', 'rejected_final', ['identity_verification']),
    ]);
    expect(later.restrictions).toContain('deactivated');
    expect(later.can_sell).toBe(false);
    expect(later.cases.map((c) => c.case_id)).toEqual(['c2', 'c1']);
  });
});
