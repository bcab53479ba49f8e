import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CASE_ID, documentOf, fakeApi, idRequirement, requirements } from '../test/fixtures';
import { renderWith } from '../test/render';
import { preflightType, UploadForm } from './UploadForm';

const pdf = (name: string, size = 2000) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const png = (name: string) => new File([new Uint8Array(500)], name, { type: 'image/png' });

describe('UploadForm', () => {
  it('asks for both sides of an ID card and sends them front then back with the variant', async () => {
    const user = userEvent.setup();
    const uploaded = documentOf({ id: 'd9', status: 'checking', verdict: null, checks: [] });
    const upload = vi.fn(async () => uploaded);
    const onUploaded = vi.fn();
    await renderWith(<UploadForm caseId={CASE_ID} requirement={idRequirement} onUploaded={onUploaded} />, {
      api: fakeApi({ upload }),
    });
    await user.selectOptions(screen.getByLabelText('Which document'), 'national_id');
    const front = png('front.png');
    const back = png('back.png');
    await user.upload(screen.getByLabelText(/Front side/), front);
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByRole('alert').textContent).toBe('Add both sides of the card.');
    expect(upload).not.toHaveBeenCalled();
    await user.upload(screen.getByLabelText(/Back side/), back);
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(uploaded));
    expect(upload).toHaveBeenCalledWith(CASE_ID, 'government_id', {
      variant: 'national_id',
      files: [front, back],
    });
  });

  it('refuses a file over the size limit before sending anything', async () => {
    const user = userEvent.setup();
    const upload = vi.fn();
    const small = { ...requirements[0]!, rules: { max_bytes: 1024 * 1024 } };
    await renderWith(<UploadForm caseId={CASE_ID} requirement={small} onUploaded={() => {}} />, {
      api: fakeApi({ upload }),
    });
    await user.upload(screen.getByLabelText(/Pages/), pdf('big.pdf', 2 * 1024 * 1024));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByRole('alert').textContent).toBe('big.pdf is over 1 MB.');
    expect(upload).not.toHaveBeenCalled();
  });

  it('checks first with preflight, under the document type, and shows the result without storing', async () => {
    const user = userEvent.setup();
    const preflight = vi.fn(async () => ({
      verdict: 'fail' as const,
      documents: [{ type: 'utility_bill' as const, files: ['bill.pdf'], checks: documentOf().checks }],
    }));
    const upload = vi.fn();
    await renderWith(<UploadForm caseId={CASE_ID} requirement={requirements[0]!} onUploaded={() => {}} />, {
      api: fakeApi({ preflight, upload }),
    });
    const bill = pdf('bill.pdf');
    await user.upload(screen.getByLabelText(/Pages/), bill);
    await user.click(screen.getByRole('button', { name: /Check first/ }));
    const report = await screen.findByTestId('preflight-report');
    expect(report.textContent).toContain('was not found on the document');
    expect(preflight).toHaveBeenCalledWith(CASE_ID, [{ type: 'utility_bill', files: [bill] }]);
    expect(upload).not.toHaveBeenCalled();
  });

  it('files every kind of ID under government_id for preflight', async () => {
    expect(preflightType('passport', 'government_id')).toBe('government_id');
    expect(preflightType('bank_statement', 'proof_of_address')).toBe('bank_statement');
    expect(preflightType('written_statement', 'relationship_statement')).toBe('other');
  });
});
