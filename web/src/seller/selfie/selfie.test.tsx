import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RequirementView, SelfieView } from '../../api/client';
import { SelfieEvidence } from '../../backoffice/SelfieEvidence';
import { fakeApi, requirements } from '../../test/fixtures';
import { renderWith } from '../../test/render';
import { SelfieCapture } from './SelfieCapture';

const live: RequirementView = {
  ...requirements[0]!,
  id: 'r7',
  material: 'live_verification',
  kind: 'live',
  accepted_variants: ['selfie', 'video_call'],
  rules: {},
};

const taken: SelfieView = {
  id: 's1',
  material: 'live_verification',
  outcome: 'fail',
  checks: [
    {
      group: 'completeness',
      code: 'SELFIE_MANY_FACES',
      status: 'fail',
      message: {
        en: '3 faces were found: only you should be in the selfie, holding your ID.',
        zh: '检测到 3 张人脸：自拍中只能有您本人，并手持证件。',
      },
      evidence: { faces: 3 },
    },
  ],
  similarity: 0.87,
  match_threshold: 0.8,
  id_document_id: 'd1',
  faces: { selfie: true, id: true },
  model: 'human@3.3.6',
  uploaded_at: '2026-12-06T05:00:00.000Z',
};

describe('selfie', () => {
  it('sends a chosen picture and shows the checks in Chinese', async () => {
    const user = userEvent.setup();
    const takeSelfie = vi.fn().mockResolvedValue(taken);
    const onTaken = vi.fn();
    await renderWith(<SelfieCapture caseId="c1" requirement={live} onTaken={onTaken} />, {
      api: fakeApi({ takeSelfie }),
      lang: 'zh',
    });
    const picture = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'me.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText(/或选择一张照片/), picture);
    await user.click(screen.getByRole('button', { name: '发送自拍' }));
    expect(await screen.findByText('自拍无法使用：请重新拍摄')).toBeTruthy();
    expect(screen.getByText('检测到 3 张人脸：自拍中只能有您本人，并手持证件。')).toBeTruthy();
    expect(takeSelfie).toHaveBeenCalledWith('c1', 'live_verification', picture);
    expect(onTaken).toHaveBeenCalledTimes(1);
  });

  it('shows the reviewer both faces and the score as evidence', async () => {
    const selfieFace = vi.fn().mockResolvedValue(new Blob([new Uint8Array([1])], { type: 'image/jpeg' }));
    URL.createObjectURL = vi.fn(() => 'blob:face');
    URL.revokeObjectURL = vi.fn();
    await renderWith(<SelfieEvidence caseId="c1" />, {
      api: fakeApi({ selfies: vi.fn().mockResolvedValue([taken]), selfieFace }),
    });
    expect(
      await screen.findByText(/Face-match similarity 0\.87 \(the model reads ≥ 0\.80 as the same person\)/),
    ).toBeTruthy();
    expect(screen.getByText('Evidence for your decision, not an acceptance')).toBeTruthy();
    expect(await screen.findAllByRole('img')).toHaveLength(2);
    expect(selfieFace.mock.calls.map((c) => c[1]).sort()).toEqual(['id', 'selfie']);
  });
});
