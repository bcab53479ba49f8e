import type { Readable } from 'node:stream';
import type { BulkDatabase } from '../../adapters/db/bulk.js';
import type { Db } from '../../adapters/db/database.js';
import type { Clock } from '../../platform/clock.js';
import { isDatabaseUnavailable } from '../../platform/errors.js';
import { type LineNotes, saveDataQualityNotes } from './data-notes.repository.js';
import {
  BULK_BATCH,
  BULK_SELLERS_BATCH,
  describeRefusal,
  type Written,
  withRetry,
  writeBatch,
} from './feed.batch-write.js';
import type { ProfilesChanged } from './feed.bulk-sellers.js';
import type { DocumentRecord, EventRecord, FeedKind, SalesRecord } from './feed.contract.js';
import { type FeedRecordOf, parseFeedChunks, type Rejection } from './feed.parse.js';
import type { FieldNote } from './feed.sanitise.js';
import { LineRanges } from './line-ranges.js';
import { documentKeyOf, eventKeyOf, findKnownSellerIds } from './sellers.repository.js';

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
  /** The line numbers now in the store (written or already there), as ranges: `1-2499,2501-5000`. */
  landed: string;
  /** Data-quality notes on the lines that landed, in all and by code. */
  notes: number;
  notesByCode: Record<string, number>;
}

export interface ImportOptions {
  db: Db;
  clock: Clock;
  /** How the source is named on its notes (`sellers.jsonl`, `POST /v1/feed/sellers`). */
  origin?: string;
  batchSize?: number;
  /**
   * The connection a bulk load may take for itself: every kind then goes through `COPY` into a
   * staging table and one set-based upsert per batch (feed.bulk.ts, feed.bulk-sellers.ts), in
   * larger batches.
   */
  bulk?: BulkDatabase;
  /**
   * On the bulk path, what the caller derives from the profiles a batch changed (search and
   * association keys), written on the batch's session before it commits. Unchanged profiles
   * (a re-import) derive nothing. The row path derives in `onBatchWritten` instead.
   */
  onProfilesChanged?: ProfilesChanged;
  onRejected?: (rejection: Rejection) => void;
  onProgress?: (linesRead: number) => void;
  /**
   * Called with each batch once it is written (the workflow derives what other modules keep), on
   * `db`: the batch's transaction when `atomic`, with the sellers whose data the batch changed.
   */
  onBatchWritten?: (records: FeedRecordOf<FeedKind>[], written: BatchWritten) => Promise<void>;
  /**
   * Each batch, its notes and what `onBatchWritten` derives commit together, in one transaction
   * (one durable commit per batch, and nothing derived is missing for a line that landed). Events
   * are then written by one statement (`insertEventBatch`) instead of COPY; the other kinds by
   * their set-based upserts on the transaction. The live feed route takes it for events.
   */
  atomic?: boolean;
  /** Called with each batch once it is in the store (committed, its follow-ups done), with its counts. */
  onBatchLanded?: (records: FeedRecordOf<FeedKind>[], counts: BatchCounts) => void;
  /** Pauses between retries when the database is briefly unreachable. */
  retryDelaysMs?: number[];
}

export interface BatchCounts {
  accepted: number;
  written: number;
  unchanged: number;
  notesByCode: Record<string, number>;
}

interface BatchWritten {
  db: Db;
  changedSellerIds: string[];
}

type Row<K extends FeedKind> = { line: number; record: FeedRecordOf<K>; notes: FieldNote[] };

/**
 * Streams one feed file into the store in batches: constant memory per line, bulk writes, bad
 * lines reported and skipped. Every write is an upsert or an insert-if-absent, so re-importing
 * the same file changes nothing and a batch can safely be retried. A line the database refuses
 * costs only itself: the batch is split until that line is alone, reported, and left out.
 */
export async function importFeed<K extends FeedKind>(
  kind: K,
  source: Readable,
  options: ImportOptions,
): Promise<ImportSummary> {
  const batchSize =
    options.batchSize ??
    (kind === 'sellers' ? (options.bulk ? BULK_SELLERS_BATCH : 500) : options.bulk ? BULK_BATCH : 2000);
  const origin = options.origin ?? kind;
  const summary: ImportSummary = {
    kind,
    lines: 0,
    accepted: 0,
    rejected: 0,
    written: 0,
    unchanged: 0,
    changedSellerIds: [],
    landed: '',
    notes: 0,
    notesByCode: {},
  };
  const landed = new LineRanges();
  const reject = (rejection: Rejection) => {
    summary.rejected += 1;
    landed.refuse(rejection.line);
    options.onRejected?.(rejection);
  };
  let batch: Row<K>[] = [];
  const changed = new Set<string>();

  const saveNotes = (db: Db, rows: Row<K>[], result: Written) =>
    saveDataQualityNotes(
      db,
      kind,
      origin,
      rows.filter((r) => r.notes.length > 0).map((r) => notesOf(kind, r)),
      kind === 'sellers' ? result.sellerIds : [],
    );
  /** The batch, its notes and what the workflow derives from it, in one transaction. */
  const writeAtomically = (rows: Row<K>[]) =>
    options.db.transaction(async (tx) => {
      const records = rows.map((r) => r.record);
      const result = await writeBatch(kind, records, { ...options, db: tx, bulk: undefined }, true);
      await saveNotes(tx, rows, result);
      await options.onBatchWritten?.(records, { db: tx, changedSellerIds: result.sellerIds });
      return result;
    });

  /** Writes `rows`; when the database refuses the batch, halves it until the refused line stands alone. */
  const writeIsolating = async (rows: Row<K>[]): Promise<void> => {
    if (rows.length === 0) return;
    let result: Written;
    try {
      result = await withRetry(
        () =>
          options.atomic
            ? writeAtomically(rows)
            : writeBatch(
                kind,
                rows.map((r) => r.record),
                options,
              ),
        options.retryDelaysMs,
      );
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      if (rows.length === 1) {
        reject({ line: rows[0]!.line, code: 'DATABASE_REFUSED', message: describeRefusal(error) });
        return;
      }
      const half = Math.ceil(rows.length / 2);
      await writeIsolating(rows.slice(0, half));
      await writeIsolating(rows.slice(half));
      return;
    }
    if (!options.atomic) {
      await withRetry(() => saveNotes(options.db, rows, result), options.retryDelaysMs);
      if (options.onBatchWritten)
        await withRetry(
          () =>
            options.onBatchWritten!(
              rows.map((r) => r.record),
              { db: options.db, changedSellerIds: result.sellerIds },
            ),
          options.retryDelaysMs,
        );
    }
    const counts: BatchCounts = {
      accepted: rows.length,
      written: result.written,
      unchanged: result.unchanged,
      notesByCode: {},
    };
    for (const row of rows)
      for (const note of row.notes) counts.notesByCode[note.code] = (counts.notesByCode[note.code] ?? 0) + 1;
    summary.accepted += counts.accepted;
    summary.written += counts.written;
    summary.unchanged += counts.unchanged;
    for (const [code, n] of Object.entries(counts.notesByCode)) {
      summary.notes += n;
      summary.notesByCode[code] = (summary.notesByCode[code] ?? 0) + n;
    }
    for (const id of result.sellerIds) changed.add(id);
    options.onBatchLanded?.(
      rows.map((r) => r.record),
      counts,
    );
  };

  // One batch is written while the next is read and checked (the database and the contract's
  // per-line work overlap); batches still land one after another, in file order. The lines refused
  // while a batch is being written are reported once it has landed, so the rejections come out in
  // the order the serial import gave them.
  let writing: Promise<void> = Promise.resolve();
  let isWriting = false;
  let refusedMeanwhile: Rejection[] = [];
  const flush = async () => {
    await writing;
    for (const rejection of refusedMeanwhile) reject(rejection);
    refusedMeanwhile = [];
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    isWriting = true;
    writing = (async () => {
      try {
        const accepted = kind === 'sellers' ? current : await dropUnknownSellers(options.db, current, reject);
        await writeIsolating(accepted);
        options.onProgress?.(summary.lines);
      } finally {
        isWriting = false;
      }
    })();
    // Awaited by the next flush, which throws what this one threw.
    writing.catch(() => undefined);
  };

  for await (const chunk of parseFeedChunks(kind, source))
    for (const parsed of chunk) {
      summary.lines += 1;
      landed.read(parsed.line);
      if ('rejection' in parsed) {
        if (isWriting || refusedMeanwhile.length > 0) refusedMeanwhile.push(parsed.rejection);
        else reject(parsed.rejection);
      } else batch.push(parsed);
      if (batch.length >= batchSize) await flush();
    }
  await flush();
  await writing;
  summary.changedSellerIds = [...changed];
  summary.landed = landed.toString();
  return summary;
}

function notesOf<K extends FeedKind>(kind: K, row: Row<K>): LineNotes {
  return {
    sellerId: row.record.seller_id,
    recordKey: recordKeyOf(kind, row.record),
    line: row.line,
    notes: row.notes,
  };
}

function recordKeyOf(kind: FeedKind, record: FeedRecordOf<FeedKind>): string {
  switch (kind) {
    case 'sellers':
      return record.seller_id;
    case 'events':
      return eventKeyOf(record as EventRecord);
    case 'sales':
      return `${record.seller_id}|${(record as SalesRecord).date}`;
    case 'documents':
      return documentKeyOf(record as DocumentRecord);
  }
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
