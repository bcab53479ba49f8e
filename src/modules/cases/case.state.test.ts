import { getTableConfig, PgDialect } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import {
  ACTOR_KINDS,
  allowedActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  type CaseAction,
  type CaseStatus,
  findTransition,
  isOpen,
  isTerminal,
  needsSecondReviewer,
  nextStatus,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
} from './case.state.js';
import { cases } from './cases.schema.js';

// Written out by hand from SPEC section 6, independently of the table under test.
const EXPECTED: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  awaiting_documents: { submit: 'submitted', expire: 'expired', withdraw: 'withdrawn' },
  submitted: { start_review: 'in_review', withdraw: 'withdrawn' },
  in_review: {
    approve: 'approved',
    request_info: 'info_requested',
    reject: 'rejected',
    reject_final: 'rejected_final',
    withdraw: 'withdrawn',
  },
  info_requested: { return_to_seller: 'awaiting_documents', withdraw: 'withdrawn' },
  rejected: { appeal: 'appealed', finalize_rejection: 'rejected_final', withdraw: 'withdrawn' },
  appealed: { start_review: 'in_review', withdraw: 'withdrawn' },
  approved: {},
  rejected_final: {},
  expired: {},
  withdrawn: {},
};

// Four eyes, also by hand from SPEC section 6: rejections always, every decision on an appeal.
const SECOND_REVIEWER: Partial<Record<CaseAction, 'always' | 'on_appeal'>> = {
  reject: 'always',
  reject_final: 'always',
  approve: 'on_appeal',
  request_info: 'on_appeal',
};

const catchError = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('case state machine', () => {
  const pairs = CASE_STATUSES.flatMap((status) => CASE_ACTIONS.map((action) => [status, action] as const));

  it.each(pairs)('%s --%s-->', (status, action) => {
    const expected = EXPECTED[status][action];
    if (expected) {
      expect(nextStatus(status, action)).toBe(expected);
      return;
    }
    const error = catchError(() => nextStatus(status, action));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { where: 'status', from: status, action },
    });
    const allowed = (error as AppError).details.allowed as string[];
    expect([...allowed].sort()).toEqual(Object.keys(EXPECTED[status]).sort());
  });

  it.each(CASE_TRANSITIONS.map((t) => [t.from, t.action] as const))(
    'tells whether %s --%s--> waits for a second reviewer',
    (from, action) => {
      const rule = SECOND_REVIEWER[action];
      expect(needsSecondReviewer(from, action, { isAppeal: false })).toBe(rule === 'always');
      expect(needsSecondReviewer(from, action, { isAppeal: true })).toBe(rule !== undefined);
    },
  );

  it('answers four eyes only for moves the table has', () => {
    expect(catchError(() => needsSecondReviewer('submitted', 'reject', { isAppeal: false }))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('keeps decisions in review for people: no seller or system ever approves, rejects or asks for more', () => {
    for (const t of CASE_TRANSITIONS.filter((t) => t.secondReviewer))
      expect([...t.actors].sort(), `${t.from} --${t.action}-->`).toEqual(['reviewer', 'supervisor']);
  });

  it('has exactly the transitions of the specification', () => {
    const expectedCount = Object.values(EXPECTED).reduce((n, actions) => n + Object.keys(actions).length, 0);
    expect(CASE_TRANSITIONS).toHaveLength(expectedCount);
  });

  it('lists the open statuses the one-open-case-per-seller index relies on', () => {
    expect(OPEN_STATUSES).toEqual([
      'awaiting_documents',
      'submitted',
      'in_review',
      'info_requested',
      'rejected',
      'appealed',
    ]);
    expect([...OPEN_STATUSES, ...TERMINAL_STATUSES].sort()).toEqual([...CASE_STATUSES].sort());
    const index = getTableConfig(cases).indexes.find(
      (i) => i.config.name === 'cases_one_open_per_seller_idx',
    );
    const where = index?.config.where;
    if (!where) throw new Error('cases_one_open_per_seller_idx has no WHERE clause');
    const { sql } = new PgDialect().sqlToQuery(where);
    const listed = [...sql.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...OPEN_STATUSES].sort());
  });

  it('tells open from terminal', () => {
    expect(CASE_STATUSES.filter(isOpen)).toEqual([...OPEN_STATUSES]);
    expect(CASE_STATUSES.filter(isTerminal).sort()).toEqual([...TERMINAL_STATUSES].sort());
  });

  it('names who may act', () => {
    expect(allowedActions('awaiting_documents', 'seller')).toEqual(['submit']);
    expect(allowedActions('awaiting_documents', 'system')).toEqual(['expire']);
    expect(allowedActions('awaiting_documents', 'admin')).toEqual(['withdraw']);
    expect(allowedActions('in_review', 'reviewer')).toEqual([
      'approve',
      'request_info',
      'reject',
      'reject_final',
      'withdraw',
    ]);
    expect(allowedActions('in_review', 'seller')).toEqual([]);
    expect(allowedActions('rejected', 'seller')).toEqual(['appeal']);
    expect(allowedActions('rejected', 'system')).toEqual(['finalize_rejection']);
    expect(allowedActions('info_requested', 'system')).toEqual(['return_to_seller']);
    for (const status of OPEN_STATUSES) expect(allowedActions(status, 'supervisor')).toContain('withdraw');
  });

  it('refuses an allowed transition to an actor who may not perform it', () => {
    expect(nextStatus('rejected', 'appeal', 'seller')).toBe('appealed');
    expect(catchError(() => nextStatus('rejected', 'appeal', 'reviewer'))).toMatchObject({
      code: 'FORBIDDEN',
      details: { where: 'actor', actor: 'reviewer', action: 'appeal', allowed_actors: ['seller'] },
    });
    expect(catchError(() => nextStatus('in_review', 'approve', 'seller'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // An impossible transition is reported as such, whoever asks.
    expect(catchError(() => nextStatus('approved', 'appeal', 'seller'))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('reaches every status from a new case', () => {
    const reached = new Set<CaseStatus>(['awaiting_documents']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of CASE_TRANSITIONS)
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('keeps any random sequence of actions inside the status set, and terminal statuses final', () => {
    const step = fc.record({
      action: fc.constantFrom(...CASE_ACTIONS),
      actor: fc.constantFrom(...ACTOR_KINDS),
    });
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STATUSES), fc.array(step, { maxLength: 40 }), (start, steps) => {
        let status: CaseStatus = start;
        for (const { action, actor } of steps) {
          const wasTerminal = isTerminal(status);
          if (wasTerminal) expect(allowedActions(status)).toEqual([]);
          const allowed = allowedActions(status, actor).includes(action);
          let next: CaseStatus | undefined;
          try {
            next = nextStatus(status, action, actor);
          } catch (error) {
            expect(allowed).toBe(false);
            expect(error).toBeInstanceOf(AppError);
            expect(['INVALID_TRANSITION', 'FORBIDDEN']).toContain((error as AppError).code);
            continue;
          }
          expect(allowed).toBe(true);
          expect(wasTerminal).toBe(false);
          expect(CASE_STATUSES).toContain(next);
          status = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every move from a status it does not know (a row written by a newer version) with INVALID_TRANSITION', () => {
    const unknown = 'archived' as CaseStatus;
    expect(findTransition(unknown, 'submit')).toBeUndefined();
    expect(allowedActions(unknown)).toEqual([]);
    for (const move of [
      () => nextStatus(unknown, 'withdraw', 'admin'),
      () => needsSecondReviewer(unknown, 'reject', { isAppeal: false }),
    ])
      expect(catchError(move)).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { from: 'archived', allowed: [] },
      });
  });
});
