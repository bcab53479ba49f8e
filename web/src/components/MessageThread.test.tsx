import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { CASE_ID, fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { MessageThread } from './MessageThread';

describe('MessageThread', () => {
  it('explains the throttle: the daily limit, when to write again, when to expect an answer', async () => {
    const user = userEvent.setup();
    const postMessage = vi.fn(async () => {
      throw new ApiError(
        429,
        'RATE_LIMITED',
        'while support reviews the case you can send 3 message(s) a day',
        {
          retry_after: 3600,
          retry_at: '2026-12-01T10:00:00.000Z',
          estimated_answer_at: '2026-12-02T09:00:00.000Z',
          per_day: 3,
        },
      );
    });
    const messages = vi.fn(async () => [
      {
        id: 'm1',
        side: 'seller' as const,
        author: 'you',
        visibility: 'thread' as const,
        body: 'Hello',
        created_at: '2026-11-30T10:00:00.000Z',
      },
    ]);
    await renderWith(<MessageThread caseId={CASE_ID} />, { api: fakeApi({ messages, postMessage }) });
    expect(await screen.findByText('Hello')).toBeTruthy();
    await user.type(screen.getByLabelText('Your message'), 'Any news?');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const notice = await screen.findByTestId('throttled');
    expect(notice.textContent).toContain('you can send 3 message(s) a day');
    expect(notice.textContent).toMatch(/You can write again after 1 Dec 2026, \d\d:\d\d\./);
    expect(notice.textContent).toMatch(/Expect an answer by 2 Dec 2026, \d\d:\d\d\./);
    expect(postMessage).toHaveBeenCalledWith(CASE_ID, 'Any news?', undefined);
    expect((screen.getByLabelText('Your message') as HTMLTextAreaElement).value).toBe('Any news?');
  });

  it('lets staff write an internal note', async () => {
    const user = userEvent.setup();
    const postMessage = vi.fn(async () => ({
      id: 'm2',
      side: 'support' as const,
      author: 'user:r1',
      visibility: 'internal' as const,
      body: 'Check the lease',
      created_at: '2026-11-30T10:00:00.000Z',
    }));
    const messages = vi.fn(async () => []);
    await renderWith(<MessageThread caseId={CASE_ID} isStaff />, { api: fakeApi({ messages, postMessage }) });
    expect(await screen.findByText('No messages yet.')).toBeTruthy();
    await user.type(screen.getByLabelText('Your message'), 'Check the lease');
    await user.click(screen.getByLabelText(/Internal note/));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(postMessage).toHaveBeenCalledWith(CASE_ID, 'Check the lease', true);
  });
});
