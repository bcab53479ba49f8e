import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type pg from 'pg';
import type PgBoss from 'pg-boss';

/** The newest pg-boss schema this version of pg-boss can run on (`node_modules/pg-boss/version.json`). */
export const PG_BOSS_SCHEMA_VERSION = 24;

/**
 * pg-boss on PGlite's single in-process connection. A statement with parameters goes through the
 * extended protocol (`query`); pg-boss's schema and maintenance plans are several statements
 * without parameters, which only the simple protocol (`exec`) runs. A failed statement inside one
 * of those blocks would leave the one connection in an aborted transaction, where a pool would
 * have discarded the connection: it is rolled back before the error goes on.
 */
export function pgBossDbOfPglite(pglite: PGlite, stopped: () => boolean = () => false): PgBoss.Db {
  return {
    async executeSql(text, values) {
      try {
        if (values?.length) return await pglite.query(text, values);
        const results = await pglite.exec(text);
        return { rows: results.flatMap((result) => result.rows) };
      } catch (error) {
        // As on PostgreSQL: after the queue stops, an unawaited write answers nothing (pgBossDbOfPool).
        if (stopped()) return answerAfterStop(text);
        await pglite.exec('rollback').catch(() => undefined);
        throw error;
      }
    },
  };
}

/**
 * What a statement answers once the queue has stopped: no rows, except that pg-boss reads the one
 * row of its commands (complete, fail, cancel… end in `SELECT COUNT(*) FROM results`), so those
 * answer a count of 0: an empty answer there threw inside pg-boss, unawaited, and ended the process.
 */
function answerAfterStop(text: string): { rows: unknown[] } {
  return /select\s+count\(\*\)\s+from\s+results\s*$/i.test(text) ? { rows: [{ count: '0' }] } : { rows: [] };
}

/** A lost or refused connection, or a server starting or stopping: gone when the database is back. */
const isTransient = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    ['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET'].includes(
      code ?? '',
    ) ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message ?? '')
  );
};

/**
 * pg-boss on a node-postgres pool it does not own (nor close): the product's. A statement that
 * meets a lost connection waits for the database and runs again, until `stopped()`: pg-boss 10
 * records a job's completion or failure without awaiting it, so a rejection there (the database
 * restarting under a running job) would end the process (test/medium/faults.test.ts). Every
 * pg-boss statement is safe to run again: a claim that did commit only leaves its job to expire
 * and retry, as a lost reply always did.
 */
export function pgBossDbOfPool(pool: Pick<pg.Pool, 'query'>, stopped: () => boolean): PgBoss.Db {
  return {
    async executeSql(text, values) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await pool.query(text, values);
        } catch (error) {
          // Once the queue stops, what pg-boss still writes unawaited (a job's completion or failure
          // as the process closes its pool) answers nothing rather than rejecting into the void:
          // the job is then run again after it expires, as after any lost reply.
          if (stopped()) return answerAfterStop(text);
          if (!isTransient(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** attempt)));
        }
      }
    },
  };
}

interface SqlExecutor {
  execute(query: SQL): Promise<unknown>;
}

/**
 * pg-boss inside a caller's drizzle transaction, so that a job is sent with the change that needs
 * it or not at all. pg-boss writes `$n` placeholders (some twice); each use becomes a drizzle parameter.
 */
export function pgBossDbOfTransaction(transaction: SqlExecutor): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const placeholder of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, placeholder.index)));
        // node-postgres sends an undefined value as NULL; drizzle would drop it from the statement.
        chunks.push(sql`${sql.param(values[Number(placeholder[1]) - 1] ?? null)}`);
        last = placeholder.index + placeholder[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const result = (await transaction.execute(sql.join(chunks))) as { rows?: unknown[] } | unknown[];
      return { rows: Array.isArray(result) ? result : (result.rows ?? []) };
    },
  };
}
