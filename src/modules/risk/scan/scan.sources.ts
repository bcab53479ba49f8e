import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { openParquetFeed } from '../../../adapters/columnar/parquet.js';
import { isAppError } from '../../../platform/errors.js';
import { type FeedKind, type FeedRecordOf, parseFeed, type Rejection } from '../../sellers/index.js';
import type { ScanInput } from './scan.input.js';

export const FEED_FILES: Record<FeedKind, string> = {
  sellers: 'sellers.jsonl',
  documents: 'documents.jsonl',
  events: 'events.jsonl',
  sales: 'sales.csv',
};

export interface FileReadReport {
  /** Files that were not there; the triggers that need them say so. */
  missing: FeedKind[];
  rejected: number;
}

export interface ReadCallbacks {
  onRejected: (file: string, rejection: Rejection) => void;
  /** Lines and bytes read so far of the file of this kind, and its size. */
  onProgress?: (kind: FeedKind, progress: { lines: number; bytes: number; size: number }) => void;
  /** Files read elsewhere (the columnar scan reads sales in its engine). */
  skip?: readonly FeedKind[];
}

/**
 * Reads the four feed files of a folder into a scan input: sellers first (the other files refer
 * to them), then documents, events and sales. Bad lines are reported and skipped.
 */
export async function readFeedFolder(
  dir: string,
  input: ScanInput,
  callbacks: ReadCallbacks,
): Promise<FileReadReport> {
  const report: FileReadReport = { missing: [], rejected: 0 };
  const read = async <K extends FeedKind>(kind: K, add: (record: FeedRecordOf<K>) => void) => {
    if (callbacks.skip?.includes(kind)) return;
    const path = feedFileIn(dir, kind);
    const opened =
      path &&
      (await openFeedFile(path, kind, (rejection) => {
        report.rejected += 1;
        callbacks.onRejected(path, rejection);
      }));
    if (!path || !opened) {
      report.missing.push(kind);
      if (kind !== 'sellers') input.absent.add(kind);
      return;
    }
    let lines = 0;
    const { stream, size, done } = opened;
    for await (const parsed of parseFeed(kind, stream)) {
      lines += 1;
      if (lines % 50_000 === 0) callbacks.onProgress?.(kind, { lines, bytes: done(lines), size });
      if ('rejection' in parsed) {
        report.rejected += 1;
        callbacks.onRejected(path, parsed.rejection);
      } else {
        add(parsed.record);
        if (parsed.notes.length > 0) input.addNotes(parsed.record.seller_id, kind, parsed.notes);
      }
    }
    callbacks.onProgress?.(kind, { lines, bytes: size, size });
  };
  await read('sellers', (r) => input.addSeller(r));
  await read('documents', (r) => input.addDocument(r));
  await read('events', (r) => input.addEvent(r));
  await read('sales', (r) => input.addSales(r));
  return report;
}

/** The kind's file in a folder: the text file of SPEC section 2, else its Parquet twin. */
export function feedFileIn(dir: string, kind: FeedKind): string | undefined {
  const text = join(dir, FEED_FILES[kind]);
  if (existsSync(text)) return text;
  const parquet = text.replace(/\.(jsonl|csv)$/, '.parquet');
  return existsSync(parquet) ? parquet : undefined;
}

/**
 * A feed file as a byte stream of the text feed, with its size and how much was read: Parquet
 * through DuckDB. A Parquet file that cannot be read at all is reported (no line: the whole file)
 * and read as absent.
 */
export async function openFeedFile(
  path: string,
  kind: FeedKind,
  onRejected: (rejection: Rejection) => void,
): Promise<{ stream: Readable; size: number; done: (lines: number) => number } | undefined> {
  if (!path.endsWith('.parquet')) {
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    return { stream, size: statSync(path).size, done: () => stream.bytesRead };
  }
  try {
    const feed = await openParquetFeed(path, kind, (message) =>
      onRejected({ line: 0, code: 'MALFORMED_PARQUET', message }),
    );
    return { stream: feed.source, size: feed.rows, done: (lines) => lines };
  } catch (error) {
    if (!isAppError(error) || error.code !== 'MALFORMED_PARQUET') throw error;
    onRejected({ line: 0, code: 'MALFORMED_PARQUET', message: error.message });
    return undefined;
  }
}
