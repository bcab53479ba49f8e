import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQueuePositions, type QueuePosition, queuedAtOf, SEVERITY_RANK } from './case.queue.js';
import type { CaseRow } from './case.repository.js';
import { SEVERITIES } from './policy.contract.js';

const at = (iso: string) => new Date(iso);
const position = (severity: QueuePosition['severity'], due: string, id: string): QueuePosition => ({
  severity,
  reviewDueAt: at(due),
  id,
});

describe('the review queue order', () => {
  it('puts severity first, then the least time left, then the id', () => {
    const positions = [
      position('low', '2026-01-01T00:00:00Z', 'a'),
      position('high', '2026-01-03T00:00:00Z', 'b'),
      position('medium', '2026-01-01T00:00:00Z', 'c'),
      position('high', '2026-01-02T00:00:00Z', 'e'),
      position('high', '2026-01-02T00:00:00Z', 'd'),
    ];
    expect([...positions].sort(compareQueuePositions).map((p) => p.id)).toEqual(['d', 'e', 'b', 'c', 'a']);
  });

  it('ranks high before medium before low', () => {
    expect(SEVERITIES.map((s) => SEVERITY_RANK[s])).toEqual([2, 1, 0]);
  });

  it('is a total order: antisymmetric, and zero only for the same position', () => {
    const arb = fc.record({
      severity: fc.constantFrom(...SEVERITIES),
      reviewDueAt: fc.date({
        min: at('2026-01-01T00:00:00Z'),
        max: at('2027-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      id: fc.uuid(),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(Math.sign(compareQueuePositions(a, b))).toBe(-Math.sign(compareQueuePositions(b, a)));
        if (compareQueuePositions(a, b) === 0) expect(a.id).toBe(b.id);
      }),
    );
  });

  it('counts a case as queued from its submission or its appeal, whichever came last', () => {
    const base = {
      openedAt: at('2026-01-01T00:00:00Z'),
      submittedAt: at('2026-01-02T00:00:00Z'),
      appealedAt: null,
    };
    expect(queuedAtOf(base as CaseRow)).toEqual(at('2026-01-02T00:00:00Z'));
    expect(queuedAtOf({ ...base, appealedAt: at('2026-01-20T00:00:00Z') } as CaseRow)).toEqual(
      at('2026-01-20T00:00:00Z'),
    );
  });
});
