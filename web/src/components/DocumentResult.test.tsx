import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { documentOf, fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { DocumentResult } from './DocumentResult';

describe('DocumentResult', () => {
  it('asks again while the checks run, then shows the failure and tells the page', async () => {
    const checking = documentOf({ status: 'checking', verdict: null, checks: [], checked_at: null });
    const checked = documentOf();
    const document = vi.fn().mockResolvedValueOnce(checking).mockResolvedValue(checked);
    const onChecked = vi.fn();
    await renderWith(<DocumentResult document={checking} onChecked={onChecked} pollMs={10} />, {
      api: fakeApi({ document }),
    });
    expect(screen.getByText('Checking the document…')).toBeTruthy();
    expect(await screen.findByText('1 check(s) failed')).toBeTruthy();
    expect(screen.getByText(/was not found on the document/)).toBeTruthy();
    await waitFor(() => expect(onChecked).toHaveBeenCalledWith(checked));
    const calls = document.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.mock.calls.length).toBe(calls);
  });

  it('says when the checks ran against an earlier profile, and shows the new result once they ran again', async () => {
    const stale = documentOf({ verdict: 'pass', checks: [], stale: true });
    const rechecked = documentOf({ checked_profile_version: 2 });
    const document = vi.fn().mockResolvedValueOnce(stale).mockResolvedValue(rechecked);
    await renderWith(<DocumentResult document={stale} audience="staff" pollMs={10} />, {
      api: fakeApi({ document }),
    });
    expect(screen.getByText('Checked against an earlier profile')).toBeTruthy();
    expect(screen.getByText(/The registered profile changed after these checks ran/)).toBeTruthy();
    expect(await screen.findByText('1 check(s) failed')).toBeTruthy();
    expect(screen.queryByText('Checked against an earlier profile')).toBeNull();
  });
});
