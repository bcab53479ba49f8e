import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findStaff } from '../../modules/access/index.js';
import { findAuditEventsFor } from '../../modules/audit/index.js';
import {
  buildTimeline,
  CASE_STATUSES,
  type CaseStatus,
  isOpen,
  policyOfCase,
} from '../../modules/cases/index.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { estimateCaseDecision, WAITING_ON_SUPPORT } from '../../workflows/eta.workflow.js';
import { principalOf, STAFF } from '../auth.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const READERS = ['integration', 'seller', ...STAFF] as const;

/** A case's history as its reader may see it, whose move it is, and when a decision is expected. */
const CaseTimelineView = z.object({
  case_id: z.string(),
  status: z.enum(CASE_STATUSES),
  deadline_at: z.string(),
  waiting_on: z.enum(['seller', 'support']).nullable(),
  estimated_decision: z
    .object({
      at: z.string(),
      basis: z.enum(['queue', 'sla']),
      cases_ahead: z.number().int(),
      decisions_per_day: z.number(),
    })
    .nullable(),
  steps: z.array(
    z.object({
      at: z.string(),
      event: z.string(),
      by: z.string(),
      /** Who acted, by name: a staff member's display name; null for the seller's own words (you, support, system). */
      actor: z.object({ id: z.string(), name: z.string().nullable() }),
      from: z.string().optional(),
      to: z.string().optional(),
      case_action: z.string().optional(),
      note: z.string().optional(),
      triggers: z.array(z.string()).optional(),
      document_id: z.string().optional(),
      material: z.string().optional(),
      /** The material's title under the case's policy, in both languages. */
      material_title: z.object({ en: z.string(), zh: z.string() }).optional(),
      verdict: z.string().nullable().optional(),
      failed_checks: z.array(z.string()).optional(),
      decision: z.string().optional(),
      reason_codes: z.array(z.string()).optional(),
      assignee_id: z.string().nullable().optional(),
      review_due_at: z.string().optional(),
    }),
  ),
});

export function registerCaseTimelineRoute(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/cases/:caseId/timeline',
    {
      config: { access: READERS },
      schema: {
        tags: ['cases'],
        summary: 'Every step of the case with its date, the deadline, and when a decision is expected',
        description:
          '`waiting_on` says whose move it is. While the case waits on support, `estimated_decision` gives the ' +
          "expected decision date from the case's place in the review queue and the queue's past week " +
          '(`basis: queue`), or the review SLA when there is too little history (`basis: sla`).',
        params: z.object({ caseId: z.uuid() }),
        response: {
          200: CaseTimelineView,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const found = await visibleCase(context, principal, request.params.caseId);
      const events = await findAuditEventsFor(context.db, 'case', found.id);
      const policy = await policyOfCase(context.db, found);
      const eta = await estimateCaseDecision(context, found, policy);
      const steps = buildTimeline(events, { isSeller: principal.role === 'seller', actor: principal.actor });
      const userIds = [
        ...new Set(steps.map((s) => s.by).filter((by) => by.startsWith('user:') && UUID.test(by.slice(5)))),
      ].map((by) => by.slice(5));
      const names = new Map(
        (await findStaff(context.db, { ids: userIds })).map((m) => [`user:${m.id}`, m.displayName]),
      );
      return {
        case_id: found.id,
        status: found.status as CaseStatus,
        deadline_at: found.deadlineAt.toISOString(),
        waiting_on: isOpen(found.status as CaseStatus)
          ? WAITING_ON_SUPPORT.includes(found.status)
            ? ('support' as const)
            : ('seller' as const)
          : null,
        estimated_decision: eta && {
          at: eta.estimatedAt.toISOString(),
          basis: eta.basis,
          cases_ahead: eta.ahead,
          decisions_per_day: eta.decisionsPerDay,
        },
        steps: steps.map((step) => {
          const title = step.material ? policy.materials[step.material]?.title : undefined;
          return {
            ...step,
            actor: { id: step.by, name: names.get(step.by) ?? null },
            ...(title ? { material_title: title } : {}),
          };
        }),
      };
    },
  );
}
