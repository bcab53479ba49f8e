import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Logger } from '../../platform/logger.js';
import { scheduleStatements } from './pglite-gate.js';
import * as schema from './schema.js';

type Schema = typeof schema;
/** The query builder every repository takes: the same type on PGlite and on PostgreSQL, in or out of a transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Storage =
  | { kind: 'pglite'; dataDir: string | undefined; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; maxConnections?: number };

export interface Database {
  readonly db: Db;
  readonly storage: Storage['kind'];
  /** Set in embedded mode: pg-boss and test templates need the PGlite instance itself. */
  readonly pglite: PGlite | undefined;
  readonly pool: pg.Pool | undefined;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

// DATE columns stay 'YYYY-MM-DD' strings on both drivers, as the feed writes them.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export async function openDatabase(storage: Storage, logger?: Logger): Promise<Database> {
  if (storage.kind === 'pglite') {
    if (storage.dataDir) mkdirSync(storage.dataDir, { recursive: true });
    const pglite = await PGlite.create(
      storage.dataDir,
      storage.loadDataDir ? { loadDataDir: storage.loadDataDir } : {},
    );
    // The report measures each transaction from inside the gate: its hold, not its wait.
    const slowMs = Number(process.env.SECONDLOOK_PGLITE_SLOW_MS ?? 0);
    if (slowMs > 0) reportLongStatements(pglite, slowMs, logger);
    if (process.env.SECONDLOOK_PGLITE_YIELD !== '0')
      scheduleStatements(pglite, { requestsFirst: process.env.SECONDLOOK_PGLITE_GATE !== '0' });
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      db,
      storage: 'pglite',
      pglite,
      pool: undefined,
      migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => pglite.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: storage.url, max: storage.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (error) =>
    logger?.warn({ err: error }, 'database connection lost; the pool will reconnect'),
  );
  // The pool listens only to idle clients: one that dies while checked out (in a transaction)
  // would emit an unhandled 'error' and end the process. Its query fails on its own, the
  // transaction rolls back with the connection, and the pool drops the client when it is released.
  pool.on('connect', (client) =>
    client.on('error', (error) => logger?.warn({ err: error }, 'database connection lost during a query')),
  );
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    storage: 'postgres',
    pglite: undefined,
    pool,
    migrate: () =>
      withMigrationLock(pool, () => migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER })),
    close: () => pool.end(),
  };
}

/** Several processes (server, workers) may start at once on PostgreSQL: one migrates, the others wait. */
async function withMigrationLock(pool: pg.Pool, run: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(7262001)');
    await run();
  } finally {
    await client.query('select pg_advisory_unlock(7262001)').catch(() => undefined);
    client.release();
  }
}

/**
 * Diagnostics (`SECONDLOOK_PGLITE_SLOW_MS=200`): PGlite executes each protocol message
 * synchronously in this thread, so one slow message is time the event loop cannot answer anyone.
 * Logs every message that runs longer than `thresholdMs` with the text of the statement it
 * belongs to (the last one parsed: PGlite runs one at a time), and every transaction that holds
 * the single connection longer than that. Statement text only, never parameters.
 */
function reportLongStatements(pglite: PGlite, thresholdMs: number, logger: Logger | undefined): void {
  const report = (fields: Record<string, unknown>, message: string) => {
    if (logger) logger.warn(fields, message);
    else process.stderr.write(`${JSON.stringify({ ...fields, msg: message })}\n`);
  };
  let statement = '';
  const run = pglite.execProtocolRawSync.bind(pglite);
  pglite.execProtocolRawSync = (message: Uint8Array) => {
    const text = statementText(message);
    if (text !== undefined) statement = text;
    const started = performance.now();
    try {
      return run(message);
    } finally {
      const ms = performance.now() - started;
      if (ms > thresholdMs) report({ ms: Math.round(ms), sql: statement }, 'long PGlite statement');
    }
  };
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (callback) =>
    transaction(async (tx) => {
      const started = performance.now();
      const first = statement;
      try {
        return await callback(tx);
      } finally {
        const ms = performance.now() - started;
        if (ms > thresholdMs)
          report({ ms: Math.round(ms), after: first, last: statement }, 'long PGlite transaction');
      }
    });
}

const decoder = new TextDecoder();

/** The SQL of a simple query ('Q') or a parse ('P') message; undefined for the others. */
function statementText(message: Uint8Array): string | undefined {
  const kind = message[0];
  if (kind !== 0x51 && kind !== 0x50) return undefined;
  let start = 5;
  if (kind === 0x50) start = message.indexOf(0, start) + 1; // the statement's name comes first
  const end = message.indexOf(0, start);
  return decoder
    .decode(
      message.subarray(start, end < 0 ? Math.min(message.length, start + 400) : Math.min(end, start + 400)),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rows of a raw `db.execute(sql…)`: both drivers answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
