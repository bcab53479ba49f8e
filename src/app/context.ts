import { join } from 'node:path';
import { type Database, openDatabase } from '../adapters/db/database.js';
import { createHumanFaceAnalyzer } from '../adapters/faces/human.face-analyzer.js';
import { createSmtpMailer } from '../adapters/mail/smtp.mailer.js';
import { createConfiguredOcrPool } from '../adapters/ocr/paddle.ocr-pool.js';
import { startPgBossQueue } from '../adapters/queue/pg-boss.queue.js';
import { createEncryptedFolderStore } from '../adapters/storage/encrypted-folder.store.js';
import { createHttpWebhookTransport } from '../adapters/webhooks/http.transport.js';
import { migrateAuditChain } from '../modules/audit/index.js';
import { ensureActivePolicy } from '../modules/cases/index.js';
import { indexUnsearchedSellers } from '../modules/search/index.js';
import { type Clock, systemClock } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import { startWorkers } from '../platform/jobs.js';
import type { Logger } from '../platform/logger.js';
import { type AuditChainer, startAuditChainer } from '../workflows/audit-chainer.workflow.js';
import type { Deps } from '../workflows/deps.js';
import {
  type NotificationRelay,
  startNotificationRelay,
} from '../workflows/dispatch-notifications.workflow.js';
import { ALL_JOBS } from './jobs.js';
import { resolveAuditKey, resolveDocumentKey } from './keys.js';

/** What this process built once (the composition root): every dependency a use case may take, and how to close them. */
export interface AppContext extends Deps {
  close(): Promise<void>;
}

export interface OpenContextOptions {
  logger: Logger;
  clock?: Clock;
  /** Run job workers in this process (the server in embedded mode, `secondlook worker`). */
  workers: boolean;
  /** Use this database instead of opening one from the configuration (tests). */
  database?: Database;
  pollingIntervalSeconds?: number;
}

export async function openContext(config: Config, options: OpenContextOptions): Promise<AppContext> {
  const { logger } = options;
  const database =
    options.database ??
    (await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl }
        : { kind: 'pglite', dataDir: join(config.dataDir, 'pgdata') },
      logger,
    ));
  await database.migrate();
  await ensureActivePolicy(database.db, 'system');
  const clock = options.clock ?? systemClock;
  const auditKey = resolveAuditKey(config, logger);
  const chain = await migrateAuditChain(database.db, auditKey);
  if ('refused' in chain) logger.error({ reason: chain.refused }, 'audit chain not migrated to commitments');
  else if (chain.migrated) logger.info(chain, 'audit chain migrated to commitments');
  const searchIndexed = await indexUnsearchedSellers(database.db);
  if (searchIndexed) logger.info({ sellers: searchIndexed }, 'search keys built for sellers that had none');
  const queue = await startPgBossQueue(database, ALL_JOBS, {
    logger,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  const ocr = createConfiguredOcrPool(config.ocrEngine);
  const mailer = config.notifications.smtpUrl ? createSmtpMailer(config.notifications.smtpUrl) : undefined;
  let relay: NotificationRelay | undefined;
  let chainer: AuditChainer | undefined;
  const context: AppContext = {
    config,
    logger,
    clock,
    database,
    db: database.db,
    queue,
    auditKey,
    documents: createEncryptedFolderStore(config.documentDir, resolveDocumentKey(config)),
    ocr,
    faces: createHumanFaceAnalyzer(),
    access: { db: database.db, clock, auditKey, sessionHours: config.sessionHours },
    mailer,
    webhooks: createHttpWebhookTransport({ allowPrivate: config.notifications.webhookAllowPrivate }),
    async close() {
      await relay?.stop();
      await chainer?.stop();
      await queue.stop();
      await ocr.close();
      await mailer?.close();
      if (!options.database) await database.close();
    },
  };
  if (options.workers) {
    await startWorkers(queue, ALL_JOBS, context);
    relay = startNotificationRelay(context);
    chainer = startAuditChainer(context);
  }
  return context;
}
