import type { FastifyInstance } from 'fastify';
import { unchainedAuditEvents } from '../../modules/audit/index.js';
import { countCasesByStatus } from '../../modules/cases/index.js';
import {
  exportAuditUnchained,
  exportCasesByStatus,
  exportReevaluationBacklog,
  metricsRegistry,
} from '../../platform/metrics.js';
import type { Deps } from '../../workflows/deps.js';
import { reevaluationBacklog } from '../../workflows/reevaluation.backlog.js';

/**
 * `GET /metrics` in Prometheus' text format: the live path's backlog and lag, and the process's
 * own figures. Operations only (an admin token): it names no seller, but it says how busy the
 * marketplace is (docs/live-path.md). Not part of the public API description.
 */
export function registerMetricsRoutes(app: FastifyInstance, context: Deps) {
  exportReevaluationBacklog(() => reevaluationBacklog(context.db));
  exportAuditUnchained(() => unchainedAuditEvents(context.db));
  exportCasesByStatus(() => countCasesByStatus(context.db));
  app.get('/metrics', { config: { access: ['admin'] }, schema: { hide: true } }, async (_request, reply) => {
    const text = await metricsRegistry.metrics();
    return reply.type(metricsRegistry.contentType).send(text);
  });
}
