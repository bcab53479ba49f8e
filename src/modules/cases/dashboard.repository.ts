import { sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { REVIEW_QUEUE_STATUSES } from './case.queue.js';
import { OPEN_STATUSES } from './case.state.js';

/** The period a dashboard covers, `[from, to)`, seen at `now`; near a breach is within `nearMs` of it. */
export interface DashboardWindow {
  from: Date;
  to: Date;
  now: Date;
  nearMs: number;
}

/** The age bands of the backlog, by time since the case opened. */
export const AGE_BANDS = ['under_1d', '1_3d', '3_7d', '7_14d', 'over_14d'] as const;
type AgeBand = (typeof AGE_BANDS)[number];

interface Outcomes {
  key: string;
  approved: number;
  rejected: number;
  /** approved / (approved + rejected); null with no decision. */
  approvalRate: number | null;
}

export interface DashboardFigures {
  perDay: { day: string; opened: number; closed: number }[];
  backlog: { status: string; band: AgeBand; cases: number }[];
  sla: { queued: number; breached: number; nearBreach: number };
  timeToDecision: { decided: number; p50Hours: number | null; p90Hours: number | null };
  decisionsByReviewer: { userId: string; decision: string; decisions: number }[];
  byTrigger: Outcomes[];
  byPolicyVersion: Outcomes[];
}

/** The result rows of a raw query (PGlite and node-postgres both answer `{ rows }`). */
async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** A case whose latest decision took effect counts by where it ended: approved, or rejected (appealed or not). */
const APPROVED = sql`c.status = 'approved'`;
const REJECTED = sql`c.status in ('rejected', 'rejected_final', 'appealed')`;

/**
 * The review operation at a glance, each figure one set-based query (group by, filter, percentile)
 * over the indexes the queue already has (`cases_opened_idx`, `cases_review_queue_idx`,
 * `case_decisions_decided_idx`, `case_reasons_case_trigger_idx`): no loop over cases.
 */
export async function readDashboardFigures(db: Db, w: DashboardWindow): Promise<DashboardFigures> {
  const from = w.from.toISOString();
  const to = w.to.toISOString();
  const now = w.now.toISOString();
  const near = new Date(w.now.getTime() + w.nearMs).toISOString();
  const [opened, closed, backlog, sla, ttd, reviewers, byTrigger, byPolicy] = await Promise.all([
    rows<{ day: string; n: number }>(
      db,
      sql`select to_char(opened_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n
          from cases where opened_at >= ${from}::timestamptz and opened_at < ${to}::timestamptz group by 1`,
    ),
    rows<{ day: string; n: number }>(
      db,
      sql`select to_char(closed_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n
          from cases where closed_at >= ${from}::timestamptz and closed_at < ${to}::timestamptz group by 1`,
    ),
    rows<{ status: string; band: AgeBand; cases: number }>(
      db,
      sql`select status, case
            when age < interval '1 day' then 'under_1d' when age < interval '3 days' then '1_3d'
            when age < interval '7 days' then '3_7d' when age < interval '14 days' then '7_14d'
            else 'over_14d' end as band, count(*)::int as cases
          from (select status, ${now}::timestamptz - opened_at as age from cases
                where status in (${list(OPEN_STATUSES)})) open_cases
          group by 1, 2 order by 1, 2`,
    ),
    rows<{ queued: number; breached: number; near_breach: number }>(
      db,
      sql`select count(*)::int as queued,
            (count(*) filter (where review_due_at < ${now}::timestamptz))::int as breached,
            (count(*) filter (where review_due_at >= ${now}::timestamptz and review_due_at < ${near}::timestamptz))::int as near_breach
          from cases where status in (${list(REVIEW_QUEUE_STATUSES)})`,
    ),
    rows<{ decided: number; p50: number | null; p90: number | null }>(
      db,
      sql`select count(*)::int as decided,
            percentile_cont(0.5) within group (order by extract(epoch from decided_at - opened_at)) / 3600 as p50,
            percentile_cont(0.9) within group (order by extract(epoch from decided_at - opened_at)) / 3600 as p90
          from cases where decided_at >= ${from}::timestamptz and decided_at < ${to}::timestamptz`,
    ),
    rows<{ user_id: string; decision: string; decisions: number }>(
      db,
      sql`select proposed_by as user_id, decision, count(*)::int as decisions from case_decisions
          where status = 'decided' and decided_at >= ${from}::timestamptz and decided_at < ${to}::timestamptz
          group by 1, 2 order by 1, 2`,
    ),
    rows<{ key: string; approved: number; rejected: number }>(
      db,
      sql`select r.trigger as key, (count(*) filter (where ${APPROVED}))::int as approved,
            (count(*) filter (where ${REJECTED}))::int as rejected
          from cases c join case_reasons r on r.case_id = c.id
          where c.decided_at >= ${from}::timestamptz and c.decided_at < ${to}::timestamptz
          group by 1 order by 1`,
    ),
    rows<{ key: string; approved: number; rejected: number }>(
      db,
      sql`select c.policy_version as key, (count(*) filter (where ${APPROVED}))::int as approved,
            (count(*) filter (where ${REJECTED}))::int as rejected
          from cases c where c.decided_at >= ${from}::timestamptz and c.decided_at < ${to}::timestamptz
          group by 1 order by 1`,
    ),
  ]);
  return {
    perDay: daysOf(w, opened, closed),
    backlog,
    sla: {
      queued: sla[0]?.queued ?? 0,
      breached: sla[0]?.breached ?? 0,
      nearBreach: sla[0]?.near_breach ?? 0,
    },
    timeToDecision: {
      decided: ttd[0]?.decided ?? 0,
      p50Hours: roundHours(ttd[0]?.p50),
      p90Hours: roundHours(ttd[0]?.p90),
    },
    decisionsByReviewer: reviewers.map((r) => ({
      userId: r.user_id,
      decision: r.decision,
      decisions: r.decisions,
    })),
    byTrigger: byTrigger.map(withRate),
    byPolicyVersion: byPolicy.map(withRate),
  };
}

const DAY_MS = 86_400_000;

/** Every day of the window, with zeros where nothing happened (a chart needs the gaps). */
function daysOf(
  w: DashboardWindow,
  opened: { day: string; n: number }[],
  closed: { day: string; n: number }[],
) {
  const openedBy = new Map(opened.map((r) => [r.day, r.n]));
  const closedBy = new Map(closed.map((r) => [r.day, r.n]));
  const days: DashboardFigures['perDay'] = [];
  for (let t = Math.floor(w.from.getTime() / DAY_MS) * DAY_MS; t < w.to.getTime(); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push({ day, opened: openedBy.get(day) ?? 0, closed: closedBy.get(day) ?? 0 });
  }
  return days;
}

const roundHours = (hours: number | null | undefined) =>
  hours === null || hours === undefined ? null : Math.round(Number(hours) * 10) / 10;

const withRate = (r: { key: string; approved: number; rejected: number }): Outcomes => ({
  key: r.key,
  approved: r.approved,
  rejected: r.rejected,
  approvalRate:
    r.approved + r.rejected === 0 ? null : Math.round((r.approved / (r.approved + r.rejected)) * 1000) / 1000,
});
