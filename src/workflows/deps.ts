import type { Database, Db } from '../adapters/db/database.js';
import type { AccessDeps } from '../modules/access/index.js';
import type { DocumentIntake, DocumentStore, FaceAnalyzer, OcrPool } from '../modules/documents/index.js';
import type { Mailer, WebhookTransport } from '../modules/notifications/index.js';
import type { FileRemover } from '../modules/privacy/index.js';
import type { Clock } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import type { JobQueue } from '../platform/jobs.js';
import type { Logger } from '../platform/logger.js';

/**
 * Every dependency a use case may take. `app/` builds one of these per process; a use case names
 * the members it uses (`Pick<Deps, 'db' | 'clock'>`), and HTTP routes and CLI commands hand it on.
 */
export interface Deps {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: Database;
  db: Db;
  queue: JobQueue;
  auditKey: string;
  /** Uploaded files, encrypted at rest; uploads stream in through the intake. */
  documents: DocumentStore & DocumentIntake & FileRemover;
  /** This process's OCR workers, created on first use and reused by every check. */
  ocr: OcrPool;
  /** The face model for selfies, loaded from node_modules on first use. */
  faces: FaceAnalyzer;
  access: AccessDeps;
  /** SMTP when `SMTP_URL` is set; without it emails are recorded as `skipped`. */
  mailer: Mailer | undefined;
  webhooks: WebhookTransport;
}
