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
  isCaseAction,
  isCaseStatus,
  isOpen,
  isTerminal,
  needsSecondReviewer,
  nextStatus,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
} from './case.state.js';

// Every field of every row of the transition table (SPEC section 6), written out: a change to
// an actor, a target status or a four-eyes rule fails here, not only a missing transition.
const DECIDERS = ['reviewer', 'supervisor'];
const STAFF = ['reviewer', 'supervisor', 'admin'];
const TABLE = [
  { action: 'submit', from: 'awaiting_documents', to: 'submitted', actors: ['seller'] },
  { action: 'start_review', from: 'submitted', to: 'in_review', actors: DECIDERS },
  { action: 'start_review', from: 'appealed', to: 'in_review', actors: DECIDERS },
  { action: 'approve', from: 'in_review', to: 'approved', actors: DECIDERS, secondReviewer: 'on_appeal' },
  {
    action: 'request_info',
    from: 'in_review',
    to: 'info_requested',
    actors: DECIDERS,
    secondReviewer: 'on_appeal',
  },
  {
    action: 'return_to_seller',
    from: 'info_requested',
    to: 'awaiting_documents',
    actors: ['system', ...DECIDERS],
  },
  { action: 'reject', from: 'in_review', to: 'rejected', actors: DECIDERS, secondReviewer: 'always' },
  {
    action: 'reject_final',
    from: 'in_review',
    to: 'rejected_final',
    actors: DECIDERS,
    secondReviewer: 'always',
  },
  { action: 'appeal', from: 'rejected', to: 'appealed', actors: ['seller'] },
  { action: 'finalize_rejection', from: 'rejected', to: 'rejected_final', actors: ['system'] },
  { action: 'expire', from: 'awaiting_documents', to: 'expired', actors: ['system'] },
  ...['awaiting_documents', 'submitted', 'in_review', 'info_requested', 'rejected', 'appealed'].map(
    (from) => ({
      action: 'withdraw',
      from,
      to: 'withdrawn',
      actors: STAFF,
    }),
  ),
];

describe('the transition table, row by row', () => {
  it('has exactly these rows, each with its actors, target and four-eyes rule', () => {
    expect(CASE_TRANSITIONS.map((t) => ({ ...t, actors: [...t.actors] }))).toEqual(TABLE);
  });

  it('finds each row by its status and action, and leads to its target for each of its actors only', () => {
    for (const row of TABLE) {
      const from = row.from as CaseStatus;
      const action = row.action as CaseAction;
      expect(findTransition(from, action)).toMatchObject({ to: row.to });
      for (const actor of ACTOR_KINDS) {
        if (row.actors.includes(actor)) expect(nextStatus(from, action, actor)).toBe(row.to);
        else expect(() => nextStatus(from, action, actor)).toThrow(AppError);
      }
      expect(nextStatus(from, action)).toBe(row.to);
    }
  });

  it('asks for a second reviewer exactly as each row says, on appeal and not', () => {
    for (const row of TABLE) {
      const from = row.from as CaseStatus;
      const action = row.action as CaseAction;
      expect(needsSecondReviewer(from, action, { isAppeal: false })).toBe(row.secondReviewer === 'always');
      expect(needsSecondReviewer(from, action, { isAppeal: true })).toBe(row.secondReviewer !== undefined);
    }
    expect(() => needsSecondReviewer('approved', 'approve', { isAppeal: true })).toThrow(AppError);
  });

  it('allows from each status, for each actor, the actions of its rows in CASE_ACTIONS order', () => {
    for (const status of CASE_STATUSES) {
      const rows = TABLE.filter((r) => r.from === status);
      const inOrder = (actions: string[]) => CASE_ACTIONS.filter((a) => actions.includes(a));
      expect(allowedActions(status)).toEqual(inOrder(rows.map((r) => r.action)));
      for (const actor of ACTOR_KINDS)
        expect(allowedActions(status, actor)).toEqual(
          inOrder(rows.filter((r) => r.actors.includes(actor)).map((r) => r.action)),
        );
    }
    expect(allowedActions('in_review', 'reviewer')).toEqual([
      'approve',
      'request_info',
      'reject',
      'reject_final',
      'withdraw',
    ]);
    expect(allowedActions('approved')).toEqual([]);
  });
});

describe('the refusals say what was tried, from where, and what is allowed', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as AppError;
    }
    throw new Error('expected a refusal');
  };

  it('refuses a move the table has not, as INVALID_TRANSITION with the allowed actions', () => {
    const error = refusal(() => nextStatus('submitted', 'reject_final'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('A case that is submitted cannot reject final.');
    expect(error.details).toEqual({
      where: 'status',
      from: 'submitted',
      action: 'reject_final',
      allowed: ['start_review', 'withdraw'],
    });
  });

  it('refuses an actor the row does not list, as FORBIDDEN with the actors it does', () => {
    const error = refusal(() => nextStatus('in_review', 'request_info', 'seller'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('A seller cannot request info a case.');
    expect(error.details).toEqual({
      where: 'actor',
      actor: 'seller',
      from: 'in_review',
      action: 'request_info',
      allowed_actors: ['reviewer', 'supervisor'],
    });
  });
});

describe('the status and action lists', () => {
  it('names every status once, open or terminal, never both', () => {
    expect(CASE_STATUSES).toEqual([
      'awaiting_documents',
      'submitted',
      'in_review',
      'info_requested',
      'approved',
      'rejected',
      'appealed',
      'rejected_final',
      'expired',
      'withdrawn',
    ]);
    expect(OPEN_STATUSES).toEqual([
      'awaiting_documents',
      'submitted',
      'in_review',
      'info_requested',
      'rejected',
      'appealed',
    ]);
    expect(TERMINAL_STATUSES).toEqual(['approved', 'rejected_final', 'expired', 'withdrawn']);
    for (const status of CASE_STATUSES) {
      expect(isOpen(status)).toBe((OPEN_STATUSES as readonly string[]).includes(status));
      expect(isTerminal(status)).toBe(!isOpen(status));
    }
  });

  it('tells statuses and actions from other strings', () => {
    expect(CASE_ACTIONS).toEqual([
      'submit',
      'start_review',
      'approve',
      'request_info',
      'return_to_seller',
      'reject',
      'reject_final',
      'appeal',
      'finalize_rejection',
      'expire',
      'withdraw',
    ]);
    expect(ACTOR_KINDS).toEqual(['seller', 'reviewer', 'supervisor', 'admin', 'system']);
    for (const status of CASE_STATUSES) expect(isCaseStatus(status)).toBe(true);
    for (const action of CASE_ACTIONS) expect(isCaseAction(action)).toBe(true);
    expect(isCaseStatus('approve')).toBe(false);
    expect(isCaseStatus('')).toBe(false);
    expect(isCaseAction('approved')).toBe(false);
    expect(isCaseAction('')).toBe(false);
  });
});
