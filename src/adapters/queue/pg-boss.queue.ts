import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { JobDefinition, JobQueue, SendOptions } from '../../platform/jobs.js';
import type { Logger } from '../../platform/logger.js';
import { type Database, rowsOf } from '../db/database.js';
import {
  PG_BOSS_SCHEMA_VERSION,
  pgBossDbOfPglite,
  pgBossDbOfPool,
  pgBossDbOfTransaction,
} from './pg-boss.db.js';

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
  await refuseNewerSchema(database);
  let stopping = false;
  // On PostgreSQL the queue shares the product's pool, whose clients may lose their connection
  // mid-query without taking the process down; pg-boss 10's own pool lets such a client's error
  // go unheard, and a database restart then ended the process (test/medium/faults.test.ts).
  const boss = database.pglite
    ? new PgBoss({ db: pgBossDbOfPglite(database.pglite, () => stopping), schedule: false })
    : new PgBoss({ db: pgBossDbOfPool(poolOf(database), () => stopping), schedule: false });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();

  // Queues are created up front: creating one lazily inside a caller's transaction would wait
  // forever on PGlite's single connection.
  const known = new Set<string>();
  for (const job of jobs) {
    if ((await boss.getQueue(job.name)) === null)
      await boss.createQueue(job.name, {
        name: job.name,
        policy: job.policy ?? 'standard',
        retryLimit: job.retryLimit ?? 5,
        retryBackoff: true,
        retryDelay: 5,
        ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
      });
    known.add(job.name);
  }
  const assertKnown = (job: JobDefinition<unknown>) => {
    if (!known.has(job.name)) throw new Error(`job ${job.name} is not registered with the queue`);
  };

  /** pg-boss's `db` option that writes a job in the caller's transaction (it then waits on its commit). */
  const inTransaction = ({ transaction }: SendOptions) =>
    transaction
      ? { db: pgBossDbOfTransaction(transaction as Parameters<typeof pgBossDbOfTransaction>[0]) }
      : {};

  return {
    async send(job, payload, sendOptions: SendOptions = {}) {
      assertKnown(job as JobDefinition<unknown>);
      const data = job.payload.parse(payload) as object;
      await boss.send(job.name, data, {
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...inTransaction(sendOptions),
      });
    },
    async sendAll(queuedJobs, sendOptions = {}) {
      if (queuedJobs.length === 0) return;
      const inserts = queuedJobs.map(({ job, payload, startAfter }) => {
        assertKnown(job);
        return {
          name: job.name,
          data: job.payload.parse(payload) as object,
          ...(startAfter ? { startAfter } : {}),
        };
      });
      await boss.insert(inserts, inTransaction(sendOptions));
    },
    async sendForResult(job, payload) {
      assertKnown(job as JobDefinition<unknown>);
      const id = await boss.send(job.name, job.payload.parse(payload) as object);
      if (!id) throw new Error(`the queue did not take a ${job.name} job`);
      return id;
    },
    async resultOf(job, id) {
      const found = await boss.getJobById(job.name, id, { includeArchive: true });
      if (!found) return { state: 'failed', error: `job ${id} is not in the queue any more` };
      if (found.state === 'completed') return { state: 'done', result: found.output };
      if (found.state === 'failed' || found.state === 'cancelled')
        return { state: 'failed', error: errorText(found.output) };
      return { state: found.state === 'active' ? 'running' : 'waiting' };
    },
    async work(job, handler) {
      assertKnown(job as JobDefinition<unknown>);
      // One pg-boss worker polls and runs one job at a time: a job's concurrency is that many workers.
      for (let worker = 0; worker < (job.concurrency ?? 1); worker++)
        await boss.work(
          job.name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async (jobs) => {
            // One job a fetch (batchSize 1): its handler's result is kept as the job's output.
            let result: unknown;
            for (const received of jobs) result = await handler(job.payload.parse(received.data));
            return result;
          },
        );
    },
    async stop() {
      stopping = true;
      await boss.stop({ graceful: true, timeout: 10_000, close: true });
    },
  };
}

/**
 * A store whose job tables a newer pg-boss made (schema above what this one knows) is refused
 * with what to do, rather than run on tables this version does not understand.
 */
async function refuseNewerSchema(database: Database): Promise<void> {
  const [table] = rowsOf<{ installed: boolean }>(
    await database.db.execute(sql`select to_regclass('pgboss.version') is not null as installed`),
  );
  if (!table?.installed) return;
  const [found] = rowsOf<{ version: number }>(
    await database.db.execute(sql`select max(version)::int as version from pgboss.version`),
  );
  if ((found?.version ?? 0) > PG_BOSS_SCHEMA_VERSION)
    throw new Error(
      `the job queue's tables (schema pgboss, version ${found?.version}) were made by a newer pg-boss than this one (version ${PG_BOSS_SCHEMA_VERSION}); ` +
        'start on a new data folder or database, or drop the schema pgboss when no job is waiting',
    );
}

/** pg-boss keeps a failed job's error as its output (`{ message, stack }`, or what was thrown). */
function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return output === undefined || output === null ? 'failed' : JSON.stringify(output);
}

function poolOf(database: Database): NonNullable<Database['pool']> {
  if (!database.pool) throw new Error('PostgreSQL storage without a connection pool');
  return database.pool;
}
