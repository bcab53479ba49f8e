import type { z } from 'zod';

/**
 * A kind of background job: a name and the shape of its payload. What a sender needs; the queue
 * checks the payload on the way in and out. Handlers must be idempotent: a job may run more than
 * once (a retry after a crash), and must then change nothing more.
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
  /** How long one run may take before the queue takes it for lost and retries it (default 15 minutes). */
  readonly expireInSeconds?: number;
}

/**
 * A job kind together with the use case that runs it, declared beside that use case (one
 * definition: name, payload, handler). `D` is the narrow set of dependencies the handler takes;
 * the composition root collects the jobs and hands each the process's dependencies.
 */
export interface Job<P, D> extends JobDefinition<P> {
  /** What it resolves to is kept with the job as its result (`JobQueue.resultOf`). */
  run(deps: D, payload: P): Promise<unknown>;
  /** A job that keeps itself scheduled (it sends its own next run) is sent once when workers start. */
  readonly startWith?: { readonly payload: P; readonly singletonKey: string };
}

export const defineJob = <P, D>(job: Job<P, D>): Job<P, D> => job;

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

/** Where a job sent with `sendForResult` stands; `result` is what its handler resolved to, once done. */
type JobResult =
  | { state: 'waiting' | 'running' }
  | { state: 'done'; result: unknown }
  | { state: 'failed'; error: string };

/** One job of several sent together (`JobQueue.sendAll`); `queued` checks its payload's type. */
export interface QueuedJob {
  job: JobDefinition<unknown>;
  payload: unknown;
  startAfter?: Date;
}
export const queued = <P>(job: JobDefinition<P>, payload: P, startAfter?: Date): QueuedJob => ({
  job: job as JobDefinition<unknown>,
  payload,
  ...(startAfter ? { startAfter } : {}),
});

export interface JobQueue {
  send<P>(job: JobDefinition<P>, payload: P, options?: SendOptions): Promise<void>;
  /** Several jobs in one statement: all of them or none (in `transaction`, when given). */
  sendAll(jobs: readonly QueuedJob[], options?: Pick<SendOptions, 'transaction'>): Promise<void>;
  /** Sends a job whose sender waits for its result: answers the job's id for `resultOf`. */
  sendForResult<P>(job: JobDefinition<P>, payload: P): Promise<string>;
  resultOf(job: JobDefinition<unknown>, id: string): Promise<JobResult>;
  work<P>(job: JobDefinition<P>, handler: (payload: P) => Promise<unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** Subscribes this process's workers to each job, handing every handler the same dependencies. */
export async function startWorkers<D>(
  queue: JobQueue,
  jobs: readonly Job<unknown, D>[],
  deps: D,
): Promise<void> {
  for (const job of jobs) {
    await queue.work(job, (payload) => job.run(deps, payload));
    if (job.startWith)
      await queue.send(job, job.startWith.payload, { singletonKey: job.startWith.singletonKey });
  }
}
