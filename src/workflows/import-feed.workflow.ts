import type { Readable } from 'node:stream';

import { analyzeAfterBulkLoad } from '../adapters/db/analyze.js';
import type { Db } from '../adapters/db/database.js';

import type { Principal } from '../modules/access/index.js';
import { appendAuditEvent } from '../modules/audit/index.js';
import { copyLinkKeys, linkKeysOfEvent, linkKeysOfSeller, saveLinkKeys } from '../modules/risk/index.js';
import { copySearchKeys, saveSearchKeys } from '../modules/search/index.js';
import {
  advanceWatermarks,
  type BatchCounts,
  type EventRecord,
  type FeedKind,
  type ImportSummary,
  importFeed,
  type Rejection,
  type SalesRecord,
  type SellerRecord,
} from '../modules/sellers/index.js';
import { feedBatchLanded, feedLineRejected, feedLinesAheadOfToday } from '../platform/metrics.js';
import type { Deps } from './deps.js';
import { enqueueRechecks } from './recheck-documents.workflow.js';
import { enqueueReevaluation } from './reevaluate.workflow.js';

export interface ImportFeedInput {
  kind: FeedKind;
  source: Readable;
  /** How the source is named in reports (`sellers.jsonl`, `POST /v1/feed/sellers`). */
  origin: string;
  by: Principal;
  onRejected?: (rejection: Rejection) => void;
  onProgress?: (lines: number) => void;
  /**
   * Re-evaluate the sellers whose data changed (the live path). The API does; a bulk import from
   * the CLI is followed by a scan instead.
   */
  reevaluate?: boolean;
  /** Write with batched INSERTs instead of COPY and set-based upserts (the import bench compares the two). */
  rowByRow?: boolean;
  /** Lines per batch (one transaction each); the importer's own default when absent. */
  batchSize?: number;
}

/** The association keys a batch brings: profiles and identifier events (see association/link-keys.ts). */
function linkKeysOf(kind: FeedKind, records: unknown[]): { key: string; sellerId: string }[] {
  if (kind === 'sellers')
    return (records as SellerRecord[]).flatMap((seller) =>
      linkKeysOfSeller(seller).map((key) => ({ key, sellerId: seller.seller_id })),
    );
  if (kind === 'events')
    return (records as EventRecord[]).flatMap((event) =>
      linkKeysOfEvent(event, undefined).map((key) => ({ key, sellerId: event.seller_id })),
    );
  return [];
}

/** The day of each dated line of a batch (sales and events), by seller. */
function daysOf(kind: FeedKind, records: unknown[]): { sellerId: string; day: string }[] {
  if (kind === 'sales')
    return (records as SalesRecord[]).map((r) => ({ sellerId: r.seller_id, day: r.date.slice(0, 10) }));
  // The contract writes every `at` in UTC as `YYYY-MM-DDTHH:MM:SS[.mmm]Z` (normaliseTimestamp), so
  // its day is its first ten characters: parsing it into a Date was 10 % of a 100k import's CPU.
  if (kind === 'events')
    return (records as EventRecord[]).map((r) => ({ sellerId: r.seller_id, day: r.at.slice(0, 10) }));
  return [];
}

/** Moves the feed's watermark to the latest day this batch brought, never past today (docs/live-path.md). */
function recordWatermarks(context: Deps, db: Db, kind: FeedKind, records: unknown[]): Promise<void> {
  if (kind !== 'sales' && kind !== 'events') return Promise.resolve();
  const today = context.clock.now().toISOString().slice(0, 10);
  return advanceWatermarks(db, kind, daysOf(kind, records), today);
}

/** A landed batch in the metrics, its lines dated after today apart. */
function countLanded(context: Deps, kind: FeedKind, records: unknown[], counts: BatchCounts): void {
  feedBatchLanded(kind, counts);
  if (kind !== 'sales' && kind !== 'events') return;
  const today = context.clock.now().toISOString().slice(0, 10);
  feedLinesAheadOfToday(kind, daysOf(kind, records).filter((d) => d.day > today).length);
}

/** Loads one feed file and records in the audit log who loaded what, with the counts. */
export async function importFeedWorkflow(context: Deps, input: ImportFeedInput): Promise<ImportSummary> {
  // The live path's events: each batch commits with its link keys, watermark and place in the
  // re-evaluation backlog (one durable commit per batch, no landed event left unqueued).
  const atomic = input.reevaluate === true && input.kind === 'events' && !input.rowByRow;
  const summary = await importFeed(input.kind, input.source, {
    db: context.db,
    clock: context.clock,
    ...(input.rowByRow ? {} : { bulk: context.database }),
    origin: input.origin,
    ...(input.batchSize ? { batchSize: input.batchSize } : {}),
    atomic,
    // Profiles on the bulk path derive their keys in their own transaction, and only where they changed.
    onProfilesChanged: async (session, changed) => {
      await copySearchKeys(session, changed);
      await copyLinkKeys(session, linkKeysOf('sellers', changed));
    },
    onBatchWritten: async (records, { db, changedSellerIds }) => {
      const derived = input.kind === 'sellers' && !input.rowByRow;
      if (!derived) await saveLinkKeys(db, linkKeysOf(input.kind, records));
      if (input.kind === 'sellers' && !derived) await saveSearchKeys(db, records as SellerRecord[]);
      await recordWatermarks(context, db, input.kind, records);
      if (atomic) await enqueueReevaluation(context, changedSellerIds, db);
    },
    onBatchLanded: (records, counts) => countLanded(context, input.kind, records, counts),
    onRejected: (rejection) => {
      feedLineRejected(input.kind, rejection.code);
      input.onRejected?.(rejection);
    },
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  await context.db.transaction((tx) =>
    appendAuditEvent(tx, context.auditKey, context.clock.now(), {
      actor: input.by.actor,
      action: 'feed.imported',
      entityType: 'feed',
      entityId: input.kind,
      data: {
        origin: input.origin,
        lines: summary.lines,
        accepted: summary.accepted,
        rejected: summary.rejected,
        written: summary.written,
        unchanged: summary.unchanged,
        notes: summary.notes,
      },
    }),
  );
  // A changed profile moves the consistency checks of documents already checked, on any path in.
  if (input.kind === 'sellers') await enqueueRechecks(context, summary.changedSellerIds);
  if (input.reevaluate) {
    // Atomic batches queued their sellers as they committed.
    if (!atomic) await enqueueReevaluation(context, summary.changedSellerIds);
  } else if (summary.written > 0) await analyzeAfterBulkLoad(context.db, input.kind);
  return summary;
}
