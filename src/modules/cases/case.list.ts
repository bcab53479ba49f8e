import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';

/** The columns the back office's case list sorts by; `-` in front sorts descending. */
export const CASE_LIST_SORTS = [
  'opened_at',
  'due',
  'status',
  'severity',
  'seller_name',
  'country',
  'marketplace',
  'holder',
] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

export interface CaseListFilter {
  statuses?: string[];
  severity?: string;
  trigger?: string;
  marketplace?: string;
  country?: string;
  /** A user id, or `none` for the cases nobody holds. */
  holder?: string;
}

export interface CaseListRow {
  id: string;
  seller_id: string;
  seller_name: string | null;
  country: string | null;
  marketplace: string | null;
  status: string;
  severity: string;
  triggers: string | null;
  opened_at: Date;
  due_at: Date | null;
  assignee_id: string | null;
  revision: number;
}

/** The next date due: the seller's deadline while documents are awaited, the review SLA while queued. */
const DUE = sql`case when c.status = 'awaiting_documents' then c.deadline_at
  when c.status in ('submitted', 'in_review', 'appealed') then c.review_due_at end`;

const ORDER: Record<CaseListSort, SQL> = {
  opened_at: sql`c.opened_at`,
  due: DUE,
  status: sql`c.status`,
  severity: sql`case c.severity when 'high' then 0 when 'medium' then 1 else 2 end`,
  seller_name: sql`lower(s.name)`,
  country: sql`s.country`,
  marketplace: sql`s.marketplace`,
  holder: sql`c.assignee_id`,
};

/**
 * One page of the case list with its seller's card, sorted on the server (ties by id, so pages
 * never repeat or skip a case), and the total the filter selects. `sellers` is the sellers
 * module's derived table of cards (`sellerCardsTable`).
 */
export async function listCaseRows(
  db: Db,
  sellers: SQL,
  filter: CaseListFilter,
  sort: { by: CaseListSort; descending: boolean },
  page: { offset: number; limit: number },
): Promise<{ rows: CaseListRow[]; total: number }> {
  const conditions: SQL[] = [sql`true`];
  if (filter.statuses?.length) conditions.push(sql`c.status = any(${sql.param(filter.statuses)}::text[])`);
  if (filter.severity) conditions.push(sql`c.severity = ${filter.severity}`);
  if (filter.trigger)
    conditions.push(
      sql`exists (select 1 from case_reasons r where r.case_id = c.id and r.trigger = ${filter.trigger})`,
    );
  if (filter.marketplace) conditions.push(sql`upper(s.marketplace) = ${filter.marketplace.toUpperCase()}`);
  if (filter.country) conditions.push(sql`upper(s.country) = ${filter.country.toUpperCase()}`);
  if (filter.holder === 'none') conditions.push(sql`c.assignee_id is null`);
  else if (filter.holder) conditions.push(sql`c.assignee_id = ${filter.holder}`);
  const where = sql.join(conditions, sql` and `);
  const direction = sort.descending ? sql`desc nulls last` : sql`asc nulls last`;
  const from = sql`cases c left join (${sellers}) s on s.seller_id = c.seller_id`;
  const [rows, count] = await Promise.all([
    db.execute(sql`
      select c.id, c.seller_id, s.name as seller_name, s.country, s.marketplace, c.status, c.severity,
        (select string_agg(r.trigger, ',' order by r.trigger) from case_reasons r where r.case_id = c.id) as triggers,
        c.opened_at, ${DUE} as due_at, c.assignee_id, c.revision
      from ${from} where ${where}
      order by ${ORDER[sort.by]} ${direction}, c.id ${sort.descending ? sql`desc` : sql`asc`}
      offset ${page.offset} limit ${page.limit}`),
    db.execute(sql`select count(*)::int as total from ${from} where ${where}`),
  ]);
  const total = Number((count as unknown as { rows: { total: number }[] }).rows[0]?.total ?? 0);
  return { rows: (rows as unknown as { rows: CaseListRow[] }).rows, total };
}
