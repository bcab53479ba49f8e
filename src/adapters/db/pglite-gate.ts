import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Requests first on PGlite's one connection (docs/live-path.md, "A server that answers on
 * PGlite"). PGlite runs one statement (or one transaction) at a time, in this thread. Every
 * top-level statement and every transaction passes a gate that holds two queues: statements
 * issued for an HTTP request, a request's bulk writes (the feed), and the rest (jobs, the
 * notification relay, the audit chainer, the search backfill). When PGlite is free the gate takes
 * the next request's statement if one waits, else the next bulk one, else the next background one. A transaction holds the gate from its `BEGIN` to its end and is
 * never pre-empted, so background transactions must stay short.
 *
 * Each grant comes one macrotask turn after the previous statement ends (`setImmediate`), as the
 * plain yield did: sockets are read in that turn, so a request that arrives while a job's chain of
 * statements runs is queued before the gate picks the next one.
 */

/** In the order the gate serves them. */
type Priority = 'request' | 'bulk' | 'background';

const priority = new AsyncLocalStorage<Priority>();

/** Runs `work` (and everything it starts) as an HTTP request's: its statements go first. */
export function runAsRequest<T>(work: () => T): T {
  return priority.run('request', work);
}

/**
 * Runs `work` as a bulk write issued by a request (a feed batch): after the other requests'
 * statements, before background work. A feed sent back to back always has its next transaction
 * waiting; without this a case read's every statement would wait behind one of them.
 */
export function runAsBulk<T>(work: () => T): T {
  return priority.run('bulk', work);
}

const priorityNow = (): Priority => priority.getStore() ?? 'background';

class StatementGate {
  #busy = false;
  #scheduled = false;
  readonly #waiting: Record<Priority, (() => void)[]> = { request: [], bulk: [], background: [] };

  /** Runs `work` alone on the connection, after the waiting requests' statements. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      this.#waiting[priorityNow()].push(resolve);
      this.#schedule();
    });
    try {
      return await work();
    } finally {
      this.#busy = false;
      this.#schedule();
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#busy) return;
    const { request, bulk, background } = this.#waiting;
    if (request.length === 0 && bulk.length === 0 && background.length === 0) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      if (this.#busy) return;
      const next = request.shift() ?? bulk.shift() ?? background.shift();
      if (!next) return;
      this.#busy = true;
      next();
    });
  }
}

type Statements = Pick<PGlite, 'query' | 'exec'>;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One macrotask turn before each of `target`'s statements. */
function yieldBefore(target: Statements): void {
  const query = target.query.bind(target);
  const exec = target.exec.bind(target);
  target.query = (async (...args: Parameters<typeof query>) => {
    await turn();
    return query(...args);
  }) as typeof target.query;
  target.exec = async (...args: Parameters<typeof exec>) => {
    await turn();
    return exec(...args);
  };
}

/**
 * Puts `pglite`'s top-level `query`, `exec` and `transaction` behind a gate (`requestsFirst`) or,
 * without one, only one macrotask turn before each statement. Inside a transaction every statement
 * also waits one turn, so sockets are still read while a transaction holds the connection.
 */
export function scheduleStatements(pglite: PGlite, { requestsFirst }: { requestsFirst: boolean }): void {
  const transaction = pglite.transaction.bind(pglite);
  const inTransaction: typeof transaction = (callback) =>
    transaction((tx) => {
      yieldBefore(tx);
      return callback(tx);
    });
  if (!requestsFirst) {
    yieldBefore(pglite);
    pglite.transaction = inTransaction;
    return;
  }
  const gate = new StatementGate();
  const query = pglite.query.bind(pglite);
  const exec = pglite.exec.bind(pglite);
  pglite.query = ((...args: Parameters<typeof query>) => gate.run(() => query(...args))) as typeof query;
  pglite.exec = (...args: Parameters<typeof exec>) => gate.run(() => exec(...args));
  pglite.transaction = (callback) => gate.run(() => inTransaction(callback));
}
