import { type SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import * as schema from '../../adapters/db/schema.js';
import { type DataKind, PERSONAL_DATA_MAP, type Reach } from './personal-data.map.js';

/**
 * Redaction by the personal data map: the one place that writes to every module's tables, so that
 * a column the map classifies is a column erasure and retention clear (the map's test holds it to
 * the schemas). Rows stay, their personal columns do not.
 */
const columnsOf = new Map(
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => value instanceof PgTable)
    .map((table) => {
      const config = getTableConfig(table);
      return [config.name, new Map(config.columns.map((c) => [c.name, c]))] as const;
    }),
);

/** What a personal column becomes: the emptiest value its type and constraints allow. */
function clearedValue(table: string, column: string): SQL {
  if (table === 'sellers' || table === 'seller_profile_versions') return ERASED;
  // A replayed answer stays a JSON body that says what happened to it.
  if (table === 'idempotency_keys') return ERASED;
  if (table === 'users' && column === 'email') return sql`'erased-' || id || '@erased.invalid'`;
  const meta = columnsOf.get(table)?.get(column);
  if (!meta?.notNull) return sql`null`;
  if (meta.dataType === 'json') return sql`'{}'::jsonb`;
  return sql`''`;
}
const ERASED = sql`'{"erased":true}'::jsonb`;

/** A parenthesised list of the sellers' ids, for `in`: one statement serves a whole batch. */
const listOf = (sellerIds: readonly string[]): SQL =>
  sql`(${sql.join(
    sellerIds.map((id) => sql`${id}`),
    sql`, `,
  )})`;

/** The rows of a table that belong to these sellers. */
function whereSellers(reach: Reach, ids: SQL): SQL | undefined {
  switch (reach.by) {
    case 'seller_id':
      return sql`${sql.identifier(reach.column)} in ${ids}`;
    case 'case':
      return sql`${sql.identifier(reach.column)} in (select id from cases where seller_id in ${ids})`;
    case 'idempotency': {
      // A stored answer is the seller's when its request named the seller or one of their cases,
      // a portal login of theirs made it, or the answer itself is about them.
      const segment = (n: number) => sql`split_part(split_part(path, '?', 1), '/', ${n})`;
      return sql`response is not null and response <> ${ERASED} and (
        (${segment(3)} = 'sellers' and ${segment(4)} in ${ids})
        or (${segment(3)} = 'cases' and ${segment(4)} in (select id::text from cases where seller_id in ${ids}))
        or principal in (select 'user:' || id from users where seller_id in ${ids})
        or response->>'seller_id' in ${ids})`;
    }
    default:
      return undefined;
  }
}

export interface RedactionCount {
  table: string;
  rows: number;
}

/**
 * Clears these sellers' personal columns in every table the map reaches, for the given kinds of
 * data (all of them when none are given): one statement per table for the whole set, so a
 * retention batch of thousands of sellers costs what one seller does, times the rows. Answers the
 * rows touched per table.
 */
export async function redactSellerData(
  tx: Db,
  sellerIds: readonly string[],
  kinds?: readonly (DataKind | 'staff_account')[],
): Promise<RedactionCount[]> {
  if (!sellerIds.length) return [];
  const ids = listOf(sellerIds);
  const counts: RedactionCount[] = [];
  for (const [table, entry] of Object.entries(PERSONAL_DATA_MAP)) {
    // A generated column (`sellers.country`) is not written: it follows the column it comes from.
    const columns = Object.keys(entry.personal).filter((c) => !columnsOf.get(table)?.get(c)?.generated);
    if (!columns.length || entry.subject === 'none') continue;
    if (kinds && !kinds.includes(entry.kind as DataKind)) continue;
    const where = whereSellers(entry.reach, ids);
    if (!where) continue;
    if (table === 'seller_link_keys' || table === 'seller_search_keys' || table === 'seller_summaries') {
      const deleted = await tx.execute(sql`delete from ${sql.identifier(table)} where ${where}`);
      counts.push({ table, rows: affected(deleted) });
      continue;
    }
    const assignments = sql.join(
      columns.map((column) => sql`${sql.identifier(column)} = ${clearedValue(table, column)}`),
      sql`, `,
    );
    const extra = table === 'users' ? sql`, disabled_at = coalesce(disabled_at, now())` : sql``;
    const result = await tx.execute(
      sql`update ${sql.identifier(table)} set ${assignments}${extra} where ${where}`,
    );
    counts.push({ table, rows: affected(result) });
  }
  return counts.filter((c) => c.rows > 0);
}

/**
 * The files only these sellers' documents or selfies hold (a file another seller also uploaded
 * stays): of both kinds for erasure, of one for retention.
 */
export async function findFilesOnlyOf(
  db: Db,
  sellerIds: readonly string[],
  kind: 'documents' | 'selfies' | 'all' = 'all',
): Promise<string[]> {
  if (!sellerIds.length) return [];
  const ids = listOf(sellerIds);
  const documents = sql`select sha256, seller_id from document_files`;
  const selfies = sql`select sha256, seller_id from selfies`;
  const all = sql`${documents} union all ${selfies}`;
  const own = kind === 'documents' ? documents : kind === 'selfies' ? selfies : all;
  const rows = rowsOf<{ sha256: string }>(
    await db.execute(sql`select distinct sha256 from (${own}) f where seller_id in ${ids}
      and sha256 not in (select sha256 from (${all}) o where seller_id not in ${ids})`),
  );
  return rows.map((r) => r.sha256);
}

/** The ids the audit trail knows these sellers' things by. */
export async function findAuditEntitiesOf(db: Db, sellerIds: readonly string[]) {
  if (!sellerIds.length) return { case: [], user: [], seller: [] };
  const list = listOf(sellerIds);
  const ids = async (query: SQL) => rowsOf<{ id: string }>(await db.execute(query)).map((r) => String(r.id));
  return {
    case: await ids(sql`select id from cases where seller_id in ${list}`),
    user: await ids(sql`select id from users where seller_id in ${list}`),
    seller: [...sellerIds],
  };
}

/**
 * Rewrites the tables erasure touched so that no old row version survives in their files, and
 * moves the write-ahead log past the records that held the values (see docs/personal-data.md).
 * Answers the steps that ran; a step the database refuses (no privilege) is named, not fatal.
 */
export async function compactErasedData(db: Db, tables: readonly string[]): Promise<string[]> {
  const done: string[] = [];
  const attempt = async (step: string, query: SQL) => {
    try {
      await db.execute(query);
      done.push(step);
    } catch {
      done.push(`${step} (refused)`);
    }
  };
  const names = [...new Set([...tables, 'audit_personal_values'])].filter((t) => columnsOf.has(t));
  for (const table of names) await attempt(`vacuum full ${table}`, sql`vacuum full ${sql.identifier(table)}`);
  await attempt('wal_recycle off', sql`set wal_recycle = off`);
  for (const round of [1, 2]) {
    await attempt(`switch wal ${round}`, sql`select pg_switch_wal()`);
    await attempt(`checkpoint ${round}`, sql`checkpoint`);
  }
  return done;
}

function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
