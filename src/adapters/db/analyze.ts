import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

/** The tables a bulk load of each feed kind fills, and those a scan fills. */
const TABLES_FILLED_BY = {
  sellers: [
    'sellers',
    'seller_profile_versions',
    'seller_link_keys',
    'seller_search_keys',
    'data_quality_notes',
  ],
  events: ['seller_events', 'seller_link_keys', 'data_quality_notes'],
  sales: ['sales_days', 'data_quality_notes'],
  documents: ['documents_on_file', 'data_quality_notes'],
  scan: ['cases', 'case_reasons', 'requirements'],
} as const;

/**
 * Refreshes the planner's statistics after a bulk load: without them a table that grew from
 * empty to millions of rows is planned as if it were empty (docs/live-path.md, "Plans on facts").
 */
export async function analyzeAfterBulkLoad(db: Db, what: keyof typeof TABLES_FILLED_BY): Promise<void> {
  for (const table of TABLES_FILLED_BY[what]) await db.execute(sql.raw(`analyze ${table}`));
}
