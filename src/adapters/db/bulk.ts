import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyText } from './copy-text.js';
import type { Database } from './database.js';

/**
 * One transaction on one connection, with `COPY … FROM` beside plain statements: what a bulk
 * load needs for a temporary staging table (created `on commit drop`, so it lives and dies with
 * the transaction). The same calls on both storages: on PostgreSQL `COPY … FROM STDIN`
 * (pg-copy-streams), on PGlite `COPY … FROM '/dev/blob'` with the text as a Blob.
 */
export interface BulkSession {
  query<T>(statement: string, params?: unknown[]): Promise<T[]>;
  /** Loads rows in COPY's text format into `table (columns)`. */
  copyIn(table: string, columns: readonly string[], text: CopyText): Promise<void>;
}

export type BulkDatabase = Pick<Database, 'pool' | 'pglite'>;

export async function withBulkSession<T>(
  database: BulkDatabase,
  work: (session: BulkSession) => Promise<T>,
): Promise<T> {
  if (database.pool) return onPostgres(database.pool, work);
  if (database.pglite) return onPglite(database.pglite, work);
  throw new Error('a bulk session needs PostgreSQL or PGlite');
}

async function onPostgres<T>(pool: pg.Pool, work: (session: BulkSession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: unknown;
  try {
    await client.query('begin');
    const result = await work({
      query: async <R>(statement: string, params?: unknown[]) =>
        (await client.query(statement, params)).rows as R[],
      copyIn: (table, columns, text) =>
        new Promise<void>((resolve, reject) => {
          const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
          stream.on('error', reject);
          stream.on('finish', () => resolve());
          stream.end(text.toBytes());
        }),
    });
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollbackError: unknown) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A connection that could not even roll back is not handed back to the pool.
    client.release(broken instanceof Error ? broken : undefined);
  }
}

function onPglite<T>(pglite: PGlite, work: (session: BulkSession) => Promise<T>): Promise<T> {
  return pglite.transaction((tx) =>
    work({
      query: async <R>(statement: string, params?: unknown[]) => (await tx.query<R>(statement, params)).rows,
      copyIn: async (table, columns, text) => {
        await tx.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], {
          blob: new Blob([text.toBytes()]),
        });
      },
    }),
  );
}
