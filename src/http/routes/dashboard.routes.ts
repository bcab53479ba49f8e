import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findStaff } from '../../modules/access/index.js';
import { AGE_BANDS, readDashboardFigures } from '../../modules/cases/index.js';
import { DAY_MS } from '../../platform/clock.js';

const HOUR_MS = 3_600_000;

import { AppError } from '../../platform/errors.js';
import type { Deps } from '../../workflows/deps.js';

const Outcomes = z.object({
  key: z.string(),
  approved: z.number().int(),
  rejected: z.number().int(),
  approval_rate: z.number().nullable(),
});

const DashboardView = z.object({
  at: z.string(),
  from: z.string(),
  to: z.string(),
  near_breach_hours: z.number(),
  per_day: z.array(z.object({ day: z.string(), opened: z.number().int(), closed: z.number().int() })),
  backlog: z.array(z.object({ status: z.string(), age_band: z.enum(AGE_BANDS), cases: z.number().int() })),
  sla: z.object({ queued: z.number().int(), breached: z.number().int(), near_breach: z.number().int() }),
  time_to_decision: z.object({
    decided: z.number().int(),
    p50_hours: z.number().nullable(),
    p90_hours: z.number().nullable(),
  }),
  decisions_by_reviewer: z.array(
    z.object({
      reviewer: z.object({ id: z.string(), display_name: z.string().nullable() }),
      decision: z.string(),
      decisions: z.number().int(),
    }),
  ),
  approval_by_trigger: z.array(Outcomes),
  approval_by_policy_version: z.array(Outcomes),
});

const MAX_DAYS = 366;

export function registerDashboardRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/dashboard',
    {
      config: { access: ['supervisor', 'admin'] },
      schema: {
        tags: ['review'],
        summary:
          'The review operation: cases opened and closed per day, backlog, SLA, time to decision, decisions, approval rates',
        description:
          'Over `[from, to)` (default the last 30 days, at most 366): cases opened and closed per UTC day; the open backlog by ' +
          'status and age band; queued cases past their review SLA and within `near_breach_hours` of it (now); time from ' +
          'opening to decision (p50, p90, hours); decisions per reviewer; and of the cases decided, the approval rate per ' +
          "trigger and per policy version (approved / (approved + rejected)): the first measure of each trigger's precision.",
        querystring: z.strictObject({
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          near_breach_hours: z.coerce.number().int().min(1).max(168).default(4),
        }),
        response: { 200: DashboardView },
      },
    },
    async (request) => {
      const now = context.clock.now();
      const to = request.query.to
        ? new Date(`${request.query.to}T00:00:00Z`).getTime() + DAY_MS
        : Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
      const from = request.query.from
        ? new Date(`${request.query.from}T00:00:00Z`).getTime()
        : to - 30 * DAY_MS;
      if (from >= to || to - from > MAX_DAYS * DAY_MS)
        throw new AppError('VALIDATION_FAILED', `from must be before to, at most ${MAX_DAYS} days apart`, {
          where: 'query.from',
        });
      const window = {
        from: new Date(from),
        to: new Date(to),
        now,
        nearMs: request.query.near_breach_hours * HOUR_MS,
      };
      const figures = await readDashboardFigures(context.db, window);
      const ids = [...new Set(figures.decisionsByReviewer.map((d) => d.userId))];
      const staff = new Map((await findStaff(context.db, { ids })).map((s) => [s.id, s]));
      const outcomes = (o: (typeof figures.byTrigger)[number]) => ({
        key: o.key,
        approved: o.approved,
        rejected: o.rejected,
        approval_rate: o.approvalRate,
      });
      return {
        at: now.toISOString(),
        from: window.from.toISOString(),
        to: window.to.toISOString(),
        near_breach_hours: request.query.near_breach_hours,
        per_day: figures.perDay,
        backlog: figures.backlog.map((b) => ({ status: b.status, age_band: b.band, cases: b.cases })),
        sla: {
          queued: figures.sla.queued,
          breached: figures.sla.breached,
          near_breach: figures.sla.nearBreach,
        },
        time_to_decision: {
          decided: figures.timeToDecision.decided,
          p50_hours: figures.timeToDecision.p50Hours,
          p90_hours: figures.timeToDecision.p90Hours,
        },
        decisions_by_reviewer: figures.decisionsByReviewer.map((d) => ({
          reviewer: { id: d.userId, display_name: staff.get(d.userId)?.displayName ?? null },
          decision: d.decision,
          decisions: d.decisions,
        })),
        approval_by_trigger: figures.byTrigger.map(outcomes),
        approval_by_policy_version: figures.byPolicyVersion.map(outcomes),
      };
    },
  );
}
