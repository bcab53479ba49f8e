import type { Principal } from '../modules/access/index.js';
import {
  type AppointmentRow,
  afterNoShow,
  type CallOutcome,
  findAppointment,
  findBookedAppointment,
  findSlot,
  historyOf,
  insertAppointment,
  isBookable,
  isChangeable,
  judgeCall,
  type Language,
  mayBook,
  mayReschedule,
  setAppointmentStatus,
} from '../modules/appointments/index.js';
import {
  CALL_ARRANGING_STATUSES,
  type CaseRow,
  findCase,
  liveVerificationJudged,
  materialHandedIn,
  materialWithdrawn,
  type Policy,
  policyOfCase,
} from '../modules/cases/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { announce } from './appointment.announce.js';
import { materialOf, sellerLanguage } from './appointment.data.js';
import { liveRequirementOf, sellerTimeZone } from './appointment-availability.workflow.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

/** What these use cases take from the process's dependencies. */
export type AppointmentsDeps = Pick<Deps, 'auditKey' | 'clock' | 'config' | 'db' | 'queue'>;
type Tx = Deps['db'];

/** Locks the case and checks it still takes calls; returns it with its policy. */
async function lockOpenCase(tx: Tx, caseId: string): Promise<{ current: CaseRow; policy: Policy }> {
  const current = await findCase(tx, caseId, { forUpdate: true });
  if (!current || !(CALL_ARRANGING_STATUSES as readonly string[]).includes(current.status))
    throw new AppError(
      'CASE_CLOSED',
      `case ${caseId} is ${current?.status ?? 'gone'}: no video call can be arranged`,
      {
        where: 'caseId',
        status: current?.status,
      },
    );
  return { current, policy: await policyOfCase(tx, current) };
}

/** Takes a slot for the requirement, or fails with SLOT_TAKEN (the database's unique index decides). */
async function takeSlot(
  tx: Tx,
  principal: Principal,
  at: Date,
  input: {
    current: CaseRow;
    policy: Policy;
    requirementId: string;
    slotId: string;
    timeZone: string;
    language: Language;
  },
): Promise<AppointmentRow> {
  const slot = await findSlot(tx, input.slotId);
  if (!slot || slot.withdrawnAt)
    throw new AppError('NOT_FOUND', `no slot ${input.slotId} is offered`, { where: 'body.slot_id' });
  if (!isBookable(slot.startsAt, at, input.policy.live_verification))
    throw new AppError('SLOT_NOT_BOOKABLE', 'this slot is too soon or too far ahead to book', {
      where: 'body.slot_id',
      starts_at: slot.startsAt.toISOString(),
    });
  const row: AppointmentRow = {
    id: newId(),
    caseId: input.current.id,
    requirementId: input.requirementId,
    sellerId: input.current.sellerId,
    slotId: slot.id,
    reviewerId: slot.reviewerId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status: 'booked',
    sellerTimeZone: input.timeZone,
    language: input.language,
    outcome: null,
    bookedBy: principal.actor,
    createdAt: at,
    updatedAt: at,
  };
  if (!(await insertAppointment(tx, row)))
    throw new AppError('SLOT_TAKEN', 'someone booked this slot first: choose another', {
      where: 'body.slot_id',
    });
  return row;
}

export async function bookAppointment(
  context: AppointmentsDeps,
  principal: Principal,
  input: { caseId: string; material: string; slotId: string; timeZone?: string; language?: Language },
): Promise<AppointmentRow> {
  const found = await visibleCase(context, principal, input.caseId);
  if (principal.role === 'integration')
    throw new AppError('FORBIDDEN', 'the seller books its own call', { where: 'Authorization' });
  const timeZone = input.timeZone ?? (await sellerTimeZone(context.db, found.sellerId));
  const language = input.language ?? (await sellerLanguage(context.db, found.sellerId));
  return context.db.transaction(async (tx) => {
    const { current, policy } = await lockOpenCase(tx, input.caseId);
    const requirement = await liveRequirementOf(tx, current.id, input.material, policy.materials);
    if (requirement.status === 'satisfied' || requirement.status === 'waived')
      throw new AppError('APPOINTMENT_NOT_CHANGEABLE', `${input.material} is already ${requirement.status}`, {
        where: 'material',
      });
    const booked = await findBookedAppointment(tx, requirement.id);
    if (booked)
      throw new AppError(
        'CONFLICT',
        'a call is already booked for this requirement: reschedule or cancel it',
        {
          where: 'material',
          appointment_id: booked.id,
        },
      );
    if (!mayBook(await historyOf(tx, requirement.id), policy.live_verification))
      throw new AppError('APPOINTMENT_LIMIT_REACHED', 'no more calls can be booked for this requirement', {
        where: 'material',
      });
    const at = context.clock.now();
    const row = await takeSlot(tx, principal, at, {
      current,
      policy,
      requirementId: requirement.id,
      slotId: input.slotId,
      timeZone,
      language,
    });
    await materialHandedIn(tx, requirement.id, at);
    await announce(tx, context, principal, at, 'appointment.booked', row, input.material);
    return row;
  });
}

/** Moves a booked call to another slot, within the policy's reschedules and notice. */
export async function rescheduleAppointment(
  context: AppointmentsDeps,
  principal: Principal,
  input: { appointmentId: string; slotId: string },
): Promise<AppointmentRow> {
  const before = await visibleAppointment(context, principal, input.appointmentId);
  return context.db.transaction(async (tx) => {
    const { current, policy } = await lockOpenCase(tx, before.caseId);
    const old = await changeableAppointment(tx, input.appointmentId, context.clock.now(), policy);
    if (!mayReschedule(await historyOf(tx, old.requirementId), policy.live_verification))
      throw new AppError(
        'APPOINTMENT_LIMIT_REACHED',
        'this call cannot be moved again: cancel it or keep it',
        {
          where: 'appointmentId',
          reschedules_allowed: policy.live_verification.reschedules_allowed,
        },
      );
    const at = context.clock.now();
    await setAppointmentStatus(tx, old.id, { status: 'rescheduled' }, at);
    const row = await takeSlot(tx, principal, at, {
      current,
      policy,
      requirementId: old.requirementId,
      slotId: input.slotId,
      timeZone: old.sellerTimeZone,
      language: old.language as Language,
    });
    await announce(
      tx,
      context,
      principal,
      at,
      'appointment.rescheduled',
      row,
      await materialOf(tx, old),
      old.id,
    );
    return row;
  });
}

export async function cancelAppointment(
  context: AppointmentsDeps,
  principal: Principal,
  appointmentId: string,
): Promise<AppointmentRow> {
  const before = await visibleAppointment(context, principal, appointmentId);
  return context.db.transaction(async (tx) => {
    const { policy } = await lockOpenCase(tx, before.caseId);
    const at = context.clock.now();
    const row = await changeableAppointment(tx, appointmentId, at, policy);
    await setAppointmentStatus(tx, row.id, { status: 'cancelled' }, at);
    await materialWithdrawn(tx, row.requirementId, at);
    const cancelled = { ...row, status: 'cancelled', updatedAt: at };
    await announce(tx, context, principal, at, 'appointment.cancelled', cancelled, await materialOf(tx, row));
    return cancelled;
  });
}

/**
 * The reviewer who held the call records what they saw. The requirement follows: `satisfied`,
 * `errored` with codes, or after a missed call `currently_due` (one more booking, by policy) and
 * then `past_due`.
 */
export async function recordCallOutcome(
  context: AppointmentsDeps,
  principal: Principal,
  input: { appointmentId: string; outcome: CallOutcome },
): Promise<{ appointment: AppointmentRow; requirementStatus: string; errors: string[] }> {
  if (principal.role !== 'reviewer' && principal.role !== 'supervisor' && principal.role !== 'admin')
    throw new AppError('FORBIDDEN', 'the reviewer who held the call records its outcome', {
      where: 'Authorization',
    });
  return context.db.transaction(async (tx) => {
    const first = await findAppointment(tx, input.appointmentId);
    if (!first)
      throw new AppError('NOT_FOUND', `no appointment ${input.appointmentId}`, { where: 'appointmentId' });
    if (first.reviewerId !== principal.id && principal.role === 'reviewer')
      throw new AppError('FORBIDDEN', 'another reviewer holds this call', { where: 'appointmentId' });
    const { policy } = await lockOpenCase(tx, first.caseId);
    const row = await findAppointment(tx, input.appointmentId, { forUpdate: true });
    const at = context.clock.now();
    if (row?.status !== 'booked' || at < row.startsAt)
      throw new AppError('APPOINTMENT_NOT_CHANGEABLE', 'only a booked call that has begun gets an outcome', {
        where: 'appointmentId',
        status: row?.status,
      });
    let result: { status: 'satisfied' | 'errored' | 'currently_due' | 'past_due'; errors: string[] };
    if (input.outcome.attended) result = judgeCall(input.outcome);
    else {
      const history = await historyOf(tx, row.requirementId);
      const next = afterNoShow({ ...history, noShows: history.noShows + 1 }, policy.live_verification);
      result = { status: next === 'rebook' ? 'currently_due' : 'past_due', errors: ['LIVE_NO_SHOW'] };
    }
    const status = input.outcome.attended ? 'completed' : 'no_show';
    await setAppointmentStatus(tx, row.id, { status, outcome: input.outcome }, at);
    await liveVerificationJudged(tx, row.requirementId, result, at);
    const done = { ...row, status, outcome: input.outcome, updatedAt: at };
    await announce(
      tx,
      context,
      principal,
      at,
      'appointment.outcome_recorded',
      done,
      await materialOf(tx, row),
      undefined,
      result,
    );
    return { appointment: done, requirementStatus: result.status, errors: result.errors };
  });
}

async function visibleAppointment(
  context: AppointmentsDeps,
  principal: Principal,
  appointmentId: string,
): Promise<AppointmentRow> {
  const row = await findAppointment(context.db, appointmentId);
  if (!row) throw new AppError('NOT_FOUND', `no appointment ${appointmentId}`, { where: 'appointmentId' });
  await visibleCase(context, principal, row.caseId).catch(() => {
    throw new AppError('NOT_FOUND', `no appointment ${appointmentId}`, { where: 'appointmentId' });
  });
  if (principal.role === 'integration')
    throw new AppError('FORBIDDEN', 'the seller arranges its own call', { where: 'Authorization' });
  return row;
}

async function changeableAppointment(tx: Tx, id: string, at: Date, policy: Policy): Promise<AppointmentRow> {
  const row = await findAppointment(tx, id, { forUpdate: true });
  if (row?.status !== 'booked')
    throw new AppError('APPOINTMENT_NOT_CHANGEABLE', `this call is ${row?.status ?? 'gone'}`, {
      where: 'appointmentId',
      status: row?.status,
    });
  if (!isChangeable(row.startsAt, at, policy.live_verification))
    throw new AppError('APPOINTMENT_NOT_CHANGEABLE', 'the call is too close to move or cancel', {
      where: 'appointmentId',
      min_notice_hours: policy.live_verification.min_notice_hours,
    });
  return row;
}
