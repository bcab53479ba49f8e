import { describe, expect, it } from 'vitest';
import { type CaseFactsInput, caseFacts } from './case.facts.js';
import { loadDefaultPolicy } from './policy.contract.js';

const policy = await loadDefaultPolicy();
const base: CaseFactsInput = {
  status: 'in_review',
  deadlineAt: new Date('2026-12-10T00:00:00Z'),
  reviewDueAt: new Date('2026-12-12T00:00:00Z'),
  decidedAt: null,
  appealCount: 0,
  policy,
  actor: 'reviewer',
  actorId: 'me',
  assigneeId: null,
  requirements: [
    { material: 'proof_of_address', kind: 'document', status: 'pending_verification', hasMaterial: true },
    { material: 'business_license', kind: 'document', status: 'currently_due', hasMaterial: false },
    { material: 'statement', kind: 'statement', status: 'errored', hasMaterial: true },
  ],
  now: new Date('2026-12-05T00:00:00Z'),
};
const hold = (input: Partial<CaseFactsInput>) => caseFacts({ ...base, ...input }).hold;

describe('caseFacts: the review hold', () => {
  it('lets a reviewer claim a case nobody holds, not one another reviewer holds', () => {
    expect(hold({})).toEqual({ held_by_you: false, can_claim: true, can_release: false, can_assign: false });
    expect(hold({ assigneeId: 'other' })).toEqual({
      held_by_you: false,
      can_claim: false,
      can_release: false,
      can_assign: false,
    });
  });

  it('lets the holder release, and claim again only a case that left review (resubmitted)', () => {
    expect(hold({ assigneeId: 'me' })).toEqual({
      held_by_you: true,
      can_claim: false,
      can_release: true,
      can_assign: false,
    });
    expect(hold({ assigneeId: 'me', status: 'submitted' })?.can_claim).toBe(true);
  });

  it('lets a supervisor release anyone and assign while the case waits for review', () => {
    expect(hold({ actor: 'supervisor', assigneeId: 'other' })).toEqual({
      held_by_you: false,
      can_claim: false,
      can_release: true,
      can_assign: true,
    });
    expect(hold({ actor: 'supervisor', status: 'approved' })?.can_assign).toBe(false);
  });

  it('offers nothing outside the review queue, to admins, and no hold at all to sellers or integrations', () => {
    expect(hold({ status: 'awaiting_documents' })).toEqual({
      held_by_you: false,
      can_claim: false,
      can_release: false,
      can_assign: false,
    });
    expect(hold({ actor: 'admin', assigneeId: 'other' })?.can_release).toBe(false);
    expect(hold({ actor: 'admin' })?.can_claim).toBe(false);
    expect(hold({ actor: 'seller' })).toBeNull();
    expect(hold({ actor: undefined })).toBeNull();
  });
});

describe('caseFacts: what an approval must waive', () => {
  it('names the requirements with no verified material, while in review only', () => {
    expect(caseFacts(base).unmet_at_approval).toEqual(['business_license', 'statement']);
    expect(caseFacts({ ...base, status: 'submitted' }).unmet_at_approval).toEqual([]);
  });
});

describe('caseFacts: what the case takes now', () => {
  it('arranges calls while open and undecided, takes documents before submitting and for an appeal', () => {
    const facts = (status: CaseFactsInput['status']) => caseFacts({ ...base, status });
    expect(facts('awaiting_documents')).toMatchObject({ arranges_calls: true, accepts_documents: true });
    expect(facts('in_review')).toMatchObject({ arranges_calls: true, accepts_documents: false });
    expect(facts('rejected')).toMatchObject({ arranges_calls: false, accepts_documents: true });
    expect(facts('approved')).toMatchObject({ arranges_calls: false, accepts_documents: false });
  });
});

describe('caseFacts: the pending proposal and its second reviewer', () => {
  const pending = (input: Partial<CaseFactsInput>) =>
    caseFacts({ ...base, pendingProposal: { id: 'd1', refusal: undefined }, ...input }).pending_review;

  it('lets a reviewer or supervisor who took no part confirm it', () => {
    expect(pending({})).toEqual({ decision_id: 'd1', can_confirm: true, reason: null });
    expect(pending({ actor: 'supervisor' })).toEqual({ decision_id: 'd1', can_confirm: true, reason: null });
  });

  it('refuses the proposer and the deciders of an appealed rejection, saying why', () => {
    expect(pending({ pendingProposal: { id: 'd1', refusal: 'proposer' } })).toEqual({
      decision_id: 'd1',
      can_confirm: false,
      reason: 'proposer',
    });
    expect(pending({ pendingProposal: { id: 'd1', refusal: 'decided_rejection' } })).toEqual({
      decision_id: 'd1',
      can_confirm: false,
      reason: 'decided_rejection',
    });
  });

  it('refuses an admin as not a reviewer, and tells sellers and the system nothing', () => {
    expect(pending({ actor: 'admin' })).toEqual({
      decision_id: 'd1',
      can_confirm: false,
      reason: 'not_a_reviewer',
    });
    expect(pending({ actor: 'seller' })).toBeNull();
    expect(pending({ actor: 'system' })).toBeNull();
    expect(pending({ actor: undefined })).toBeNull();
  });

  it('is null while no proposal waits', () => {
    expect(pending({ pendingProposal: null })).toBeNull();
    expect(caseFacts(base).pending_review).toBeNull();
  });
});
