import { AppError } from '../../platform/errors.js';

/**
 * The case state machine of SPEC section 6: the one transition table. Nothing else decides which
 * status follows which; repositories write only what `nextStatus` returns.
 */

export const CASE_STATUSES = [
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
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * A seller has at most one case in these statuses: the partial unique index
 * `cases_one_open_per_seller_idx` lists exactly these (a test holds the two together).
 * `rejected` is open because the appeal window still runs.
 */
export const OPEN_STATUSES = [
  'awaiting_documents',
  'submitted',
  'in_review',
  'info_requested',
  'rejected',
  'appealed',
] as const satisfies readonly CaseStatus[];
export type OpenCaseStatus = (typeof OPEN_STATUSES)[number];

export const TERMINAL_STATUSES = [
  'approved',
  'rejected_final',
  'expired',
  'withdrawn',
] as const satisfies readonly CaseStatus[];
export type TerminalCaseStatus = (typeof TERMINAL_STATUSES)[number];

export const CASE_ACTIONS = [
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
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Who performs a transition: a person by role, or `system` (scheduled jobs, workflows). */
export const ACTOR_KINDS = ['seller', 'reviewer', 'supervisor', 'admin', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Four eyes (SPEC section 6): a decision of this kind is first proposed, and takes effect only when a
 * second reviewer approves it. `always`, or `on_appeal` (a case that has been appealed).
 */
export type SecondReviewer = 'always' | 'on_appeal';

export interface CaseTransition {
  readonly action: CaseAction;
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly actors: readonly ActorKind[];
  readonly secondReviewer?: SecondReviewer;
}

const DECIDERS = ['reviewer', 'supervisor'] as const satisfies readonly ActorKind[];
const STAFF = ['reviewer', 'supervisor', 'admin'] as const satisfies readonly ActorKind[];

export const CASE_TRANSITIONS: readonly CaseTransition[] = [
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
  // The workflow that records an info request hands the case back once the new requirements exist.
  {
    action: 'return_to_seller',
    from: 'info_requested',
    to: 'awaiting_documents',
    actors: ['system', ...DECIDERS],
  },
  { action: 'reject', from: 'in_review', to: 'rejected', actors: DECIDERS, secondReviewer: 'always' },
  // Used instead of `reject` when the case has no appeal left.
  {
    action: 'reject_final',
    from: 'in_review',
    to: 'rejected_final',
    actors: DECIDERS,
    secondReviewer: 'always',
  },
  { action: 'appeal', from: 'rejected', to: 'appealed', actors: ['seller'] },
  // The appeal window passed without an appeal.
  { action: 'finalize_rejection', from: 'rejected', to: 'rejected_final', actors: ['system'] },
  { action: 'expire', from: 'awaiting_documents', to: 'expired', actors: ['system'] },
  // A false positive: staff close the case from wherever it stands, with no consequence for the seller.
  ...OPEN_STATUSES.map(
    (from): CaseTransition => ({ action: 'withdraw', from, to: 'withdrawn', actors: STAFF }),
  ),
];

const byStatus = new Map<CaseStatus, Map<CaseAction, CaseTransition>>(
  CASE_STATUSES.map((status) => [status, new Map()]),
);
for (const transition of CASE_TRANSITIONS) {
  const fromStatus = byStatus.get(transition.from);
  if (!fromStatus || fromStatus.has(transition.action))
    throw new Error(`case.state: duplicate transition ${transition.from} --${transition.action}-->`);
  fromStatus.set(transition.action, transition);
}

const openSet: ReadonlySet<CaseStatus> = new Set(OPEN_STATUSES);
const statusSet: ReadonlySet<string> = new Set(CASE_STATUSES);
const actionSet: ReadonlySet<string> = new Set(CASE_ACTIONS);

export const isCaseStatus = (value: string): value is CaseStatus => statusSet.has(value);
export const isCaseAction = (value: string): value is CaseAction => actionSet.has(value);
export const isOpen = (status: CaseStatus): status is OpenCaseStatus => openSet.has(status);
export const isTerminal = (status: CaseStatus): status is TerminalCaseStatus => !openSet.has(status);

/** The transition `action` takes from `status`, or undefined when the table has none. */
export const findTransition = (status: CaseStatus, action: CaseAction): CaseTransition | undefined =>
  byStatus.get(status)?.get(action);

/** Actions the table allows from `status` (for `actor`, when given), in `CASE_ACTIONS` order. */
export function allowedActions(status: CaseStatus, actor?: ActorKind): CaseAction[] {
  return CASE_ACTIONS.filter((action) => {
    const transition = findTransition(status, action);
    return transition !== undefined && (actor === undefined || transition.actors.includes(actor));
  });
}

/**
 * Whether `action` from `status` takes a second reviewer's approval before it happens: rejections
 * always, every decision once the case has been appealed. Throws like `nextStatus` for a move the
 * table does not have.
 */
export function needsSecondReviewer(
  status: CaseStatus,
  action: CaseAction,
  context: { isAppeal: boolean },
): boolean {
  const rule = allowedTransition(status, action).secondReviewer;
  return rule === 'always' || (rule === 'on_appeal' && context.isAppeal);
}

const words = (action: CaseAction) => action.replaceAll('_', ' ');

/**
 * The status that `action` leads to from `status`. Throws `INVALID_TRANSITION` when the table has no
 * such transition and, when `actor` is given, `FORBIDDEN` when that kind of actor may not perform it.
 */
export const nextStatus = (status: CaseStatus, action: CaseAction, actor?: ActorKind): CaseStatus =>
  allowedTransition(status, action, actor).to;

/** The row of the table for `action` from `status`, refused as `nextStatus` says. */
function allowedTransition(status: CaseStatus, action: CaseAction, actor?: ActorKind): CaseTransition {
  const transition = findTransition(status, action);
  if (!transition)
    throw new AppError('INVALID_TRANSITION', `A case that is ${status} cannot ${words(action)}.`, {
      where: 'status',
      from: status,
      action,
      allowed: allowedActions(status),
    });
  if (actor !== undefined && !transition.actors.includes(actor))
    throw new AppError('FORBIDDEN', `A ${actor} cannot ${words(action)} a case.`, {
      where: 'actor',
      actor,
      from: status,
      action,
      allowed_actors: [...transition.actors],
    });
  return transition;
}
