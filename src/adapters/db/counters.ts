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
