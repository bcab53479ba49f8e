import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback unless said otherwise: a demo store is not for the network. */
  HOST: z.string().default('127.0.0.1'),
  /** `production` refuses the development audit key, a generated one, and demo users. */
  SECONDLOOK_MODE: z.enum(['development', 'production']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  SECONDLOOK_DATA_DIR: z.string().default('.secondlook'),
  SECONDLOOK_DOCUMENT_DIR: z.string().optional(),
  SECONDLOOK_DEMO: z.enum(['true', 'false']).default('true'),
  /** The demo logins' password; generated for each demo store when unset. */
  SECONDLOOK_DEMO_PASSWORD: z.string().min(10).optional(),
  SECONDLOOK_WORKERS: z.enum(['true', 'false']).default('true'),
  SECONDLOOK_SESSION_HOURS: z.coerce.number().positive().default(12),
  SECONDLOOK_MAX_FEED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024 * 1024),
  /** `smtp://user:pass@host:587` or `smtps://…:465`; unset, emails are recorded as `skipped`. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Second Look <no-reply@secondlook.invalid>'),
  /** The seller portal's base URL, for links in emails. */
  SECONDLOOK_PORTAL_URL: z.string().url().optional(),
  /** The marketplace's own video tool; `{appointment_id}` is replaced (docs/appointments.md). */
  SECONDLOOK_VIDEO_URL_TEMPLATE: z.string().url().optional(),
  SECONDLOOK_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  SECONDLOOK_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  SECONDLOOK_NOTIFY_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  SECONDLOOK_UPLOADS_PER_USER: z.coerce.number().int().min(1).max(100).default(2),
  SECONDLOOK_UPLOADS_TOTAL: z.coerce.number().int().min(1).max(1000).default(8),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when set; embedded PGlite in `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where uploaded documents are stored, encrypted: `<dataDir>/documents` unless set. */
  documentDir: string;
  mode: 'development' | 'production';
  seedDemo: boolean;
  demoPassword: string | undefined;
  runWorkers: boolean;
  sessionHours: number;
  maxFeedBytes: number;
  /** Uploads (and preflights) one process takes at once: per caller, and in all. */
  uploads: { perUser: number; total: number };
  logLevel: string;
  notifications: NotificationsConfig;
}

interface NotificationsConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
  portalUrl: string | undefined;
  /** The join link of a video verification call, with `{appointment_id}` in it. */
  videoUrlTemplate: string | undefined;
  /** Whether webhooks may go to loopback and private networks (tests, an internal receiver). */
  webhookAllowPrivate: boolean;
  webhookTimeoutMs: number;
  /** How often each worker process looks for events to fan out and deliveries that are due. */
  pollMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('VALIDATION_FAILED', `Invalid configuration: ${issue?.message ?? 'unknown'}`, {
      where: `env.${issue?.path.join('.') ?? ''}`,
    });
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.SECONDLOOK_DATA_DIR),
    documentDir: resolve(e.SECONDLOOK_DOCUMENT_DIR ?? join(e.SECONDLOOK_DATA_DIR, 'documents')),
    mode: e.SECONDLOOK_MODE,
    // A production store never gets demo data, whatever SECONDLOOK_DEMO says.
    seedDemo: e.SECONDLOOK_DEMO === 'true' && e.SECONDLOOK_MODE !== 'production',
    demoPassword: e.SECONDLOOK_DEMO_PASSWORD,
    runWorkers: e.SECONDLOOK_WORKERS === 'true',
    sessionHours: e.SECONDLOOK_SESSION_HOURS,
    maxFeedBytes: e.SECONDLOOK_MAX_FEED_BYTES,
    uploads: { perUser: e.SECONDLOOK_UPLOADS_PER_USER, total: e.SECONDLOOK_UPLOADS_TOTAL },
    logLevel: e.LOG_LEVEL,
    notifications: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      portalUrl: e.SECONDLOOK_PORTAL_URL,
      videoUrlTemplate: e.SECONDLOOK_VIDEO_URL_TEMPLATE,
      webhookAllowPrivate: e.SECONDLOOK_WEBHOOK_ALLOW_PRIVATE === 'true',
      webhookTimeoutMs: e.SECONDLOOK_WEBHOOK_TIMEOUT_MS,
      pollMs: e.SECONDLOOK_NOTIFY_POLL_MS,
    },
  };
}
