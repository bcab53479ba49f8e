import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { businessSeller, loadSellers } from '../support/feed.js';
import { type Call, caller, type Person, personFor, uploadDocuments } from '../support/review.js';

/** The case view's facts are the server's rules: what it offers is what it accepts, and no more. */
describe('case facts agree with what the server accepts', () => {
  let t: TestApp;
  let call: Call;
  let seller: Person;
  let reviewer: Person;
  let caseId: string;
  const view = async (who: Person) => (await call('GET', `/v1/cases/${caseId}`, who)).json();
  const submit = () => call('POST', `/v1/cases/${caseId}/submit`, seller, {});

  beforeAll(async () => {
    t = await startTestApp();
    call = caller(t);
    await loadSellers(t.context, [businessSeller('F1')]);
    const opened = await openOrUpdateCase(t.context, {
      sellerId: 'F1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 0.9, summary: 'Operated from abroad.', evidence: {} },
      ],
    });
    caseId = (opened as { caseId: string }).caseId;
    seller = await personFor(t, 'seller', 'F1');
    reviewer = await personFor(t, 'reviewer');
  });
  afterAll(() => t.close());

  it('offers no submit while a document is missing, and the server refuses one', async () => {
    const before = await view(seller);
    expect(before.allowed_actions).toEqual([]);
    expect([...before.missing_for_submission].sort()).toEqual(['business_license', 'proof_of_address']);
    expect(before.accepts_documents).toBe(true);
    expect(before.due).toEqual({ kind: 'seller_deadline', at: before.deadline_at });
    const refused = await submit();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'REQUIREMENTS_INCOMPLETE' });

    await uploadDocuments(t, caseId, seller, ['business_license']);
    const half = await view(seller);
    expect(half.allowed_actions).toEqual([]);
    expect(half.missing_for_submission).toEqual(['proof_of_address']);
    expect(
      half.requirement_statuses.find((r: { material: string }) => r.material === 'business_license'),
    ).toMatchObject({ has_material: true });
    expect((await submit()).statusCode).toBe(409);
  });

  it('offers submit once every document is in, and the server accepts it', async () => {
    await uploadDocuments(t, caseId, seller, ['proof_of_address']);
    const ready = await view(seller);
    expect(ready.allowed_actions).toEqual(['submit']);
    expect(ready.missing_for_submission).toEqual([]);
    const accepted = await submit();
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('submitted');
  });

  it('once submitted: nothing for the seller (a second submit is refused), review actions for staff, the review due date', async () => {
    const forSeller = await view(seller);
    expect(forSeller.allowed_actions).toEqual([]);
    expect(forSeller.accepts_documents).toBe(false);
    expect((await submit()).json()).toMatchObject({ code: 'INVALID_TRANSITION' });

    const forReviewer = await view(reviewer);
    expect(forReviewer.allowed_actions).toEqual(['start_review', 'withdraw']);
    expect(forReviewer.due).toEqual({ kind: 'review', at: forReviewer.review_due_at });
    expect(forReviewer.review_due_at).not.toBeNull();
    expect(forSeller.hold).toBeNull();
  });

  it('offers a claim to a reviewer while nobody holds the case, then release to the holder only', async () => {
    const other = await personFor(t, 'reviewer');
    const before = await view(reviewer);
    expect(before.hold).toEqual({
      held_by_you: false,
      can_claim: true,
      can_release: false,
      can_assign: false,
    });
    const claimed = await call('POST', `/v1/cases/${caseId}/claim`, reviewer, { revision: before.revision });
    expect(claimed.statusCode).toBe(200);

    const holder = await view(reviewer);
    expect(holder.hold).toEqual({
      held_by_you: true,
      can_claim: false,
      can_release: true,
      can_assign: false,
    });
    // In review, what an approval must waive is each requirement without verified material.
    const unverified = holder.requirement_statuses
      .filter((r: { status: string }) => !['pending_verification', 'satisfied', 'waived'].includes(r.status))
      .map((r: { material: string }) => r.material);
    expect(holder.unmet_at_approval).toEqual(unverified);

    const notHolder = await view(other);
    expect(notHolder.hold).toEqual({
      held_by_you: false,
      can_claim: false,
      can_release: false,
      can_assign: false,
    });
    const refused = await call('POST', `/v1/cases/${caseId}/claim`, other, { revision: notHolder.revision });
    expect(refused.json()).toMatchObject({ code: 'CONFLICT' });
  });
});
