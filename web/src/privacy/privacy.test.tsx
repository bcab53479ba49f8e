import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { DownloadMyData } from './DownloadMyData';
import { type LegalHoldView, type PrivacyApi, PrivacyApiContext } from './privacy.api';
import { SellerPrivacyPanel } from './SellerPrivacyPanel';

const HOLD: LegalHoldView = {
  id: '0b9d5c1e-0000-4000-8000-000000000001',
  seller_id: 'S1',
  reason: 'court order 7',
  placed_by: 'user:sup',
  placed_at: '2026-12-01T10:00:00Z',
  lifted_by: null,
  lifted_at: null,
  lift_reason: null,
};

function signIn(role: string, sellerId: string | null = null) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({ token: 't', user: { id: 'u', email: 'x@example.com', role, seller_id: sellerId } }),
  );
}

const fakePrivacy = (overrides: Partial<PrivacyApi>): PrivacyApi => ({
  archive: vi.fn(async () => {
    throw new Error('archive not expected');
  }),
  holds: vi.fn(async () => []),
  placeHold: vi.fn(async () => HOLD),
  liftHold: vi.fn(async () => HOLD),
  erase: vi.fn(async () => {
    throw new Error('erase not expected');
  }),
  ...overrides,
});

describe('privacy components', () => {
  afterEach(() => sessionStorage.clear());

  it('places a hold and shows erasure refused by it, in Chinese, naming the hold', async () => {
    signIn('admin');
    let holds: LegalHoldView[] = [];
    const privacy = fakePrivacy({
      holds: vi.fn(async () => holds),
      placeHold: vi.fn(async () => {
        holds = [HOLD];
        return HOLD;
      }),
      erase: vi.fn(async () => {
        throw new ApiError(409, 'LEGAL_HOLD', 'held', {
          holds: [{ reason: HOLD.reason, placed_by: HOLD.placed_by }],
        });
      }),
    });
    const user = userEvent.setup();
    await renderWith(
      <PrivacyApiContext.Provider value={privacy}>
        <SellerPrivacyPanel sellerId="S1" />
      </PrivacyApiContext.Provider>,
      { api: fakeApi(), lang: 'zh' },
    );
    expect(await screen.findByText('没有生效的法律保全。')).toBeTruthy();
    await user.type(screen.getByLabelText('保全原因'), HOLD.reason);
    await user.click(screen.getByRole('button', { name: '设置法律保全' }));
    expect(privacy.placeHold).toHaveBeenCalledWith('S1', HOLD.reason);
    await screen.findByRole('button', { name: '解除保全' });
    await user.click(screen.getByRole('button', { name: '申请删除' }));
    expect(privacy.erase).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '确认删除' }));
    const refusal = await screen.findByText(/已拒绝（LEGAL_HOLD）/);
    expect(refusal.textContent).toBe('已拒绝（LEGAL_HOLD）：存在法律保全：court order 7 (user:sup)。');
    expect(privacy.erase).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('shows reviewers the holds without the actions', async () => {
    signIn('reviewer');
    await renderWith(
      <PrivacyApiContext.Provider value={fakePrivacy({ holds: vi.fn(async () => [HOLD]) })}>
        <SellerPrivacyPanel sellerId="S1" />
      </PrivacyApiContext.Provider>,
      { api: fakeApi() },
    );
    expect(await screen.findByText(/court order 7/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lift hold' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Request erasure' })).toBeNull();
    expect(screen.getByText('Legal holds are placed and lifted by supervisors and admins.')).toBeTruthy();
  });

  it('downloads the seller’s own archive under the name the server gave', async () => {
    signIn('seller', 'S1');
    const archive = vi.fn(async () => ({
      blob: new Blob(['zip']),
      filename: 'secondlook-S1-2026-12-06.zip',
    }));
    const user = userEvent.setup();
    await renderWith(
      <PrivacyApiContext.Provider value={fakePrivacy({ archive })}>
        <DownloadMyData />
      </PrivacyApiContext.Provider>,
      { api: fakeApi() },
    );
    await user.click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Downloaded secondlook-S1-2026-12-06.zip.'),
    );
    expect(archive).toHaveBeenCalledWith('S1');
  });
});
