import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
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
export function pgBossDbOfPglite(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      try {
        if (values?.length) return await pglite.query(text, values);
        const results = await pglite.exec(text);
        return { rows: results.flatMap((result) => result.rows) };
      } catch (error) {
        await pglite.exec('rollback').catch(() => undefined);
        throw error;
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
