import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { AppointmentHistory } from './appointment.rules.js';
import { appointments, availability, slots } from './appointments.schema.js';

export type AvailabilityRow = typeof availability.$inferSelect;
export type SlotRow = typeof slots.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;

/** Stores a window and its slots; slots the reviewer already holds at the same start are skipped. */
export async function insertAvailability(
  db: Db,
  window: AvailabilityRow,
  cut: SlotRow[],
): Promise<SlotRow[]> {
  await db.insert(availability).values(window);
  if (cut.length === 0) return [];
  return db.insert(slots).values(cut).onConflictDoNothing().returning();
}

export async function findAvailability(db: Db, id: string): Promise<AvailabilityRow | undefined> {
  const [row] = await db.select().from(availability).where(eq(availability.id, id));
  return row;
}

export async function listAvailability(db: Db, reviewerId?: string): Promise<AvailabilityRow[]> {
  return db
    .select()
    .from(availability)
    .where(
      and(isNull(availability.withdrawnAt), reviewerId ? eq(availability.reviewerId, reviewerId) : undefined),
    )
    .orderBy(asc(availability.startsAt));
}

/** Withdraws a window: its free slots stop being offered; calls already booked stay. */
export async function withdrawAvailability(db: Db, id: string, at: Date): Promise<void> {
  await db.update(availability).set({ withdrawnAt: at }).where(eq(availability.id, id));
  await db.update(slots).set({ withdrawnAt: at }).where(eq(slots.availabilityId, id));
}

const TAKEN = sql`exists (select 1 from ${appointments} a where a.slot_id = ${slots.id} and a.status in ('booked','completed','no_show'))`;

/** Slots nobody holds, not withdrawn, starting in [from, to], in one of the languages. */
export async function findFreeSlots(
  db: Db,
  range: { from: Date; to: Date; language?: string },
): Promise<SlotRow[]> {
  return db
    .select()
    .from(slots)
    .where(
      and(
        isNull(slots.withdrawnAt),
        gte(slots.startsAt, range.from),
        lte(slots.startsAt, range.to),
        sql`not ${TAKEN}`,
        range.language ? sql`${slots.languages} ? ${range.language}` : undefined,
      ),
    )
    .orderBy(asc(slots.startsAt), asc(slots.reviewerId))
    .limit(500);
}

export async function findSlot(db: Db, id: string): Promise<SlotRow | undefined> {
  const [row] = await db.select().from(slots).where(eq(slots.id, id));
  return row;
}

/** Inserts a booking; `false` when the slot (or the requirement's one live booking) is already held. */
export async function insertAppointment(db: Db, row: AppointmentRow): Promise<boolean> {
  const inserted = await db
    .insert(appointments)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: appointments.id });
  return inserted.length === 1;
}

export async function findAppointment(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db.select().from(appointments).where(eq(appointments.id, id));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

export async function findAppointmentsOfCase(db: Db, caseId: string): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(eq(appointments.caseId, caseId))
    .orderBy(asc(appointments.createdAt));
}

export async function findBookedAppointment(
  db: Db,
  requirementId: string,
): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.requirementId, requirementId), eq(appointments.status, 'booked')));
  return row;
}

export async function setAppointmentStatus(
  db: Db,
  id: string,
  change: { status: string; outcome?: unknown },
  at: Date,
): Promise<void> {
  await db
    .update(appointments)
    .set({
      status: change.status,
      ...(change.outcome === undefined ? {} : { outcome: change.outcome }),
      updatedAt: at,
    })
    .where(eq(appointments.id, id));
}

export async function historyOf(db: Db, requirementId: string): Promise<AppointmentHistory> {
  const rows = await db
    .select({ status: appointments.status, n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(
      and(
        eq(appointments.requirementId, requirementId),
        inArray(appointments.status, ['rescheduled', 'no_show']),
      ),
    )
    .groupBy(appointments.status);
  const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { rescheduled: count('rescheduled'), noShows: count('no_show') };
}
