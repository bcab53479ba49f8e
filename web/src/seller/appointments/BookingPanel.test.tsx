import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppointmentView } from '../../api/appointments.api';
import { ApiError, type RequirementView } from '../../api/client';
import { fakeApi, requirements, sellerCase } from '../../test/fixtures';
import { renderWith } from '../../test/render';
import { BookingPanel } from './BookingPanel';

const live: RequirementView = {
  ...requirements[0]!,
  id: 'r-live',
  material: 'live_verification',
  kind: 'live',
  accepted_variants: ['video_call'],
  rules: {},
};
const slot = (id: string, startsAt: string) => ({
  id,
  starts_at: startsAt,
  ends_at: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
  starts_at_local: startsAt,
  ends_at_local: startsAt,
  languages: ['en', 'zh'],
});
const booked: AppointmentView = {
  id: 'a1',
  case_id: sellerCase.id,
  requirement_id: 'r-live',
  status: 'booked',
  starts_at: '2026-12-09T08:00:00.000Z',
  ends_at: '2026-12-09T08:30:00.000Z',
  starts_at_local: '2026-12-09T16:00:00+08:00',
  ends_at_local: '2026-12-09T16:30:00+08:00',
  seller_time_zone: 'Asia/Shanghai',
  language: 'zh',
  join_url: 'https://meet.example.com/a1',
};

describe('BookingPanel', () => {
  it('shows free slots in the seller’s zone, in Chinese, and says plainly when a slot was taken first', async () => {
    const user = userEvent.setup();
    const bookCall = vi.fn(async () => {
      throw new ApiError(409, 'SLOT_TAKEN', 'someone booked this slot first');
    });
    const api = fakeApi({
      getCase: vi.fn(async () => sellerCase),
      caseAppointments: vi.fn(async () => []),
      freeSlots: vi.fn(async () => ({
        time_zone: 'Asia/Shanghai',
        data: [slot('s1', '2026-12-09T08:00:00.000Z'), slot('s2', '2026-12-09T08:30:00.000Z')],
      })),
      bookCall,
    });
    await renderWith(<BookingPanel caseId={sellerCase.id} requirement={live} onChanged={() => {}} />, {
      api,
      lang: 'zh',
    });
    expect(await screen.findByText(/时间按 Asia\/Shanghai 显示/)).toBeTruthy();
    // 08:00 UTC is 16:00 in Shanghai.
    await user.click(screen.getByLabelText(/^16:00–16:30/));
    await user.click(screen.getByRole('button', { name: '预约此时间' }));
    expect((await screen.findByRole('alert')).textContent).toBe('该时间已被他人先预约，请选择其他时间。');
    expect(bookCall).toHaveBeenCalledWith(sellerCase.id, 'live_verification', 's1');
  });

  it('shows a booked call with its join link, and cancels it after a confirmation', async () => {
    const user = userEvent.setup();
    let calls: AppointmentView[] = [booked];
    const cancelCall = vi.fn(async () => {
      calls = [{ ...booked, status: 'cancelled', join_url: null }];
      return calls[0]!;
    });
    const onChanged = vi.fn();
    const api = fakeApi({
      getCase: vi.fn(async () => sellerCase),
      caseAppointments: vi.fn(async () => calls),
      freeSlots: vi.fn(async () => ({ time_zone: 'Asia/Shanghai', data: [] })),
      cancelCall,
    });
    await renderWith(<BookingPanel caseId={sellerCase.id} requirement={live} onChanged={onChanged} />, {
      api,
    });
    const card = await screen.findByTestId('booked-call');
    expect(card.textContent).toContain('16:00 (Asia/Shanghai)');
    expect(within(card).getByRole('link', { name: 'Join the call' }).getAttribute('href')).toBe(
      booked.join_url,
    );
    await user.click(within(card).getByRole('button', { name: 'Cancel the call' }));
    await user.click(within(card).getAllByRole('button', { name: 'Cancel the call' })[1]!);
    expect(cancelCall).toHaveBeenCalledWith('a1');
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Cancelled/)).toBeTruthy();
    expect(screen.queryByTestId('booked-call')).toBeNull();
  });
});
