import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  SECONDLOOK_DATA_DIR: z.string().default('.secondlook'),
  SECONDLOOK_DOCUMENT_DIR: z.string().optional(),
  SECONDLOOK_DEMO: z.enum(['true', 'false']).default('true'),
  SECONDLOOK_WORKERS: z.enum(['true', 'false']).default('true'),
  SECONDLOOK_SESSION_HOURS: z.coerce.number().positive().default(12),
  SECONDLOOK_MAX_FEED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024 * 1024),
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
  seedDemo: boolean;
  runWorkers: boolean;
  sessionHours: number;
  maxFeedBytes: number;
  logLevel: string;
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
    seedDemo: e.SECONDLOOK_DEMO === 'true',
    runWorkers: e.SECONDLOOK_WORKERS === 'true',
    sessionHours: e.SECONDLOOK_SESSION_HOURS,
    maxFeedBytes: e.SECONDLOOK_MAX_FEED_BYTES,
    logLevel: e.LOG_LEVEL,
  };
}
