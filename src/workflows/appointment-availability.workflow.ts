import type { Principal } from '../modules/access/index.js';
import {
  type AvailabilityRow,
  bookableWindow,
  cutIntoSlots,
  findAvailability,
  findFreeSlots,
  insertAvailability,
  instantOf,
  isTimeZone,
  type Language,
  localIso,
  type SlotRow,
  withdrawAvailability,
  zoneOfCountry,
} from '../modules/appointments/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { activePolicy, findRequirements, policyOfCase } from '../modules/cases/index.js';
import { findSeller } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { visibleCase } from './case-actions.workflow.js';
import type { Deps } from './deps.js';

/** What these use cases take from the process's dependencies. */
export type AvailabilityDeps = Pick<Deps, 'auditKey' | 'clock' | 'db' | 'queue'>;

export interface PublishAvailability {
  /** The reviewer who holds the calls; staff other than a supervisor or admin publish only their own. */
  reviewerId?: string;
  date: string;
  from: string;
  to: string;
  timeZone: string;
  languages: Language[];
}

const DAY = 86_400_000;

/**
 * A reviewer publishes a window of their day (in their own time zone, with the languages they
 * speak); it is cut into calls of the policy's length. A slot the reviewer already offers at the
 * same start is not offered twice.
 */
export async function publishAvailability(
  context: AvailabilityDeps,
  principal: Principal,
  input: PublishAvailability,
): Promise<{ availability: AvailabilityRow; slots: SlotRow[] }> {
  const reviewerId = input.reviewerId ?? principal.id;
  if (reviewerId !== principal.id && principal.role !== 'supervisor' && principal.role !== 'admin')
    throw new AppError('FORBIDDEN', 'only a supervisor or an admin publishes for another reviewer', {
      where: 'body.reviewer_id',
    });
  if (!isTimeZone(input.timeZone))
    throw new AppError('VALIDATION_FAILED', `"${input.timeZone}" is not an IANA time zone`, {
      where: 'body.time_zone',
    });
  const startsAt = instantOf(input.date, input.from, input.timeZone);
  const endsAt = instantOf(input.date, input.to, input.timeZone);
  if (endsAt <= startsAt)
    throw new AppError('VALIDATION_FAILED', 'the window ends before it starts', { where: 'body.to' });
  const at = context.clock.now();
  if (endsAt <= at)
    throw new AppError('VALIDATION_FAILED', 'the window is in the past', { where: 'body.date' });
  if (startsAt.getTime() - at.getTime() > 180 * DAY)
    throw new AppError('VALIDATION_FAILED', 'publish at most 180 days ahead', { where: 'body.date' });
  const policy = (await activePolicy(context.db)).live_verification;
  return context.db.transaction(async (tx) => {
    const window: AvailabilityRow = {
      id: newId(),
      reviewerId,
      timeZone: input.timeZone,
      languages: input.languages,
      startsAt,
      endsAt,
      withdrawnAt: null,
      createdAt: at,
    };
    const cut = cutIntoSlots(startsAt, endsAt, policy.slot_minutes).map(
      (slot): SlotRow => ({
        id: newId(),
        availabilityId: window.id,
        reviewerId,
        languages: input.languages,
        ...slot,
        withdrawnAt: null,
      }),
    );
    const stored = await insertAvailability(tx, window, cut);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'availability.published',
      entityType: 'availability',
      entityId: window.id,
      data: {
        reviewer_id: reviewerId,
        time_zone: input.timeZone,
        slots: stored.length,
        languages: input.languages,
      },
    });
    return { availability: window, slots: stored };
  });
}

export async function withdrawAvailabilityWindow(
  context: AvailabilityDeps,
  principal: Principal,
  availabilityId: string,
): Promise<void> {
  const window = await findAvailability(context.db, availabilityId);
  if (!window)
    throw new AppError('NOT_FOUND', `no availability ${availabilityId}`, { where: 'availabilityId' });
  if (window.reviewerId !== principal.id && principal.role !== 'supervisor' && principal.role !== 'admin')
    throw new AppError('FORBIDDEN', "only a supervisor or an admin withdraws another reviewer's window", {
      where: 'availabilityId',
    });
  const at = context.clock.now();
  await context.db.transaction(async (tx) => {
    await withdrawAvailability(tx, availabilityId, at);
    await appendAuditEvent(tx, context.auditKey, at, {
      actor: principal.actor,
      action: 'availability.withdrawn',
      entityType: 'availability',
      entityId: availabilityId,
      data: { reviewer_id: window.reviewerId },
    });
  });
}

export interface FreeSlot {
  id: string;
  starts_at: string;
  ends_at: string;
  /** The same instants read in the time zone asked for (the seller's). */
  starts_at_local: string;
  ends_at_local: string;
  languages: string[];
}

/**
 * The free slots a seller may book for a case's live requirement, read in the given time zone or
 * the one of the seller's registered country. Reviewer ids are not shown to the seller.
 */
export async function listFreeSlots(
  context: AvailabilityDeps,
  principal: Principal,
  input: { caseId: string; material: string; timeZone?: string; language?: Language },
): Promise<{ timeZone: string; slots: FreeSlot[] }> {
  const found = await visibleCase(context, principal, input.caseId);
  const policy = await policyOfCase(context.db, found);
  await liveRequirementOf(context.db, found.id, input.material, policy.materials);
  const timeZone = input.timeZone ?? (await sellerTimeZone(context.db, found.sellerId));
  if (!isTimeZone(timeZone))
    throw new AppError('VALIDATION_FAILED', `"${timeZone}" is not an IANA time zone`, { where: 'time_zone' });
  const window = bookableWindow(context.clock.now(), policy.live_verification);
  const free = await findFreeSlots(context.db, { ...window, language: input.language });
  // Two reviewers free at the same time are one choice for the seller.
  const seen = new Set<number>();
  const slots = free.filter(
    (slot) => !seen.has(slot.startsAt.getTime()) && seen.add(slot.startsAt.getTime()),
  );
  return {
    timeZone,
    slots: slots.map((slot) => ({
      id: slot.id,
      starts_at: slot.startsAt.toISOString(),
      ends_at: slot.endsAt.toISOString(),
      starts_at_local: localIso(slot.startsAt, timeZone),
      ends_at_local: localIso(slot.endsAt, timeZone),
      languages: slot.languages as string[],
    })),
  };
}

/** The case's requirement for `material`, which must be of the `live` kind. */
export async function liveRequirementOf(
  db: Deps['db'],
  caseId: string,
  material: string,
  materials: Record<string, { kind: string }>,
) {
  const requirement = (await findRequirements(db, caseId)).find((r) => r.material === material);
  if (!requirement || materials[material]?.kind !== 'live')
    throw new AppError('NOT_FOUND', `case ${caseId} asks for no live verification ${material}`, {
      where: 'material',
    });
  return requirement;
}

/** The seller's zone: `contact.time_zone` in the profile when valid, else their country's. */
export async function sellerTimeZone(db: Deps['db'], sellerId: string): Promise<string> {
  const profile = ((await findSeller(db, sellerId))?.profile ?? {}) as {
    contact?: { time_zone?: unknown };
    business?: { country?: string; address?: { country?: string } };
    legal_rep?: { nationality?: string };
  };
  const stated = profile.contact?.time_zone;
  if (typeof stated === 'string' && isTimeZone(stated)) return stated;
  return zoneOfCountry(
    profile.business?.country ?? profile.business?.address?.country ?? profile.legal_rep?.nationality,
  );
}
