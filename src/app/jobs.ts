import type { JobDefinition } from '../platform/jobs.js';
import type { AppContext } from './context.js';

/** Every job kind the product knows; the queue creates them at start. */
export const ALL_JOBS: readonly JobDefinition<never>[] = [];

/** Subscribes this process's workers to every job kind. Handlers are idempotent. */
export async function registerWorkers(_context: AppContext): Promise<void> {}
