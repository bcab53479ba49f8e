import type { Readable } from 'node:stream';
import type { Db } from '../../adapters/db/database.js';
import type { Clock } from '../../platform/clock.js';
import { isDatabaseUnavailable } from '../../platform/errors.js';
import type { FeedKind, SellerRecord } from './feed.contract.js';
import { type FeedRecordOf, parseFeed, type Rejection } from './feed.parse.js';
import {
  findKnownSellerIds,
  insertEvents,
  upsertDocumentsOnFile,
  upsertSales,
  upsertSellers,
} from './sellers.repository.js';

export interface ImportSummary {
  kind: FeedKind;
  /** Lines read, not counting blank lines. */
  lines: number;
  accepted: number;
  rejected: number;
  /** Rows that changed the store; the rest of the accepted ones were already there. */
  written: number;
  unchanged: number;
  /** Sellers whose profile, events, sales or documents changed: the live path re-evaluates them. */
  changedSellerIds: string[];
}

export interface ImportOptions {
  db: Db;
  clock: Clock;
  batchSize?: number;
  onRejected?: (rejection: Rejection) => void;
  onProgress?: (linesRead: number) => void;
  /** Called with each batch once it is written (the workflow derives what other modules keep). */
  onBatchWritten?: (records: FeedRecordOf<FeedKind>[]) => Promise<void>;
  /** Pauses between retries when the database is briefly unreachable. */
  retryDelaysMs?: number[];
}

/**
 * Streams one feed file into the store in batches: constant memory per line, bulk writes, bad
 * lines reported and skipped. Every write is an upsert or an insert-if-absent, so re-importing
 * the same file changes nothing and a batch can safely be retried.
 */
export async function importFeed<K extends FeedKind>(
  kind: K,
  source: Readable,
  options: ImportOptions,
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? (kind === 'sellers' ? 500 : 2000);
  const summary: ImportSummary = {
    kind,
    lines: 0,
    accepted: 0,
    rejected: 0,
    written: 0,
    unchanged: 0,
    changedSellerIds: [],
  };
  const reject = (rejection: Rejection) => {
    summary.rejected += 1;
    options.onRejected?.(rejection);
  };
  let batch: { line: number; record: FeedRecordOf<K> }[] = [];
  const changed = new Set<string>();

  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const accepted = kind === 'sellers' ? current : await dropUnknownSellers(options.db, current, reject);
    const result = await withRetry(
      () =>
        writeBatch(
          kind,
          accepted.map((r) => r.record),
          options,
        ),
      options.retryDelaysMs,
    );
    summary.accepted += accepted.length;
    summary.written += result.written;
    summary.unchanged += result.unchanged;
    for (const id of result.sellerIds) changed.add(id);
    if (options.onBatchWritten)
      await withRetry(() => options.onBatchWritten!(accepted.map((r) => r.record)), options.retryDelaysMs);
    options.onProgress?.(summary.lines);
  };

  for await (const parsed of parseFeed(kind, source)) {
    summary.lines += 1;
    if ('rejection' in parsed) reject(parsed.rejection);
    else batch.push(parsed);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.changedSellerIds = [...changed];
  return summary;
}

async function dropUnknownSellers<T extends { line: number; record: { seller_id: string } }>(
  db: Db,
  rows: T[],
  reject: (rejection: Rejection) => void,
): Promise<T[]> {
  const known = await withRetry(() =>
    findKnownSellerIds(
      db,
      rows.map((r) => r.record.seller_id),
    ),
  );
  return rows.filter((row) => {
    if (known.has(row.record.seller_id)) return true;
    reject({
      line: row.line,
      code: 'UNKNOWN_SELLER',
      message: `seller ${row.record.seller_id} is not in the store`,
    });
    return false;
  });
}

async function writeBatch(kind: FeedKind, records: unknown[], { db, clock }: ImportOptions) {
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

async function withRetry<T>(work: () => Promise<T>, delays = [250, 1000, 3000]): Promise<T> {
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
