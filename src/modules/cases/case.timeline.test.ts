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

describe('buildTimeline for documents, notes and who acted', () => {
  const seller = { isSeller: true, actor: 'user:seller' };
  const staff = { isSeller: false, actor: 'user:carol' };

  it('tells a document step which document, for what, and how its check went', () => {
    const steps = buildTimeline(
      [
        event('document.uploaded', 'user:seller', { document_id: 'd1', material: 'proof_of_address' }, 1),
        event(
          'document.checked',
          'system:checks',
          { document_id: 'd1', material: 'proof_of_address', verdict: 'fail', failed_checks: ['ADDRESS', 7] },
          2,
        ),
        event('document.checked', 'system', { document_id: 'd2' }, 3),
        event('document.uploaded', 'user:seller', { document_id: 'd3', verdict: 'pass' }, 4),
      ],
      seller,
    );
    expect(steps).toEqual([
      {
        at: '2026-11-01T09:01:00.000Z',
        event: 'document.uploaded',
        by: 'you',
        document_id: 'd1',
        material: 'proof_of_address',
      },
      {
        at: '2026-11-01T09:02:00.000Z',
        event: 'document.checked',
        by: 'system',
        document_id: 'd1',
        material: 'proof_of_address',
        verdict: 'fail',
        failed_checks: ['ADDRESS', '7'],
      },
      {
        at: '2026-11-01T09:03:00.000Z',
        event: 'document.checked',
        by: 'system',
        document_id: 'd2',
        verdict: null,
        failed_checks: [],
      },
      // Only a check step carries a verdict.
      { at: '2026-11-01T09:04:00.000Z', event: 'document.uploaded', by: 'you', document_id: 'd3' },
    ]);
  });

  it('shows a seller a note only when it was written for them, and never an internal one', () => {
    const noted = [
      event('case.message', 'user:ann', { note: 'for the seller', seller_visible: true }, 1),
      event('case.message', 'user:ann', { note: 'between reviewers' }, 2),
      event('case.note', 'user:ann', { note: 'internal', staff_only: true, seller_visible: true }, 3),
    ];
    expect(buildTimeline(noted, seller)).toEqual([
      { at: '2026-11-01T09:01:00.000Z', event: 'case.message', by: 'support', note: 'for the seller' },
      { at: '2026-11-01T09:02:00.000Z', event: 'case.message', by: 'support' },
    ]);
    expect(buildTimeline(noted, staff).map((s) => s.note)).toEqual([
      'for the seller',
      'between reviewers',
      'internal',
    ]);
  });

  it('names actors for a seller as you, system or support, and for staff as they are', () => {
    const acted = [
      event('case.opened', 'system', {}, 1),
      event('case.opened', 'system:scan', {}, 2),
      event('case.opened', 'user:seller', {}, 3),
      event('case.opened', 'user:other-seller', {}, 4),
      event('case.opened', 'systems-team', {}, 5),
    ];
    expect(buildTimeline(acted, seller).map((s) => s.by)).toEqual([
      'system',
      'system',
      'you',
      'support',
      'support',
    ]);
    expect(buildTimeline(acted, staff).map((s) => s.by)).toEqual(acted.map((e) => e.actor));
  });

  it('keeps only the string triggers and writes reason codes as strings', () => {
    const [step] = buildTimeline(
      [
        event(
          'case.reasons_added',
          'system',
          { triggers: ['sales_anomaly', 3, null], reason_codes: [12] },
          1,
        ),
      ],
      staff,
    );
    expect(step).toEqual({
      at: '2026-11-01T09:01:00.000Z',
      event: 'case.reasons_added',
      by: 'system',
      triggers: ['sales_anomaly'],
      reason_codes: ['12'],
    });
  });

  it('shows staff a release as no holder, and ignores values of the wrong type', () => {
    const steps = buildTimeline(
      [
        event('case.released', 'user:ann', { assignee_id: null }, 1),
        event(
          'case.assigned',
          'user:ann',
          { assignee_id: 42, review_due_at: 7, from: 1, to: {}, decision: [] },
          2,
        ),
      ],
      staff,
    );
    expect(steps).toEqual([
      { at: '2026-11-01T09:01:00.000Z', event: 'case.released', by: 'user:ann', assignee_id: null },
      { at: '2026-11-01T09:02:00.000Z', event: 'case.assigned', by: 'user:ann' },
    ]);
    const [forSeller] = buildTimeline(
      [
        event(
          'case.transitioned',
          'user:ann',
          { assignee_id: 'ann', review_due_at: '2026-11-03', to: 'x' },
          1,
        ),
      ],
      seller,
    );
    expect(forSeller).toEqual({
      at: '2026-11-01T09:01:00.000Z',
      event: 'case.transitioned',
      by: 'support',
      to: 'x',
    });
  });
});
