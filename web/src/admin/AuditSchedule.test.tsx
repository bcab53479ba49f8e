import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { AuditSchedule } from './AuditSchedule';

const checkpoint = {
  position: 41,
  hash: 'a'.repeat(64),
  count: 41,
  at: '2026-12-06T05:00:00.000Z',
  signature: 'sig',
};

describe('AuditSchedule', () => {
  it('shows a broken chain found on schedule, in Chinese, with the checkpoint to keep', async () => {
    const api = fakeApi({
      latestAuditCheck: vi.fn(async () => ({
        checked_at: checkpoint.at,
        ok: false,
        checkpoint,
        problem: { kind: 'altered' as const, position: 2, message: 'event 2 was altered' },
      })),
    });
    await renderWith(<AuditSchedule />, { api, lang: 'zh' });
    expect(await screen.findByText(/在第 2 条事件处断裂/)).toBeTruthy();
    expect(screen.getByText(`41:${'a'.repeat(64)}`)).toBeTruthy();
  });

  it('says when the chain was never verified on schedule', async () => {
    const api = fakeApi({
      latestAuditCheck: vi.fn(async () => {
        throw new ApiError(404, 'NOT_FOUND', 'not yet');
      }),
    });
    await renderWith(<AuditSchedule />, { api });
    expect(await screen.findByText('The chain has not been verified on schedule yet.')).toBeTruthy();
  });
});
