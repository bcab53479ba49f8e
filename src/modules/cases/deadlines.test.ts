import { beforeAll, describe, expect, it } from 'vitest';
import {
  appealRefusal,
  appealWindowEnd,
  caseDeadline,
  hasAppealLeft,
  reminderTimes,
  reviewDueAt,
} from './deadlines.js';
import { loadDefaultPolicy, type Policy } from './policy.contract.js';

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

describe('deadlines', () => {
  const at = new Date('2026-12-01T09:00:00Z');

  it('gives a case the longest deadline of its triggers', () => {
    expect(caseDeadline(['sales_anomaly', 'identity_verification'], at, policy)).toEqual(
      new Date('2026-12-15T09:00:00Z'),
    );
    const longer: Policy = {
      ...policy,
      triggers: {
        ...policy.triggers,
        sales_anomaly: { ...policy.triggers.sales_anomaly, deadline_days: 30 },
      },
    };
    expect(caseDeadline(['sales_anomaly', 'identity_verification'], at, longer)).toEqual(
      new Date('2026-12-31T09:00:00Z'),
    );
  });

  it('reminds 7, 3 and 1 days before the deadline, skipping reminders already past', () => {
    const deadline = new Date('2026-12-15T09:00:00Z');
    expect(reminderTimes(deadline, policy, at)).toEqual([
      new Date('2026-12-08T09:00:00Z'),
      new Date('2026-12-12T09:00:00Z'),
      new Date('2026-12-14T09:00:00Z'),
    ]);
    expect(reminderTimes(deadline, policy, new Date('2026-12-12T09:00:00Z'))).toEqual([
      new Date('2026-12-14T09:00:00Z'),
    ]);
  });

  it('closes the appeal window after 30 days and allows two appeals', () => {
    expect(appealWindowEnd(at, policy)).toEqual(new Date('2026-12-31T09:00:00Z'));
    expect([0, 1, 2].map((count) => hasAppealLeft(count, policy))).toEqual([true, true, false]);
  });

  it('breaches the review SLA 48 hours after submission', () => {
    expect(reviewDueAt(at, policy)).toEqual(new Date('2026-12-03T09:00:00Z'));
  });

  it('lets a rejection be appealed until the window closes, while appeals are left', () => {
    const rejectedAt = new Date('2026-12-01T09:00:00Z');
    const rejection = { decidedAt: rejectedAt, appealCount: 0 };
    expect(appealRefusal(rejection, policy, new Date('2026-12-31T08:59:59Z'))).toBeUndefined();
    expect(appealRefusal(rejection, policy, new Date('2026-12-31T09:00:00Z'))).toBe('window_closed');
    expect(appealRefusal({ ...rejection, appealCount: 1 }, policy, rejectedAt)).toBeUndefined();
    expect(appealRefusal({ ...rejection, appealCount: 2 }, policy, rejectedAt)).toBe('limit_reached');
  });
});
