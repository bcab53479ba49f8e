import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { documentOf, fakeApi, requirements, sellerCase } from '../test/fixtures';
import { renderWith } from '../test/render';
import { SubmitPanel } from './SubmitPanel';

/** The server's facts once every document is in: it would accept a submit. */
const readyCase = { ...sellerCase, allowed_actions: ['submit' as const], missing_for_submission: [] };

describe('SubmitPanel', () => {
  it('names what is missing and does not let the seller submit until it is there', async () => {
    await renderWith(
      <SubmitPanel caseView={sellerCase} requirements={requirements} documents={[]} onSubmitted={() => {}} />,
      { api: fakeApi() },
    );
    expect(screen.getByText('Still missing: Proof of the registered address.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Submit for review' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('warns about failed checks, submits with the note, and says what happens next', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => ({ ...sellerCase, status: 'submitted' as const, allowed_actions: [] }));
    const onSubmitted = vi.fn();
    await renderWith(
      <SubmitPanel
        caseView={readyCase}
        requirements={requirements}
        documents={[documentOf()]}
        onSubmitted={onSubmitted}
      />,
      { api: fakeApi({ submit }) },
    );
    expect(screen.getByText(/Some documents failed a check/)).toBeTruthy();
    await user.type(screen.getByLabelText(/Note for the reviewer/), 'The bill is in my landlord’s name.');
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Submitted.'),
    );
    expect(submit).toHaveBeenCalledWith(sellerCase.id, 'The bill is in my landlord’s name.');
    expect(onSubmitted).toHaveBeenCalled();
  });

  it("turns the API's REQUIREMENTS_INCOMPLETE into the names of what is missing", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => {
      throw new ApiError(409, 'REQUIREMENTS_INCOMPLETE', 'missing', { missing: ['proof_of_address'] });
    });
    await renderWith(
      <SubmitPanel
        caseView={readyCase}
        requirements={requirements}
        documents={[documentOf()]}
        onSubmitted={() => {}}
      />,
      { api: fakeApi({ submit }) },
    );
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Still missing: Proof of the registered address.',
    );
  });
});
