import { describe, expect, it } from 'vitest';
import { caseActionFor, deciderOfRejection, reviewerRefusal, secondReviewerRefusal } from './four-eyes.js';

const rejection = { decision: 'rejected', status: 'decided', proposedBy: 'ann', reviewedBy: 'bob' };
const sentBack = { decision: 'rejected', status: 'sent_back', proposedBy: 'cat', reviewedBy: 'dan' };
const approval = { decision: 'approved', status: 'decided', proposedBy: 'eve', reviewedBy: null };

describe('four eyes and appeals', () => {
  it('excludes from an appeal both the proposer and the approver of every rejection that took effect', () => {
    expect([...deciderOfRejection([rejection, sentBack, approval])].sort()).toEqual(['ann', 'bob']);
  });

  it('lets anyone review a first-instance case, and nobody who decided its rejection review the appeal', () => {
    expect(reviewerRefusal('ann', { appealCount: 0, decisions: [rejection] })).toBeUndefined();
    expect(reviewerRefusal('ann', { appealCount: 1, decisions: [rejection] })).toBe('decided_rejection');
    expect(reviewerRefusal('bob', { appealCount: 1, decisions: [rejection] })).toBe('decided_rejection');
    expect(reviewerRefusal('cat', { appealCount: 1, decisions: [rejection, sentBack] })).toBeUndefined();
  });

  it('never lets the proposer be the second reviewer', () => {
    const proposal = { decision: 'rejected', status: 'proposed', proposedBy: 'fay', reviewedBy: null };
    const context = { appealCount: 0, decisions: [proposal] };
    expect(secondReviewerRefusal('fay', proposal, context)).toBe('proposer');
    expect(secondReviewerRefusal('gus', proposal, context)).toBeUndefined();
    const onAppeal = { appealCount: 1, decisions: [rejection, proposal] };
    expect(secondReviewerRefusal('bob', proposal, onAppeal)).toBe('decided_rejection');
  });

  it('makes a rejection final when no appeal is left', () => {
    expect(caseActionFor('rejected', true)).toBe('reject');
    expect(caseActionFor('rejected', false)).toBe('reject_final');
    expect(caseActionFor('approved', false)).toBe('approve');
    expect(caseActionFor('info_requested', true)).toBe('request_info');
  });
});
