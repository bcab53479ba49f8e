import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Every setting, read from the environment: the one list. `secondlook config` and the README's
 * table are generated from it (a test holds them equal), so a setting cannot go undocumented.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z
    .string()
    .default('127.0.0.1')
    .describe('address to listen on; `0.0.0.0` to be reachable from other machines'),
  SECONDLOOK_MODE: z
    .enum(['development', 'production'])
    .default('development')
    .describe(
      '`production` refuses to start without `SECONDLOOK_AUDIT_KEY` (32+ characters) and `SECONDLOOK_DOCUMENT_KEY` from a secret store, or with demo logins in the store, and never loads the demo',
    ),
  DATABASE_URL: z.string().url().optional().describe('PostgreSQL; embedded PGlite when unset'),
  SECONDLOOK_DATA_DIR: z.string().default('.secondlook').describe('embedded store, generated keys'),
  SECONDLOOK_DOCUMENT_DIR: z
    .string()
    .optional()
    .meta({ shownDefault: '`<data dir>/documents`' })
    .describe('where uploaded files are kept, encrypted (shared by every worker process)'),
  SECONDLOOK_DOCUMENT_KEY: z
    .string()
    .optional()
    .meta({ shownDefault: 'generated into the data folder' })
    .describe('64 hex digits: the AES-256 key of stored documents; keep it in a secret store'),
  SECONDLOOK_AUDIT_KEY: z
    .string()
    .optional()
    .meta({ shownDefault: 'generated into the data folder' })
    .describe('key of the audit chain; set it in production'),
  SECONDLOOK_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .describe('load the demo marketplace into an empty store'),
  SECONDLOOK_DEMO_PASSWORD: z
    .string()
    .min(10)
    .optional()
    .meta({ shownDefault: 'generated per store' })
    .describe("the demo logins' password (10+ characters)"),
  SECONDLOOK_WORKERS: z.enum(['true', 'false']).default('true').describe('run job workers inside `serve`'),
  SECONDLOOK_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .default(12)
    .describe('how long a login session lasts'),
  SECONDLOOK_MAX_FEED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024 * 1024)
    .describe('largest feed body `POST /v1/feed/*` takes'),
  SMTP_URL: z
    .string()
    .url()
    .optional()
    .describe('`smtp://user:pass@host:587` or `smtps://…:465`; unset, emails are recorded as `skipped`'),
  MAIL_FROM: z.string().default('Second Look <no-reply@secondlook.invalid>').describe("emails' sender"),
  SECONDLOOK_PORTAL_URL: z
    .string()
    .url()
    .optional()
    .describe("the seller portal's base URL, for links in emails"),
  SECONDLOOK_VIDEO_URL_TEMPLATE: z
    .string()
    .url()
    .optional()
    .describe(
      "the join link of a video verification call, `{appointment_id}` replaced, e.g. `https://meet.example.com/secondlook/{appointment_id}` (the marketplace's own video tool; Second Look hosts no video)",
    ),
  SECONDLOOK_WEBHOOK_ALLOW_PRIVATE: z
    .enum(['true', 'false'])
    .default('false')
    .describe('let webhooks reach loopback and private networks'),
  SECONDLOOK_WEBHOOK_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(10_000)
    .describe('how long a webhook receiver has to answer'),
  SECONDLOOK_NOTIFY_POLL_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(60_000)
    .default(1000)
    .describe('how often each worker looks for events to fan out and deliveries that are due'),
  SECONDLOOK_UPLOADS_PER_USER: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(2)
    .describe('uploads and preflights one caller may run at once (beyond: 429 `TOO_MANY_UPLOADS`)'),
  SECONDLOOK_UPLOADS_TOTAL: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(8)
    .describe('uploads and preflights one process runs at once'),
  SECONDLOOK_AUDIT_VERIFY_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(168)
    .default(6)
    .describe(
      'how often the audit chain is verified on a schedule, a signed checkpoint stored (docs/audit.md)',
    ),
  SECONDLOOK_SLA_WARN_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(720)
    .default(24)
    .describe(
      'staff are told when a queued case’s review SLA is this close: its holder, else every supervisor (docs/notifications.md)',
    ),
  SECONDLOOK_PGLITE_YIELD: z
    .enum(['0', '1'])
    .default('1')
    .describe(
      '`0` stops the embedded store yielding to the event loop between statements (docs/live-path.md)',
    ),
  SECONDLOOK_PGLITE_GATE: z
    .enum(['0', '1'])
    .default('1')
    .describe(
      "`0` stops the embedded store running HTTP requests' statements before waiting background ones: it only yields between statements (docs/live-path.md)",
    ),
  SECONDLOOK_OCR_ENGINE: z
    .enum(['tesseract', 'paddle', 'paddle-chinese'])
    .default('tesseract')
    .describe(
      'page OCR engine: `tesseract` (tesseract.js for every page), `paddle-chinese` (PP-OCR through onnxruntime-node for pages read in Chinese, tesseract.js for the rest) or `paddle` (PP-OCR for every page); the machine-readable zone is read by tesseract in every case (docs/documents.md, "Engine choice")',
    ),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level'),
});

/** One documented setting: its variable, its default as a reader sees it, what it does. */
export interface Setting {
  name: string;
  shownDefault: string;
  description: string;
}

/** Every setting, in the order of the list above. */
export function settings(): Setting[] {
  return Object.entries(Env.shape).map(([name, schema]) => {
    const meta = (schema.meta() ?? {}) as { shownDefault?: string };
    const fallback = schema.parse(undefined);
    return {
      name,
      shownDefault: meta.shownDefault ?? (fallback === undefined ? 'unset' : `\`${String(fallback)}\``),
      description: schema.description ?? '',
    };
  });
}

/** The settings as the README's Markdown table. */
export function settingsTable(): string {
  return [
    '| variable | default | |',
    '|---|---|---|',
    ...settings().map((s) => `| \`${s.name}\` | ${s.shownDefault} | ${s.description} |`),
  ].join('\n');
}

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
  /** Hours between scheduled verifications of the audit chain. */
  auditVerifyHours: number;
  /** How close to its review SLA a queued case must be for staff to be told. */
  slaWarnHours: number;
  /** The engine that reads document pages (the zone is always read by tesseract). */
  ocrEngine: 'tesseract' | 'paddle' | 'paddle-chinese';
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
    auditVerifyHours: e.SECONDLOOK_AUDIT_VERIFY_HOURS,
    slaWarnHours: e.SECONDLOOK_SLA_WARN_HOURS,
    ocrEngine: e.SECONDLOOK_OCR_ENGINE,
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
