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
});
