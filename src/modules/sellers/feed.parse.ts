import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { z } from 'zod';
import type { ErrorCode } from '../../platform/errors.js';
import {
  DocumentRecord,
  EVENT_TYPES,
  EventRecord,
  type FeedKind,
  SALES_COLUMNS,
  SalesRecord,
  SellerRecord,
} from './feed.contract.js';
import { readLines } from './feed.lines.js';

export const FEED_SCHEMAS = {
  sellers: SellerRecord,
  events: EventRecord,
  sales: SalesRecord,
  documents: DocumentRecord,
} as const;

export type FeedRecordOf<K extends FeedKind> = z.infer<(typeof FEED_SCHEMAS)[K]>;

/** A line that was not loaded, and why: reported as `file:line: CODE message`. */
export interface Rejection {
  line: number;
  code: ErrorCode;
  message: string;
}

export type ParsedLine<K extends FeedKind> =
  | { line: number; record: FeedRecordOf<K> }
  | { line: number; rejection: Rejection };

export const MAX_LINE_BYTES = 1024 * 1024;

/** Reads one feed file: NDJSON for sellers, events and documents; CSV for sales. */
export function parseFeed<K extends FeedKind>(kind: K, source: Readable): AsyncGenerator<ParsedLine<K>> {
  return kind === 'sales'
    ? (parseSalesCsv(source) as AsyncGenerator<ParsedLine<K>>)
    : parseNdjson(kind, source);
}

async function* parseNdjson<K extends FeedKind>(kind: K, source: Readable): AsyncGenerator<ParsedLine<K>> {
  const schema = FEED_SCHEMAS[kind];
  for await (const line of readLines(source, MAX_LINE_BYTES)) {
    if (line.tooLong) {
      yield reject(line.number, 'LINE_TOO_LONG', `line longer than ${MAX_LINE_BYTES} bytes`);
      continue;
    }
    if (line.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      yield reject(line.number, 'MALFORMED_JSON', (error as Error).message);
      continue;
    }
    yield validate(schema, value, line.number) as ParsedLine<K>;
  }
}

async function* parseSalesCsv(source: Readable): AsyncGenerator<ParsedLine<'sales'>> {
  const skipped: Rejection[] = [];
  let headerError: Rejection | undefined;
  const parser = source.pipe(
    parseCsv({
      bom: true,
      trim: true,
      skip_empty_lines: true,
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
    yield validate(SalesRecord, record, info.lines);
  }
  if (headerError) yield { line: 1, rejection: headerError };
  while (skipped.length > 0) yield { line: skipped[0]!.line, rejection: skipped.shift()! };
}

function validate<S extends z.ZodType>(schema: S, value: unknown, line: number) {
  const result = schema.safeParse(value);
  if (result.success) return { line, record: result.data as z.infer<S> };
  const issue = result.error.issues[0]!;
  const path = issue.path.join('.');
  if (issue.code === 'invalid_union' && (path === 'type' || 'discriminator' in issue)) {
    const type = (value as { type?: unknown } | null)?.type;
    const what = typeof type === 'string' ? `unknown event type "${type}"` : 'missing event type';
    return reject(line, 'UNKNOWN_EVENT_TYPE', `${what}; expected one of ${EVENT_TYPES.join(', ')}`);
  }
  return reject(line, 'VALIDATION_FAILED', path ? `${path}: ${issue.message}` : issue.message);
}

const reject = (line: number, code: ErrorCode, message: string) => ({
  line,
  rejection: { line, code, message },
});
