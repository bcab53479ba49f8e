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
    if (process.env.SECONDLOOK_PGLITE_YIELD !== '0') yieldBetweenStatements(pglite);
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

type Statements = Pick<PGlite, 'query' | 'exec'>;

/**
 * PGlite runs in this thread and settles its promises as microtasks: a chain of awaited
 * statements (a job, an import) never lets the event loop reach timers and sockets, and the HTTP
 * server stops answering until it ends. One macrotask turn before each statement lets requests in
 * between them (docs/live-path.md measures it; `SECONDLOOK_PGLITE_YIELD=0` turns it off).
 */
function yieldBetweenStatements(pglite: PGlite): void {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const wrap = (target: Statements) => {
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
  };
  wrap(pglite);
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (callback) =>
    transaction((tx) => {
      wrap(tx);
      return callback(tx);
    });
}

/** Rows of a raw `db.execute(sql…)`: both drivers answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
