import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { type ExportPage, pageOf, rowsOfResult } from '../../platform/export-page.js';

/** What the audit viewer and the audit export narrow the trail to. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

const conditionsOf = (filter: AuditFilter): SQL[] => {
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(sql`actor = ${filter.actor}`);
  if (filter.action) conditions.push(sql`action = ${filter.action}`);
  if (filter.entityType) conditions.push(sql`entity_type = ${filter.entityType}`);
  if (filter.entityId) conditions.push(sql`entity_id = ${filter.entityId}`);
  if (filter.from) conditions.push(sql`at >= ${filter.from.toISOString()}`);
  if (filter.to) conditions.push(sql`at < ${filter.to.toISOString()}`);
  return conditions;
};

/**
 * A page of audit events in write order from `after` (an event id), or newest first when
 * `newestFirst` (the viewer). Paged by id, which every event has from its write on; `position`
 * and `hash` are empty until the chainer has linked the event. The data holds salted
 * commitments, never personal values.
 */
export async function readAuditPage(
  db: Db,
  filter: AuditFilter,
  after: string | undefined,
  limit: number,
  options: { newestFirst?: boolean } = {},
): Promise<ExportPage> {
  const conditions = conditionsOf(filter);
  if (after) conditions.push(options.newestFirst ? sql`id < ${Number(after)}` : sql`id > ${Number(after)}`);
  const rows = rowsOfResult(
    await db.execute(sql`
      select id, position, at, actor, action, entity_type, entity_id, data, hash
      from audit_events where ${conditions.length ? sql.join(conditions, sql` and `) : sql`true`}
      order by id ${options.newestFirst ? sql`desc` : sql`asc`} limit ${limit + 1}`),
  );
  return pageOf(rows, limit, (row) => String(row.id));
}
