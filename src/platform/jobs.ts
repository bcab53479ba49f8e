import type { z } from 'zod';

/**
 * A kind of background job: a name and the shape of its payload. Handlers must be idempotent:
 * a job may run more than once (a retry after a crash), and must then change nothing more.
 */
export interface JobDefinition<P> {
  readonly name: string;
  readonly payload: z.ZodType<P>;
  readonly retryLimit?: number;
  /** Jobs of this kind one process runs at once (default 1): slow work that waits on others wants more. */
  readonly concurrency?: number;
  /**
   * `short`: at most one job waiting per singleton key; sending another while one waits does
   * nothing (a wake-up that coalesces). Default: every send is a job.
   */
  readonly policy?: 'standard' | 'short';
}

export const defineJob = <P>(definition: JobDefinition<P>): JobDefinition<P> => definition;

export interface SendOptions {
  /** Not before this time: deadlines and reminders are jobs that wait. */
  startAfter?: Date;
  /** At most one waiting job per key (a case's deadline, say). */
  singletonKey?: string;
  /**
   * The open transaction to enqueue in, so the job exists only if the change that asked for it
   * commits (the outbox rule). An object from the database adapter, opaque here.
   */
  transaction?: unknown;
}

export interface JobQueue {
  send<P>(job: JobDefinition<P>, payload: P, options?: SendOptions): Promise<void>;
  work<P>(job: JobDefinition<P>, handler: (payload: P) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}
