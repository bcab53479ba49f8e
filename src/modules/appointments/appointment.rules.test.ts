import { describe, expect, it } from 'vitest';
import {
  afterNoShow,
  bookableWindow,
  cutIntoSlots,
  isBookable,
  isChangeable,
  judgeCall,
  mayBook,
  mayReschedule,
} from './appointment.rules.js';
import { DEFAULT_LIVE_VERIFICATION as policy } from './live-verification.policy.js';

const at = (iso: string) => new Date(iso);

describe('slots cut from a window', () => {
  it('cuts back-to-back calls of the policy length and drops a short remainder', () => {
    const slots = cutIntoSlots(at('2026-12-08T01:00:00Z'), at('2026-12-08T02:40:00Z'), 30);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-12-08T01:00:00.000Z',
      '2026-12-08T01:30:00.000Z',
      '2026-12-08T02:00:00.000Z',
    ]);
    expect(slots[2]?.endsAt.toISOString()).toBe('2026-12-08T02:30:00.000Z');
  });

  it('offers nothing from a window shorter than one call', () => {
    expect(cutIntoSlots(at('2026-12-08T01:00:00Z'), at('2026-12-08T01:20:00Z'), 30)).toEqual([]);
  });
});

describe('booking limits', () => {
  const now = at('2026-12-06T00:00:00Z');
  it('books from the notice to the horizon, inclusive', () => {
    const { from, to } = bookableWindow(now, policy);
    expect(from.toISOString()).toBe('2026-12-06T12:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-27T00:00:00.000Z');
    expect(isBookable(at('2026-12-06T11:59:00Z'), now, policy)).toBe(false);
    expect(isBookable(at('2026-12-06T12:00:00Z'), now, policy)).toBe(true);
    expect(isBookable(at('2026-12-27T00:30:00Z'), now, policy)).toBe(false);
  });

  it('moves or cancels a call only until the notice before it', () => {
    expect(isChangeable(at('2026-12-06T12:00:00Z'), now, policy)).toBe(true);
    expect(isChangeable(at('2026-12-06T11:00:00Z'), now, policy)).toBe(false);
  });

  it('allows the policy’s reschedules and no more', () => {
    expect(mayReschedule({ rescheduled: 1, noShows: 0 }, policy)).toBe(true);
    expect(mayReschedule({ rescheduled: 2, noShows: 0 }, policy)).toBe(false);
  });

  it('after one missed call lets the seller book once more, after a second the requirement is past due', () => {
    expect(afterNoShow({ rescheduled: 0, noShows: 1 }, policy)).toBe('rebook');
    expect(mayBook({ rescheduled: 0, noShows: 1 }, policy)).toBe(true);
    expect(afterNoShow({ rescheduled: 0, noShows: 2 }, policy)).toBe('past_due');
    expect(mayBook({ rescheduled: 0, noShows: 2 }, policy)).toBe(false);
  });
});

describe('the call’s outcome', () => {
  it('is met when the person matches the ID and an original was shown', () => {
    expect(
      judgeCall({ attended: true, person_matches_id: true, originals_shown: ['passport'], notes: '' }),
    ).toEqual({
      status: 'satisfied',
      errors: [],
    });
  });

  it('is errored with every reason otherwise', () => {
    expect(judgeCall({ attended: true, person_matches_id: false, originals_shown: [], notes: '' })).toEqual({
      status: 'errored',
      errors: ['LIVE_PERSON_MISMATCH', 'LIVE_NO_ORIGINALS_SHOWN'],
    });
    expect(judgeCall({ attended: true, originals_shown: ['government_id'], notes: '' }).errors).toEqual([
      'LIVE_PERSON_MISMATCH',
    ]);
    expect(judgeCall({ attended: false, originals_shown: [], notes: '' }).errors).toEqual(['LIVE_NO_SHOW']);
  });
});
