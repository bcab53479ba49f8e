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
  if (table === 'sellers' || table === 'seller_profile_versions') return sql`'{"erased":true}'::jsonb`;
  if (table === 'users' && column === 'email') return sql`'erased-' || id || '@erased.invalid'`;
  const meta = columnsOf.get(table)?.get(column);
  if (!meta?.notNull) return sql`null`;
  if (meta.dataType === 'json') return sql`'{}'::jsonb`;
  return sql`''`;
}

/** The rows of a table that belong to the seller, and (for retention) that are old enough. */
function whereSeller(reach: Reach, sellerId: string): SQL | undefined {
  switch (reach.by) {
    case 'seller_id':
      return sql`${sql.identifier(reach.column)} = ${sellerId}`;
    case 'case':
      return sql`${sql.identifier(reach.column)} in (select id from cases where seller_id = ${sellerId})`;
    default:
      return undefined;
  }
}

export interface RedactionCount {
  table: string;
  rows: number;
}

/**
 * Clears the seller's personal columns in every table the map reaches, for the given kinds of
 * data (all of them when none are given). Answers the rows touched per table.
 */
export async function redactSellerData(
  tx: Db,
  sellerId: string,
  kinds?: readonly (DataKind | 'staff_account')[],
): Promise<RedactionCount[]> {
  const counts: RedactionCount[] = [];
  for (const [table, entry] of Object.entries(PERSONAL_DATA_MAP)) {
    const columns = Object.keys(entry.personal);
    if (!columns.length || entry.subject === 'none') continue;
    if (kinds && !kinds.includes(entry.kind as DataKind)) continue;
    const where = whereSeller(entry.reach, sellerId);
    if (!where) continue;
    if (table === 'seller_link_keys') {
      const deleted = await tx.execute(sql`delete from seller_link_keys where ${where}`);
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
 * The files only this seller's documents or selfies hold (a file another seller also uploaded
 * stays): of both kinds for erasure, of one for retention.
 */
export async function findFilesOnlyOf(
  db: Db,
  sellerId: string,
  kind: 'documents' | 'selfies' | 'all' = 'all',
): Promise<string[]> {
  const documents = sql`select sha256, seller_id from document_files`;
  const selfies = sql`select sha256, seller_id from selfies`;
  const all = sql`${documents} union all ${selfies}`;
  const own = kind === 'documents' ? documents : kind === 'selfies' ? selfies : all;
  const rows = rowsOf<{ sha256: string }>(
    await db.execute(sql`select distinct sha256 from (${own}) f where seller_id = ${sellerId}
      and sha256 not in (select sha256 from (${all}) o where seller_id <> ${sellerId})`),
  );
  return rows.map((r) => r.sha256);
}

/** The ids the audit trail knows a seller's things by. */
export async function findAuditEntitiesOf(db: Db, sellerId: string) {
  const ids = async (query: SQL) => rowsOf<{ id: string }>(await db.execute(query)).map((r) => String(r.id));
  return {
    case: await ids(sql`select id from cases where seller_id = ${sellerId}`),
    user: await ids(sql`select id from users where seller_id = ${sellerId}`),
    seller: [sellerId],
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
