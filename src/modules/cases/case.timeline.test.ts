import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/index.js';
import { buildTimeline } from './case.timeline.js';

const event = (action: string, actor: string, data: Record<string, unknown>, minute: number): AuditEntry => ({
  position: minute,
  at: new Date(Date.UTC(2026, 10, 1, 9, minute)),
  actor,
  action,
  entityType: 'case',
  entityId: 'c1',
  data,
  prevHash: '',
  hash: '',
});

const events = [
  event('case.transitioned', 'user:seller', { from: 'rejected', to: 'appealed', case_action: 'appeal' }, 1),
  event('case.assigned', 'user:ann', { assignee_id: 'ann', previous_assignee_id: null }, 2),
  event(
    'case.decision_proposed',
    'user:ann',
    { decision: 'approved', reason_codes: ['appeal_accepted'], note: 'ok' },
    3,
  ),
  event('case.decision_sent_back', 'user:bob', { decision: 'approved', note: 'not yet' }, 4),
  event('case.sla_breached', 'system:sla', { review_due_at: '2026-11-03T09:00:00.000Z' }, 5),
  event(
    'case.transitioned',
    'user:bob',
    {
      from: 'in_review',
      to: 'approved',
      decision: 'approved',
      reason_codes: ['appeal_accepted'],
      note: 'fine',
    },
    6,
  ),
];

describe('buildTimeline for review steps', () => {
  it('shows a seller the decision and its reason codes, never proposals, assignments, escalations or notes', () => {
    const steps = buildTimeline(events, { isSeller: true, actor: 'user:seller' });
    expect(steps.map((s) => s.event)).toEqual(['case.transitioned', 'case.transitioned']);
    expect(steps[1]).toEqual({
      at: '2026-11-01T09:06:00.000Z',
      event: 'case.transitioned',
      by: 'support',
      from: 'in_review',
      to: 'approved',
      decision: 'approved',
      reason_codes: ['appeal_accepted'],
    });
    expect(JSON.stringify(steps)).not.toMatch(/ann|bob|fine|not yet/);
  });

  it('shows staff every step with who acted, the holder and the breached SLA', () => {
    const steps = buildTimeline(events, { isSeller: false, actor: 'user:carol' });
    expect(steps).toHaveLength(events.length);
    expect(steps[1]).toMatchObject({ event: 'case.assigned', by: 'user:ann', assignee_id: 'ann' });
    expect(steps[4]).toMatchObject({ event: 'case.sla_breached', review_due_at: '2026-11-03T09:00:00.000Z' });
    expect(steps[5]).toMatchObject({ by: 'user:bob', note: 'fine' });
  });
});
