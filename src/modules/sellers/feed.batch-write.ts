import type { BulkDatabase } from '../../adapters/db/bulk.js';
import type { Db } from '../../adapters/db/database.js';
import type { Clock } from '../../platform/clock.js';
import { isDatabaseUnavailable } from '../../platform/errors.js';
import { bulkInsertEvents, bulkUpsertDocuments, bulkUpsertSales, insertEventBatch } from './feed.bulk.js';
import { bulkUpsertSellers, type ProfilesChanged } from './feed.bulk-sellers.js';
import type { DocumentRecord, EventRecord, FeedKind, SalesRecord, SellerRecord } from './feed.contract.js';
import type { FeedRecordOf } from './feed.parse.js';
import { insertEvents, upsertDocumentsOnFile, upsertSales, upsertSellers } from './sellers.repository.js';

/** How one batch of an import is written, retried and, when refused, described (feed.import.ts). */
export type Written = { written: number; unchanged: number; sellerIds: string[] };

/** What the database said, by SQL state only: its message may quote the values, which may be personal. */
export function describeRefusal(error: unknown): string {
  for (
    let current = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return `the database refused the line (SQLSTATE ${code})`;
  }
  return 'the database refused the line';
}

/** Rows per COPY on the bulk path: large enough that round trips stop mattering, small in memory. */
export const BULK_BATCH = 25_000;
/**
 * Profiles per COPY: a profile is ~700 bytes of text and ~30 derived keys, so 25,000 of them held
 * the import at 1.1 GB peak RSS (docs/benchmarks.md); 5,000 keep it near the other kinds'.
 */
export const BULK_SELLERS_BATCH = 5_000;

export async function writeBatch(
  kind: FeedKind,
  records: unknown[],
  {
    db,
    clock,
    bulk,
    onProfilesChanged,
  }: {
    db: Db;
    clock: Clock;
    bulk?: BulkDatabase | undefined;
    onProfilesChanged?: ProfilesChanged | undefined;
  },
  inTransaction = false,
): Promise<Written> {
  if (inTransaction && kind === 'events') return insertEventBatch(db, records as EventRecord[]);
  if (bulk && kind === 'sellers')
    return bulkUpsertSellers(bulk, records as SellerRecord[], clock.now(), onProfilesChanged);
  if (bulk && kind === 'sales') return bulkUpsertSales(bulk, records as SalesRecord[]);
  if (bulk && kind === 'events') return bulkInsertEvents(bulk, records as EventRecord[]);
  if (bulk && kind === 'documents')
    return bulkUpsertDocuments(bulk, records as DocumentRecord[], clock.now());
  switch (kind) {
    case 'sellers': {
      const r = await upsertSellers(db, records as SellerRecord[], clock.now());
      return { written: r.inserted + r.updated, unchanged: r.unchanged, sellerIds: r.changedIds };
    }
    case 'events': {
      const r = await insertEvents(db, records as FeedRecordOf<'events'>[]);
      return { written: r.inserted, unchanged: r.duplicate, sellerIds: r.sellerIds };
    }
    case 'sales':
      return upsertSales(db, records as FeedRecordOf<'sales'>[]);
    case 'documents':
      return upsertDocumentsOnFile(db, records as FeedRecordOf<'documents'>[], clock.now());
  }
}

export async function withRetry<T>(work: () => Promise<T>, delays = [250, 1000, 3000]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isDatabaseUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
