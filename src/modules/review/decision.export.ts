import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { type ExportPage, pageOf, rowsOfResult } from '../../platform/export-page.js';

export interface DecisionExportFilter {
  caseId?: string;
  caseIds?: string[];
  decidedFrom?: Date;
  decidedTo?: Date;
}

/** A page of decisions (proposed, taken and sent back) in id order. */
export async function readDecisionExportPage(
  db: Db,
  filter: DecisionExportFilter,
  after: string | undefined,
  limit: number,
): Promise<ExportPage> {
  const conditions: SQL[] = [];
  if (filter.caseId) conditions.push(sql`case_id = ${filter.caseId}::uuid`);
  if (filter.caseIds?.length) conditions.push(sql`case_id = any(${sql.param(filter.caseIds)}::uuid[])`);
  if (filter.decidedFrom) conditions.push(sql`proposed_at >= ${filter.decidedFrom.toISOString()}`);
  if (filter.decidedTo) conditions.push(sql`proposed_at < ${filter.decidedTo.toISOString()}`);
  if (after) conditions.push(sql`id > ${after}::uuid`);
  const rows = rowsOfResult(
    await db.execute(sql`
      select id, case_id, decision, status, reasons, note, waivers, appeal_round, proposed_by, proposed_at,
        reviewed_by, reviewed_at, decided_at, case_status, review_due_at
      from case_decisions where ${conditions.length ? sql.join(conditions, sql` and `) : sql`true`}
      order by id limit ${limit + 1}`),
  );
  return pageOf(rows, limit, (row) => String(row.id));
}
