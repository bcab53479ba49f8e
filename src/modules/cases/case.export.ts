import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { type ExportPage, pageOf, rowsOfResult } from '../../platform/export-page.js';

/** What an export of cases or requirements may be narrowed to. */
export interface CaseExportFilter {
  statuses?: string[];
  sellerId?: string;
  /** Only these cases (the selection of the case list). */
  caseIds?: string[];
  openedFrom?: Date;
  openedTo?: Date;
}

const whereCases = (filter: CaseExportFilter, alias: SQL): SQL[] => {
  const conditions: SQL[] = [];
  if (filter.statuses?.length)
    conditions.push(sql`${alias}.status = any(${sql.param(filter.statuses)}::text[])`);
  if (filter.sellerId) conditions.push(sql`${alias}.seller_id = ${filter.sellerId}`);
  if (filter.caseIds?.length) conditions.push(sql`${alias}.id = any(${sql.param(filter.caseIds)}::uuid[])`);
  if (filter.openedFrom) conditions.push(sql`${alias}.opened_at >= ${filter.openedFrom.toISOString()}`);
  if (filter.openedTo) conditions.push(sql`${alias}.opened_at < ${filter.openedTo.toISOString()}`);
  return conditions;
};

const and = (conditions: SQL[]): SQL => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

/** A page of cases in id order, each with the triggers of its reasons (comma-separated). */
export async function readCaseExportPage(
  db: Db,
  filter: CaseExportFilter,
  after: string | undefined,
  limit: number,
): Promise<ExportPage> {
  const c = sql.raw('c');
  const conditions = whereCases(filter, c);
  if (after) conditions.push(sql`c.id > ${after}::uuid`);
  const rows = rowsOfResult(
    await db.execute(sql`
      select c.id, c.seller_id, c.status, c.severity, c.policy_version, c.opened_by, c.opened_at,
        c.deadline_at, c.submitted_at, c.decided_at, c.closed_at, c.appeal_count, c.review_due_at,
        c.assignee_id, c.revision, c.updated_at,
        (select string_agg(r.trigger, ',' order by r.trigger) from case_reasons r where r.case_id = c.id) as triggers
      from cases c where ${and(conditions)} order by c.id limit ${limit + 1}`),
  );
  return pageOf(rows, limit, (row) => String(row.id));
}

/** A page of requirements in id order, of the cases the filter selects. */
export async function readRequirementExportPage(
  db: Db,
  filter: CaseExportFilter,
  after: string | undefined,
  limit: number,
): Promise<ExportPage> {
  const c = sql.raw('c');
  const conditions = whereCases(filter, c);
  if (after) conditions.push(sql`q.id > ${after}::uuid`);
  const rows = rowsOfResult(
    await db.execute(sql`
      select q.id, q.case_id, c.seller_id, q.material, q.status, q.triggers, q.accepted_variants, q.errors,
        q.due_at, q.reasked_at, q.created_at, q.updated_at
      from requirements q join cases c on c.id = q.case_id
      where ${and(conditions)} order by q.id limit ${limit + 1}`),
  );
  return pageOf(rows, limit, (row) => String(row.id));
}
