import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from './database.js';

/**
 * Counts kept as counters by the database's triggers (migration `live_counter_triggers`), whose
 * name starts with `prefix`, without it: a read of a few rows, never a count of the table.
 */
export async function readCounters(db: Db, prefix: string): Promise<Map<string, number>> {
  const rows = rowsOf<{ name: string; n: number }>(
    await db.execute(sql`
      select substr(name, ${prefix.length + 1}) as name, sum(n)::float8 as n from live_counters
      where name like ${`${prefix}%`} group by name`),
  );
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}

/**
 * Where the sequence `case_views_version` stands (migration `case_views_version`): it moves on
 * with every statement that writes a table a case view is built from. Reading it never waits.
 */
export async function caseViewsVersion(db: Db): Promise<string> {
  const [row] = rowsOf<{ version: string }>(
    await db.execute(
      sql`select last_value::text || ':' || is_called::text as version from case_views_version`,
    ),
  );
  return row?.version ?? '';
}
