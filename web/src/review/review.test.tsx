import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type CaseView, type DecisionView, type QueueEntry, type ReasonCodes } from '../api/client';
import { CASE_ID, fakeApi, requirements, sellerCase } from '../test/fixtures';
import { renderWith, testQueryClient } from '../test/render';
import { ReviewActions } from './ReviewActions';
import { ReviewQueuePage } from './ReviewQueuePage';

const ME = { id: 'u-me', email: 'me@x.test', role: 'reviewer' as const, seller_id: null };
const OTHER = { id: 'u-other', display_name: 'Other Reviewer' };

/** Logs in the fake session as `user` (the session reads its localStorage hint). */
function signIn(user: { id: string; email: string; role: string; seller_id: string | null }) {
  localStorage.setItem('secondlook.session', JSON.stringify({ token: 't', user }));
}

const entry: QueueEntry = {
  case_id: CASE_ID,
  seller_id: 'S000031',
  status: 'submitted',
  severity: 'high',
  triggers: ['registration_mismatch'],
  marketplace: 'GB',
  country: 'GB',
  assignee: null,
  queued_at: '2026-11-29T04:00:00.000Z',
  review_due_at: '2026-12-01T04:00:00.000Z',
  time_left_seconds: -(5 * 3600 + 12 * 60),
  breached: true,
  is_appeal: false,
  appeal_count: 0,
  pending_decision: null,
  revision: 4,
};

const inReview: CaseView = {
  ...sellerCase,
  status: 'in_review',
  submitted_at: '2026-11-29T04:00:00.000Z',
  assignee_id: ME.id,
  revision: 7,
  allowed_actions: ['approve', 'request_info', 'reject'],
  hold: { held_by_you: true, can_claim: false, can_release: true, can_assign: false },
};

/** A query cache that records what the test's writes invalidate. */
function watchedCache() {
  const queryClient = testQueryClient();
  return { queryClient, invalidated: vi.spyOn(queryClient, 'invalidateQueries') };
}

const codes: ReasonCodes = {
  version: '1',
  waiver_reasons: [
    {
      code: 'verified_outside_second_look',
      label: { en: 'Verified outside Second Look', zh: '已在系统外核实' },
    },
  ],
  codes: [
    {
      code: 'documents_verified',
      decisions: ['approved'],
      label: 'Documents confirm the registered details',
      title: { en: 'Documents confirm the registered details', zh: '材料证实了注册信息' },
      seller_text: { en: 'Your documents confirm the details.', zh: '您提交的材料证实了账户的注册信息。' },
    },
    {
      code: 'document_illegible',
      decisions: ['info_requested'],
      label: 'Document illegible',
      title: { en: 'Document illegible', zh: '文件难以辨认' },
      seller_text: { en: 'We could not read a document.', zh: '我们无法辨认文件。' },
    },
    {
      code: 'address_not_verified',
      decisions: ['rejected', 'info_requested'],
      label: 'Address not verified',
      title: { en: 'Address not verified', zh: '地址未核实' },
      seller_text: { en: 'We could not verify your address.', zh: '我们无法核实您的地址。' },
    },
  ],
};

const proposal: DecisionView = {
  id: 'dec-1',
  case_id: CASE_ID,
  decision: 'rejected',
  reasons: [{ code: 'address_not_verified', text: codes.codes[2]!.seller_text }],
  requirements: [],
  waivers: [],
  appeal_round: 0,
  decided_at: null,
  case_status: null,
  status: 'proposed',
  note: 'The bill is for another flat.',
  proposed_by: { id: ME.id, display_name: 'Me Myself' },
  proposed_at: '2026-11-30T10:00:00.000Z',
  reviewed_by: null,
  reviewed_at: null,
  review_note: null,
};

describe('review queue', () => {
  it('shows severity, the SLA breached, the holder, and keeps its filters in the address', async () => {
    const user = userEvent.setup();
    signIn(ME);
    window.history.replaceState(null, '', '/office/queue');
    const reviewQueue = vi.fn(async () => ({
      data: [
        entry,
        {
          ...entry,
          case_id: 'c2',
          seller_id: 'S000032',
          breached: false,
          time_left_seconds: 3 * 86400 + 3600,
          assignee: OTHER,
          severity: 'low' as const,
        },
      ],
      next_cursor: null,
    }));
    await renderWith(<ReviewQueuePage />, { api: fakeApi({ reviewQueue }) });
    const first = (await screen.findByRole('link', { name: 'S000031' })).closest('tr') as HTMLElement;
    expect(first.textContent).toContain('breached 5 h 12 min ago');
    expect(first.textContent).toContain('nobody');
    const second = screen.getByRole('link', { name: 'S000032' }).closest('tr') as HTMLElement;
    expect(second.textContent).toContain('3 d 1 h left');
    expect(second.textContent).toContain('Other Reviewer');

    await user.selectOptions(screen.getByLabelText('Holder'), 'unassigned');
    await user.type(screen.getByLabelText('Country'), 'gb');
    await user.click(screen.getByLabelText('Past the SLA only'));
    await user.click(screen.getByLabelText('Waiting for a second reviewer'));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(window.location.search).toBe(
      '?country=gb&assignee=unassigned&breached=true&awaiting_second_reviewer=true',
    );
    await vi.waitFor(() =>
      expect(reviewQueue).toHaveBeenLastCalledWith({
        limit: 25,
        country: 'GB',
        assignee: 'unassigned',
        breached: 'true',
        awaiting_second_reviewer: 'true',
      }),
    );
  });
});

describe('review actions', () => {
  it('asks again for a requirement with the reason codes meant for an info request and the revision', async () => {
    const user = userEvent.setup();
    signIn(ME);
    const decide = vi.fn(async () => ({
      decision: { ...proposal, decision: 'info_requested' as const, status: 'decided' as const },
      case: { ...inReview, status: 'awaiting_documents' as const },
    }));
    const { queryClient, invalidated } = watchedCache();
    await renderWith(<ReviewActions caseView={inReview} requirements={requirements} />, {
      api: fakeApi({ decisions: vi.fn(async () => []), reasonCodes: vi.fn(async () => codes), decide }),
      queryClient,
    });
    expect(await screen.findByText('You hold this case.')).toBeTruthy();
    // Approving offers only the approval's codes.
    expect(await screen.findByLabelText(/Documents confirm/)).toBeTruthy();
    expect(screen.queryByLabelText(/Document illegible/)).toBeNull();
    await user.click(screen.getByLabelText('Request information'));
    expect(screen.queryByLabelText(/Documents confirm/)).toBeNull();
    await user.click(screen.getByLabelText(/Document illegible/));
    const submit = screen.getByRole('button', { name: 'Record the decision' }) as HTMLButtonElement;
    expect(screen.getByText('Choose at least one item to ask for.')).toBeTruthy();
    await user.click(screen.getByLabelText('Proof of the registered address'));
    await user.type(screen.getByLabelText(/Note for staff/), 'Blurred scan.');
    expect(submit.disabled).toBe(false);
    await user.click(submit);
    expect(decide).toHaveBeenCalledWith(CASE_ID, {
      decision: 'info_requested',
      reason_codes: ['document_illegible'],
      note: 'Blurred scan.',
      requirements: [{ material: 'proof_of_address' }],
      revision: 7,
    });
    expect(
      await screen.findByText('The decision took effect: the case is now Awaiting documents.'),
    ).toBeTruthy();
    await vi.waitFor(() => expect(invalidated).toHaveBeenCalledWith({ queryKey: ['case', CASE_ID] }));
  });

  it('approves only with a waiver, and its reason, for each requirement left unmet', async () => {
    const user = userEvent.setup();
    signIn(ME);
    const decide = vi.fn(async () => ({
      decision: { ...proposal, decision: 'approved' as const, status: 'decided' as const },
      case: { ...inReview, status: 'approved' as const },
    }));
    // The bill was handed in; the live verification was never done in Second Look.
    const handedIn = requirements.map((r) =>
      r.material === 'proof_of_address' ? { ...r, status: 'pending_verification' as const } : r,
    );
    // The server names what an approval would leave unmet.
    const facts = { ...inReview, unmet_at_approval: ['live_verification'] };
    await renderWith(<ReviewActions caseView={facts} requirements={handedIn} />, {
      api: fakeApi({ decisions: vi.fn(async () => []), reasonCodes: vi.fn(async () => codes), decide }),
    });
    await user.click(await screen.findByLabelText(/Documents confirm/));
    await user.type(screen.getByLabelText(/Note for staff/), 'Seen on a call.');
    const submit = screen.getByRole('button', { name: 'Record the decision' }) as HTMLButtonElement;
    expect(screen.getByText(/Waive every unmet requirement/)).toBeTruthy();
    expect(submit.disabled).toBe(true);
    expect(screen.queryByLabelText(/Why Proof of the registered address is waived/)).toBeNull();
    await user.selectOptions(
      screen.getByLabelText('Why Live verification (selfie or video call) is waived'),
      'verified_outside_second_look',
    );
    expect(submit.disabled).toBe(false);
    await user.click(submit);
    expect(decide).toHaveBeenCalledWith(CASE_ID, {
      decision: 'approved',
      reason_codes: ['documents_verified'],
      note: 'Seen on a call.',
      waivers: [{ material: 'live_verification', reason_code: 'verified_outside_second_look' }],
      revision: 7,
    });
  });

  it('never lets the proposer approve their own proposal, and says why: the server says so, the page does not compare', async () => {
    // Signed in as someone else: whether this user may review is the server's `pending_review` only.
    signIn({ ...ME, id: 'u-someone' });
    await renderWith(
      <ReviewActions
        caseView={{
          ...inReview,
          pending_review: { decision_id: 'dec-1', can_confirm: false, reason: 'proposer' },
        }}
        requirements={requirements}
      />,
      { api: fakeApi({ decisions: vi.fn(async () => [proposal]) }) },
    );
    const pending = await screen.findByTestId('pending-proposal');
    const approve = within(pending).getByRole('button', {
      name: 'Approve this decision',
    }) as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    expect(approve.getAttribute('aria-describedby')).toBeTruthy();
    expect(pending.textContent).toContain('You proposed this decision');
    expect(within(pending).queryByRole('button', { name: 'Send back' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record the decision' })).toBeNull();
  });

  it('says why a decider of the appealed rejection may not review, and offers nothing to a non-reviewer', async () => {
    signIn(ME);
    const decisions = vi.fn(async () => [proposal]);
    const { unmount } = await renderWith(
      <ReviewActions
        caseView={{
          ...inReview,
          pending_review: { decision_id: 'dec-1', can_confirm: false, reason: 'decided_rejection' },
        }}
        requirements={requirements}
      />,
      { api: fakeApi({ decisions }) },
    );
    const pending = await screen.findByTestId('pending-proposal');
    expect(pending.textContent).toContain('You took part in the rejection this appeal is against');
    expect(
      (within(pending).getByRole('button', { name: 'Approve this decision' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    unmount();

    await renderWith(
      <ReviewActions
        caseView={{
          ...inReview,
          pending_review: { decision_id: 'dec-1', can_confirm: false, reason: 'not_a_reviewer' },
        }}
        requirements={requirements}
      />,
      { api: fakeApi({ decisions }) },
    );
    const forAdmin = await screen.findByTestId('pending-proposal');
    expect(forAdmin.querySelector('.notice-warn')).toBeNull();
    expect(
      (within(forAdmin).getByRole('button', { name: 'Approve this decision' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(within(forAdmin).queryByRole('button', { name: 'Send back' })).toBeNull();
  });

  it('lets a second reviewer approve, and explains a conflict in plain words', async () => {
    const user = userEvent.setup();
    // The signed-in user's id is the proposer's: only the server's `can_confirm` decides.
    signIn(ME);
    const approveDecision = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(403, 'REVIEWER_EXCLUDED', 'excluded', { reason: 'decided_rejection' }),
      )
      .mockResolvedValueOnce({ decision: { ...proposal, status: 'decided' }, case: inReview });
    await renderWith(
      <ReviewActions
        caseView={{
          ...inReview,
          assignee_id: ME.id,
          hold: { ...inReview.hold!, held_by_you: false },
          pending_review: { decision_id: 'dec-1', can_confirm: true, reason: null },
        }}
        requirements={requirements}
      />,
      { api: fakeApi({ decisions: vi.fn(async () => [proposal]), approveDecision }) },
    );
    const pending = await screen.findByTestId('pending-proposal');
    await user.click(within(pending).getByRole('button', { name: 'Approve this decision' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You took part in the rejection this appeal is against',
    );
    await user.click(within(pending).getByRole('button', { name: 'Approve this decision' }));
    expect(approveDecision).toHaveBeenLastCalledWith(CASE_ID, 'dec-1', 7);
    expect(await screen.findByText('Approved: the decision took effect.')).toBeTruthy();
  });

  it('says who got there first when a claim conflicts, and reloads the case', async () => {
    const user = userEvent.setup();
    signIn(ME);
    const claim = vi.fn(async () => {
      throw new ApiError(409, 'CONFLICT', 'held', { where: 'assignee' });
    });
    const { queryClient, invalidated } = watchedCache();
    await renderWith(
      <ReviewActions
        caseView={{
          ...inReview,
          status: 'submitted',
          assignee_id: null,
          allowed_actions: ['start_review', 'withdraw'],
          hold: { held_by_you: false, can_claim: true, can_release: false, can_assign: false },
        }}
        requirements={requirements}
      />,
      { api: fakeApi({ decisions: vi.fn(async () => []), claim }), queryClient },
    );
    expect(await screen.findByText('Nobody holds this case.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Claim' }));
    expect(claim).toHaveBeenCalledWith(CASE_ID, 7);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Someone else claimed this case first. The page now shows who holds it.',
    );
    expect(invalidated).toHaveBeenCalledWith({ queryKey: ['case', CASE_ID] });
  });
});
