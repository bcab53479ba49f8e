import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import {
  activePolicy,
  type CaseStatus,
  findCase,
  findPolicyVersion,
  isTerminal,
} from '../modules/cases/index.js';
import {
  decideThrottle,
  findMessages,
  findThrottleHistory,
  insertMessage,
  type MessageRow,
  THROTTLE_WINDOW_MS,
  type ThrottleDecision,
} from '../modules/messages/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';
import { estimateCaseDecision, WAITING_ON_SUPPORT } from './eta.workflow.js';

/** What this use case takes from the process's dependencies. */
export type MessagesDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

export interface PostMessageInput {
  caseId: string;
  body: string;
  /** Staff only: a note other staff see and the seller never does. */
  internal?: boolean;
}

/**
 * A message on the case's thread, or a staff note. While the case waits on support, a seller may
 * send the policy's number of messages a day; beyond it the message is not stored and the answer
 * says when to write again and when to expect a reply (`RATE_LIMITED`).
 */
export async function postMessage(
  context: MessagesDeps,
  principal: Principal,
  input: PostMessageInput,
): Promise<MessageRow> {
  await visibleCase(context, principal, input.caseId);
  const isSeller = principal.role === 'seller';
  if (principal.role === 'integration')
    throw new AppError('FORBIDDEN', 'integrations do not write on case threads', { where: 'Authorization' });
  if (isSeller && input.internal)
    throw new AppError('FORBIDDEN', 'internal notes are for staff', { where: 'body.internal' });
  return context.db.transaction(async (tx) => {
    const found = await findCase(tx, input.caseId, { forUpdate: true });
    if (!found) throw new AppError('NOT_FOUND', `no case ${input.caseId}`, { where: 'caseId' });
    if (isTerminal(found.status as CaseStatus) && !input.internal)
      throw new AppError('CASE_CLOSED', `case ${found.id} is ${found.status}: its thread is closed`, {
        where: 'caseId',
        status: found.status,
      });
    const now = context.clock.now();
    const waitingOnSupport = WAITING_ON_SUPPORT.includes(found.status);
    if (isSeller) {
      const policy = (await findPolicyVersion(tx, found.policyVersion)) ?? (await activePolicy(tx));
      const history = await findThrottleHistory(tx, found.id, new Date(now.getTime() - THROTTLE_WINDOW_MS));
      const decision = decideThrottle({
        now,
        perDay: policy.messages.per_day_while_waiting,
        waitingOnSupport,
        ...history,
      });
      if (!decision.allowed) {
        const eta = await estimateCaseDecision({ ...context, db: tx }, found, policy);
        throw throttled(decision, now, eta?.estimatedAt, policy.messages.per_day_while_waiting);
      }
    }
    const message: MessageRow = {
      id: newId(),
      caseId: found.id,
      side: isSeller ? 'seller' : 'support',
      author: principal.actor,
      visibility: input.internal ? 'internal' : 'thread',
      body: input.body,
      createdAt: now,
      whileWaitingOnSupport: isSeller && waitingOnSupport,
    };
    await insertMessage(tx, message);
    await appendAuditEvent(tx, context.auditKey, now, {
      actor: principal.actor,
      action: input.internal ? 'case.note_added' : 'case.message_posted',
      entityType: 'case',
      entityId: found.id,
      data: { message_id: message.id, side: message.side, ...(input.internal ? { staff_only: true } : {}) },
    });
    return message;
  });
}

function throttled(
  decision: Extract<ThrottleDecision, { allowed: false }>,
  now: Date,
  answerBy: Date | undefined,
  perDay: number,
): AppError {
  const retryAfter = decision.retryAt
    ? Math.ceil((decision.retryAt.getTime() - now.getTime()) / 1000)
    : undefined;
  return new AppError(
    'RATE_LIMITED',
    `while support reviews the case you can send ${perDay} message(s) a day; ` +
      (decision.retryAt
        ? `write again after ${decision.retryAt.toISOString()}`
        : 'support will answer first') +
      (answerBy ? `; a decision is expected by ${answerBy.toISOString()}` : ''),
    {
      where: 'body',
      ...(retryAfter !== undefined
        ? { retry_after: retryAfter, retry_at: decision.retryAt?.toISOString() }
        : {}),
      ...(answerBy ? { estimated_answer_at: answerBy.toISOString() } : {}),
      per_day: perDay,
    },
  );
}

export async function listMessages(context: MessagesDeps, principal: Principal, caseId: string) {
  await visibleCase(context, principal, caseId);
  return findMessages(context.db, caseId, { withInternal: principal.role !== 'seller' });
}
