import { sql } from 'drizzle-orm';
import { fromDrizzle, fromPglite, PgBoss } from 'pg-boss';
import type { JobDefinition, JobQueue, SendOptions } from '../../platform/jobs.js';
import type { Logger } from '../../platform/logger.js';
import type { Database } from '../db/database.js';

export interface PgBossQueueOptions {
  /** Poll interval for workers; tests shorten it. */
  pollingIntervalSeconds?: number;
  logger: Logger;
}

/** The job queue on the product's own database: in-process on PGlite, shared by every process on PostgreSQL. */
export async function startPgBossQueue(
  database: Database,
  jobs: readonly JobDefinition<unknown>[],
  options: PgBossQueueOptions,
): Promise<JobQueue> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', registerInstance: false })
    : new PgBoss({ connectionString: connectionStringOf(database), max: 4, registerInstance: false });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();

  // Queues are created up front: creating one lazily inside a caller's transaction would wait
  // forever on PGlite's single connection.
  const known = new Set<string>();
  for (const job of jobs) {
    if ((await boss.getQueue(job.name)) === null)
      await boss.createQueue(job.name, {
        policy: job.policy ?? 'standard',
        retryLimit: job.retryLimit ?? 5,
        retryBackoff: true,
        retryDelay: 5,
      });
    known.add(job.name);
  }
  const assertKnown = (job: JobDefinition<unknown>) => {
    if (!known.has(job.name)) throw new Error(`job ${job.name} is not registered with the queue`);
  };

  return {
    async send(job, payload, sendOptions: SendOptions = {}) {
      assertKnown(job as JobDefinition<unknown>);
      const data = job.payload.parse(payload) as object;
      await boss.send(job.name, data, {
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.transaction
          ? { db: fromDrizzle(sendOptions.transaction as Parameters<typeof fromDrizzle>[0], sql) }
          : {}),
      });
    },
    async work(job, handler) {
      assertKnown(job as JobDefinition<unknown>);
      await boss.work(
        job.name,
        {
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
          batchSize: 1,
          ...(job.concurrency ? { localConcurrency: job.concurrency } : {}),
        },
        async (jobs) => {
          for (const received of jobs) await handler(job.payload.parse(received.data));
        },
      );
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, close: true });
    },
  };
}

function connectionStringOf(database: Database): string {
  const options = database.pool?.options as { connectionString?: string } | undefined;
  if (!options?.connectionString) throw new Error('PostgreSQL storage without a connection string');
  return options.connectionString;
}
