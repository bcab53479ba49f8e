import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { runAsRequest } from '../adapters/db/pglite-gate.js';
import { sellerLanguage } from '../workflows/appointment.data.js';
import type { Deps } from '../workflows/deps.js';
import { type RouteEntry, registerAuth } from './auth.js';
import { registerIdempotency } from './idempotency.js';
import { sendProblem } from './problem.js';
import { registerAdminRoutes } from './routes/admin.routes.js';
import { registerAppointmentRoutes } from './routes/appointments.routes.js';
import { registerAuditRoutes } from './routes/audit.routes.js';
import { registerAuditViewerRoute } from './routes/audit-viewer.routes.js';
import { registerAuthRoutes } from './routes/auth.routes.js';
import { registerBulkRoutes } from './routes/bulk.routes.js';
import { registerCaseListRoutes } from './routes/case-list.routes.js';
import { registerCaseRoutes } from './routes/cases.routes.js';
import { registerDashboardRoutes } from './routes/dashboard.routes.js';
import { registerDecisionRoutes } from './routes/decisions.routes.js';
import { registerDocumentRoutes } from './routes/documents.routes.js';
import { registerExportRoutes } from './routes/exports.routes.js';
import { registerFeedRoutes } from './routes/feed.routes.js';
import { registerHealthRoutes } from './routes/health.routes.js';
import { registerMessageRoutes } from './routes/messages.routes.js';
import { registerMetricsRoutes } from './routes/metrics.routes.js';

import { registerPrivacyRoutes } from './routes/privacy.routes.js';
import { registerReviewRoutes } from './routes/review.routes.js';
import { registerSearchRoutes } from './routes/search.routes.js';
import { registerSelfieRoutes } from './routes/selfies.routes.js';
import { registerSellerRoutes } from './routes/sellers.routes.js';
import { registerStaffNotificationRoutes } from './routes/staff-notifications.routes.js';
import { registerStatementRoutes } from './routes/statements.routes.js';
import { registerWebhookRoutes } from './routes/webhooks.routes.js';
import { registerStorableInputGuard } from './storable-input.js';
import { registerViewCache } from './view-cache.js';
import { registerWebApp } from './web.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with who may call it: the access-matrix test walks it. */
    routeCatalogue: RouteEntry[];
  }
}

export interface ServerOptions {
  /** Whether the application is ready to serve (`/healthz` answers 503 until it is). */
  isReady?: () => boolean;
  logger?: boolean;
  /** The built web UI served at `/` (default `web/dist`). */
  webRoot?: string;
}

export async function buildServer(context: Deps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    ...(options.logger === false ? {} : { loggerInstance: context.logger as FastifyBaseLogger }),
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    // Errors the router raises before any route runs (a malformed or over-long path) answer in
    // the same problem format as the rest, never Fastify's own body.
    frameworkErrors: (error, request, reply) => sendProblem(request, reply, error),

    // One line per request, when it completes, with no request or response objects to serialise
    // and redact: Fastify's two lines per request cost 14% of the CPU under load (docs/live-path.md).
    logController: new LogController({ disableRequestLogging: true }),
  });
  // On PGlite, a request's statements go before waiting background ones (src/adapters/db/pglite-gate.ts).
  app.addHook('onRequest', (_request, _reply, done) => runAsRequest(done));
  if (options.logger !== false)
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const sellerLanguageOf = async (sellerId: string) => sellerLanguage(context.db, sellerId);
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error, sellerLanguageOf));
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart);
  const web = await registerWebApp(app, options.webRoot);
  app.setNotFoundHandler((request, reply) =>
    web.isPageRequest(request)
      ? web.sendPage(reply)
      : reply
          .status(404)
          .type('application/problem+json')
          .send({
            type: 'https://secondlook.dev/problems/not-found',
            title: 'not found',
            status: 404,
            detail: `no route ${request.method} ${request.url.split('?')[0]}`,
            instance: request.url,
            code: 'NOT_FOUND',
            error: {
              code: 'NOT_FOUND',
              message: 'no such route',
              details: { where: request.url.split('?')[0] },
            },
          }),
  );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Second Look API',
        version: '1.0.0',
        description:
          'The second review of marketplace seller accounts: feed, cases, requirements, restrictions. Errors are RFC 9457 problem details with a stable `code`. ' +
          'Any path, query or JSON body value (or key) holding NUL or an unpaired UTF-16 surrogate is refused with 400 `INVALID_CHARACTER` naming it in `details.where`; ' +
          'a cursor this API did not give out is 400 `INVALID_CURSOR`; ' +
          'too many uploads at once is 429 `TOO_MANY_UPLOADS` with `retry_after`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'sl_session',
            description:
              "The web UI's session (set by `POST /v1/auth/login`, httpOnly, SameSite=Strict). A write made with it needs the `sl_csrf` cookie's value in `X-CSRF-Token` and no foreign `Origin`, else 403 `CSRF_REJECTED`.",
          },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (`.meta({ id })`, e.g. each trigger's case reason) become shared components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const routes = registerAuth(app, context.access);
  app.decorate('routeCatalogue', routes);
  registerStorableInputGuard(app);
  registerIdempotency(app, context.db);
  registerViewCache(app, context.db, context.clock);
  registerHealthRoutes(app, context, options.isReady ?? (() => true));
  registerAuthRoutes(app, context);
  registerFeedRoutes(app, context);
  registerSellerRoutes(app, context);
  registerCaseRoutes(app, context);
  registerDocumentRoutes(app, context);
  registerStatementRoutes(app, context);
  registerSelfieRoutes(app, context);
  registerAppointmentRoutes(app, context);
  registerMessageRoutes(app, context);
  registerReviewRoutes(app, context);
  registerDecisionRoutes(app, context);
  registerDashboardRoutes(app, context);
  registerAdminRoutes(app, context);
  registerWebhookRoutes(app, context);
  registerAuditRoutes(app, context);
  registerSearchRoutes(app, context);
  registerExportRoutes(app, context);
  registerAuditViewerRoute(app, context);
  registerBulkRoutes(app, context);
  registerCaseListRoutes(app, context);
  registerMetricsRoutes(app, context);
  registerStaffNotificationRoutes(app, context);

  registerPrivacyRoutes(app, context);
  return app;
}
