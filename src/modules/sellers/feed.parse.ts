import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { cleanFeedLine, type FeedLineCode, type FeedRecords } from './feed.clean.js';
import { type FeedKind, SALES_COLUMNS } from './feed.contract.js';
import { canonicalEventRecord } from './feed.events-fast.js';
import { inChunks, readLines } from './feed.lines.js';
import { canonicalDocumentRecord, canonicalSellerRecord } from './feed.profiles-fast.js';
import { readSalesChunks } from './feed.sales-fast.js';
import type { FieldNote } from './feed.sanitise.js';

export type FeedRecordOf<K extends FeedKind> = FeedRecords[K];

/** A line that was not loaded, and why: reported as `file:line: CODE message`. */
export interface Rejection {
  line: number;
  code: FeedLineCode;
  message: string;
}

export type ParsedLine<K extends FeedKind> =
  | { line: number; record: FeedRecordOf<K>; notes: FieldNote[] }
  | { line: number; rejection: Rejection };

export const MAX_LINE_BYTES = 1024 * 1024;

/** Canonical lines by kind, recognised without the contract's walk (feed.*-fast.ts). */
const FAST_PATHS: { [K in FeedKind]?: (value: unknown) => FeedRecordOf<K> | undefined } = {
  events: canonicalEventRecord,
  sellers: canonicalSellerRecord,
  documents: canonicalDocumentRecord,
};

/** Reads one feed file: NDJSON for sellers, events and documents; CSV for sales. */
export function parseFeed<K extends FeedKind>(kind: K, source: Readable): AsyncGenerator<ParsedLine<K>> {
  return kind === 'sales'
    ? (parseSalesCsv(source) as AsyncGenerator<ParsedLine<K>>)
    : parseNdjson(kind, source);
}

async function* parseNdjson<K extends FeedKind>(kind: K, source: Readable): AsyncGenerator<ParsedLine<K>> {
  for await (const line of readLines(source, MAX_LINE_BYTES)) {
    if (line.tooLong) {
      yield reject(line.number, 'LINE_TOO_LONG', `line longer than ${MAX_LINE_BYTES} bytes`);
      continue;
    }
    if (line.text.trim() === '') continue;
    yield parseFeedLine(kind, line.text, line.number);
  }
}

/** One line of an NDJSON feed file (not blank, not too long) read through the contract. */
export function parseFeedLine<K extends FeedKind>(kind: K, text: string, line: number): ParsedLine<K> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return reject(line, 'MALFORMED_JSON', (error as Error).message);
  }
  // Most lines are already canonical: the same record, without the generic walk.
  const record = FAST_PATHS[kind]?.(value);
  if (record) return { line, record: record as FeedRecordOf<K>, notes: [] };
  return clean(kind, value, line);
}

/**
 * The same lines as `parseFeed`, a chunk of the file at a time: the bulk import reads them so, and
 * sales lines in canonical form skip the CSV parser (feed.sales-fast.ts).
 */
export async function* parseFeedChunks<K extends FeedKind>(
  kind: K,
  source: Readable,
): AsyncGenerator<ParsedLine<K>[]> {
  if (kind === 'sales') {
    yield* readSalesChunks(source, parseSalesCsv) as AsyncGenerator<ParsedLine<K>[]>;
    return;
  }
  yield* inChunks(parseNdjson(kind, source));
}

async function* parseSalesCsv(source: Readable): AsyncGenerator<ParsedLine<'sales'>> {
  const skipped: Rejection[] = [];
  let headerError: Rejection | undefined;
  const parser = source.pipe(
    parseCsv({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      // A trailing comma, or a column the export added: the named columns are what is read.
      relax_column_count: true,
      info: true,
      max_record_size: MAX_LINE_BYTES,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) skipped.push({ line: error.lines ?? 0, code: 'MALFORMED_CSV', message: error.message });
        return undefined;
      },
      columns: (header: string[]) => {
        const missing = SALES_COLUMNS.filter((column) => !header.includes(column));
        if (missing.length > 0)
          headerError = { line: 1, code: 'MALFORMED_CSV', message: `header lacks ${missing.join(', ')}` };
        return header;
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    while (skipped.length > 0) yield { line: skipped[0]!.line, rejection: skipped.shift()! };
    if (headerError) {
      parser.destroy();
      source.destroy();
      break;
    }
    yield clean('sales', record, info.lines);
  }
  if (headerError) yield { line: 1, rejection: headerError };
  while (skipped.length > 0) yield { line: skipped[0]!.line, rejection: skipped.shift()! };
}

function clean<K extends FeedKind>(kind: K, value: unknown, line: number): ParsedLine<K> {
  const result = cleanFeedLine(kind, value);
  if ('refused' in result) return reject(line, result.refused.code, result.refused.message);
  return { line, record: result.record, notes: result.notes };
}

const reject = (line: number, code: FeedLineCode, message: string) => ({
  line,
  rejection: { line, code, message },
});
