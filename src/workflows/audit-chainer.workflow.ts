import { chainAuditEvents } from '../modules/audit/index.js';
import type { Deps } from './deps.js';

export interface AuditChainer {
  stop(): Promise<void>;
}

/** How often the chainer looks for committed events without a position. */
const AUDIT_CHAIN_INTERVAL_MS = 250;
/**
 * Events linked per transaction. On PGlite a transaction holds the server's one connection and
 * every request waits behind it: 2,000 events held it up to 1.2 s under load (docs/benchmarks.md).
 */
const batchOf = (context: Pick<Deps, 'database'>) => (context.database.storage === 'pglite' ? 100 : 2000);

/**
 * Links committed audit events into the chain, a pass every `AUDIT_CHAIN_INTERVAL_MS`, in every
 * process that runs workers. Passes of several processes do not wait on each other: one that
 * finds another chainer at work gives up until the next pass. Writers never wait on it.
 */
export function startAuditChainer(
  context: Pick<Deps, 'db' | 'database' | 'auditKey' | 'logger'>,
): AuditChainer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    try {
      await chainAuditEvents(context.db, context.auditKey, { wait: false, batch: batchOf(context) });
    } catch (error) {
      context.logger.warn({ err: error }, 'audit chaining failed; the next pass retries');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, AUDIT_CHAIN_INTERVAL_MS);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
