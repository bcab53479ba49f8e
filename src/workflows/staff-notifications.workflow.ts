import { z } from 'zod';
import { findStaff, findUserById, type Principal } from '../modules/access/index.js';
import { type CaseRow, findCase, findCasesNearingReviewSla } from '../modules/cases/index.js';
import {
  claimUnemailedStaffNotifications,
  composeStaffEmail,
  insertEmail,
  listStaffNotifications,
  markStaffNotificationsEmailed,
  markStaffNotificationsRead,
  recordStaffNotifications,
  type StaffNotificationKind,
  type StaffNotificationRow,
} from '../modules/notifications/index.js';
import { findDecisions } from '../modules/review/index.js';
import { newId } from '../platform/ids.js';
import { defineJob } from '../platform/jobs.js';
import type { Deps } from './deps.js';

/** What this use case takes from the process's dependencies. */
export type StaffNotificationsDeps = Pick<Deps, 'clock' | 'config' | 'db' | 'mailer' | 'queue'>;

const HOUR_MS = 3_600_000;
/** How often the SLA watch runs (at most: a shorter warning window runs it as often as that). */
const WATCH_EVERY_HOURS = 1;
const SUPERVISORS = ['supervisor'] as const;

/**
 * A case given to a reviewer: the reviewer is told, unless they took it themselves. Called in the
 * transaction of the assignment; `revision` (the case's after the assignment) makes it one of a kind.
 */
export async function notifyCaseAssigned(tx: Deps['db'], at: Date, moved: CaseRow, by: Principal) {
  if (!moved.assigneeId || moved.assigneeId === by.id) return;
  await recordStaffNotifications(tx, at, [
    {
      userId: moved.assigneeId,
      kind: 'case_assigned',
      caseId: moved.id,
      dedupeKey: `case_assigned:${moved.id}:${moved.revision}:${moved.assigneeId}`,
    },
  ]);
}

/**
 * An appeal filed: the case's last holder (who proposed the rejection) is told, else (they are gone)
 * every supervisor. Called in the transaction of the appeal.
 */
export async function notifyAppealFiled(tx: Deps['db'], at: Date, caseId: string, appealNumber: number) {
  const rejected = (await findDecisions(tx, caseId)).filter(
    (d) => d.status === 'decided' && (d.decision === 'rejected' || d.decision === 'rejected_final'),
  );
  const holder = rejected.at(-1)?.proposedBy;
  const users = await recipientsOf(tx, holder ?? null);
  await recordStaffNotifications(
    tx,
    at,
    users.map((userId) => ({
      userId,
      kind: 'appeal_filed' as const,
      caseId,
      dedupeKey: `appeal_filed:${caseId}:${appealNumber}:${userId}`,
    })),
  );
}

/** The holder if they are an active reviewer or supervisor, else every active supervisor. */
async function recipientsOf(tx: Deps['db'], holderId: string | null): Promise<string[]> {
  if (holderId) {
    const [holder] = await findStaff(tx, { ids: [holderId] });
    if (holder && !holder.disabled && (holder.role === 'reviewer' || holder.role === 'supervisor'))
      return [holder.id];
  }
  return (await findStaff(tx, { roles: SUPERVISORS })).map((s) => s.id);
}

/**
 * The SLA watch: every queued case whose review is due within `SECONDLOOK_SLA_WARN_HOURS` (and not
 * yet past) tells its holder, else every supervisor, once per case and due date (a new round with a
 * new SLA tells again). Answers how many notices are new.
 */
export async function warnOfNearingSla(context: Pick<Deps, 'clock' | 'config' | 'db'>): Promise<number> {
  const now = context.clock.now();
  const until = new Date(now.getTime() + context.config.slaWarnHours * HOUR_MS);
  const nearing = await findCasesNearingReviewSla(context.db, now, until);
  let added = 0;
  for (const found of nearing)
    added += await context.db.transaction(async (tx) => {
      const due = found.reviewDueAt?.toISOString();
      const users = await recipientsOf(tx, found.assigneeId);
      return recordStaffNotifications(
        tx,
        now,
        users.map((userId) => ({
          userId,
          kind: 'sla_near_breach' as const,
          caseId: found.id,
          dedupeKey: `sla_near_breach:${found.id}:${due}:${userId}`,
        })),
      );
    });
  return added;
}

/** The SLA watch on a schedule; each run schedules the next. */
export const staffSlaWatchDue = defineJob({
  name: 'staff.sla-watch-due',
  payload: z.object({}),
  run: async (deps: StaffNotificationsDeps) => {
    await warnOfNearingSla(deps);
    const hours = Math.min(WATCH_EVERY_HOURS, deps.config.slaWarnHours);
    await deps.queue.send(
      staffSlaWatchDue,
      {},
      { startAfter: new Date(deps.clock.now().getTime() + hours * HOUR_MS), singletonKey: 'staff-sla-watch' },
    );
  },
  startWith: { payload: {}, singletonKey: 'staff-sla-watch' },
});

const STAFF_TEMPLATE: Record<StaffNotificationKind, string> = {
  sla_near_breach: 'staff_sla_near_breach',
  appeal_filed: 'staff_appeal_filed',
  case_assigned: 'staff_case_assigned',
};

/**
 * The dispatcher's step for staff notices: each notice not yet emailed becomes one email in the
 * outbox (unique per notice and template), in the staff member's language; the email path sends it.
 * Rows are locked with SKIP LOCKED, so dispatchers side by side never email a notice twice.
 */
export async function queueStaffEmails(
  context: Pick<Deps, 'clock' | 'config' | 'db' | 'mailer'>,
  limit: number,
): Promise<number> {
  return context.db.transaction(async (tx) => {
    const notices = await claimUnemailedStaffNotifications(tx, limit);
    const now = context.clock.now();
    for (const notice of notices) await draftStaffEmail(context, tx, notice, now);
    await markStaffNotificationsEmailed(
      tx,
      notices.map((n) => n.id),
      now,
    );
    return notices.length;
  });
}

async function draftStaffEmail(
  context: Pick<Deps, 'config' | 'mailer'>,
  tx: Deps['db'],
  notice: StaffNotificationRow,
  now: Date,
) {
  const [user, found] = await Promise.all([findUserById(tx, notice.userId), findCase(tx, notice.caseId)]);
  if (!found) return;
  const language = user?.language === 'zh' ? 'zh' : 'en';
  const portal = context.config.notifications.portalUrl;
  const rendered = composeStaffEmail(
    {
      kind: notice.kind as StaffNotificationKind,
      caseId: notice.caseId,
      ...(notice.kind === 'sla_near_breach' && found.reviewDueAt
        ? { dueAt: found.reviewDueAt.toISOString() }
        : {}),
      ...(portal ? { caseUrl: `${portal.replace(/\/$/, '')}/office/cases/${notice.caseId}` } : {}),
    },
    language,
  );
  const recipient = user && !user.disabledAt ? user.email : undefined;
  const skipped = !context.mailer
    ? 'SMTP_URL is not set: email is off in this deployment'
    : !recipient
      ? 'the staff member has no active login'
      : undefined;
  await insertEmail(tx, {
    id: newId(),
    eventId: notice.id,
    sellerId: found.sellerId,
    caseId: notice.caseId,
    template: STAFF_TEMPLATE[notice.kind as StaffNotificationKind],
    languages: [language],
    recipient: recipient ?? null,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    status: skipped ? 'skipped' : 'pending',
    lastError: skipped ?? null,
    nextAttemptAt: skipped ? null : now,
    windowStartedAt: now,
    createdAt: now,
  });
}

/** The caller's notices, unread first, newest first. */
export async function listMyNotifications(
  context: Pick<Deps, 'db'>,
  principal: Principal,
  page: { limit: number; offset: number },
) {
  return listStaffNotifications(context.db, principal.id, page);
}

/** Marks the caller's notices read (the ids given, or all); answers how many changed. */
export async function readMyNotifications(
  context: Pick<Deps, 'clock' | 'db'>,
  principal: Principal,
  ids: string[] | 'all',
): Promise<number> {
  return markStaffNotificationsRead(context.db, principal.id, ids, context.clock.now());
}
