import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseCsvSync } from 'csv-parse/sync';
import type { FeedLineCode } from './feed.clean.js';
import { cleanFeedLine } from './feed.clean.js';
import type { SalesRecord } from './feed.contract.js';
import { inChunks } from './feed.lines.js';
import type { FieldNote } from './feed.sanitise.js';

/** `SalesLine` of feed.parse.ts, which hands this file its slow path. */
type SalesLine =
  | { line: number; record: SalesRecord; notes: FieldNote[] }
  | { line: number; rejection: { line: number; code: FeedLineCode; message: string } };

/**
 * A sales line already in the contract's canonical form: the header's four columns, an id of the
 * allowed characters, a real `YYYY-MM-DD` date from 1900 to 2100, whole orders up to 12 digits,
 * revenue with at most 10 integer digits and 2 decimals. For such a line `cleanFeedLine` gives
 * exactly the record built below, with no note (the columnar scan's CANONICAL rule, in JS).
 */
const CANONICAL =
  /^([A-Za-z0-9][A-Za-z0-9_.:-]{0,63}),(\d{4})-(\d\d)-(\d\d),(\d{1,12}),(\d{1,10}(?:\.\d{1,2})?)$/;
const HEADER = 'seller_id,date,orders,revenue';
const MAX_LINE_CHARS = 64 * 1024;

export type SlowPath = (source: Readable) => AsyncGenerator<SalesLine>;

/**
 * Reads `sales.csv` a chunk at a time, yielding the parsed lines of each chunk together. Canonical
 * lines are read by one regular expression; any other line without quotes or carriage returns is
 * read by csv-parse on its own, with the same options; from the first line that could span lines
 * (a quote), or when the header is not the contract's four columns, the rest of the file goes to
 * `slow` (the streaming csv-parse reader), so lines, notes and refusals are exactly its own.
 */
export async function* readSalesChunks(source: Readable, slow: SlowPath): AsyncGenerator<SalesLine[]> {
  const decoder = new StringDecoder('utf8');
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let pending = '';
  let number = 0;
  let header: string | undefined;
  let crlf = false;
  // The streaming reader is given the header and, in place of the lines already read (quote-free,
  // so they leave it in no open field), as many empty lines: it counts lines as it would have.
  const handOver = (rest: string, linesRead: number) => {
    const end = crlf ? '\r\n' : '\n';
    const prefix = linesRead === 0 ? '' : `${HEADER}${end}${end.repeat(linesRead - 1)}`;
    return inChunks(slow(Readable.from(remainder(prefix + rest, iterator, decoder))));
  };
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      pending += decoder.end();
      break;
    }
    let text = pending + (typeof next.value === 'string' ? next.value : decoder.write(next.value));
    if (header === undefined) {
      const end = text.indexOf('\n');
      if (end === -1 && text.length < MAX_LINE_CHARS) {
        pending = text;
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = end === -1 ? text : text.slice(0, end);
      crlf = first.endsWith('\r');
      if ((crlf ? first.slice(0, -1) : first) !== HEADER) {
        yield* handOver(text, 0);
        return;
      }
      header = HEADER;
      number = 1;
      text = text.slice(end + 1);
    }
    const out: SalesLine[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end);
      const read = readLine(line, number + 1, crlf);
      if (read === 'slow') {
        if (out.length > 0) yield out;
        yield* handOver(text.slice(start), number);
        return;
      }
      number += 1;
      start = end + 1;
      if (read) out.push(read);
    }
    pending = text.slice(start);
    if (pending.length > MAX_LINE_CHARS) {
      if (out.length > 0) yield out;
      yield* handOver(pending, number);
      return;
    }
    if (out.length > 0) yield out;
  }
  if (header === undefined) {
    yield* handOver(pending, 0);
    return;
  }
  if (pending.length > 0) {
    const read = readLine(pending, number + 1, crlf);
    if (read === 'slow') yield* handOver(pending, number);
    else if (read) yield [read];
  }
}

/** One line: its parsed form, undefined for a blank line, 'slow' when only the streaming reader can say. */
function readLine(raw: string, line: number, crlf: boolean): SalesLine | undefined | 'slow' {
  let text = raw;
  if (crlf) {
    if (!text.endsWith('\r')) return 'slow';
    text = text.slice(0, -1);
  }
  if (text.includes('\r') || text.includes('"')) return 'slow';
  const m = CANONICAL.exec(text);
  if (m && isCalendarDay(m[2]!, m[3]!, m[4]!)) {
    const record: SalesRecord = {
      seller_id: m[1]!,
      date: `${m[2]}-${m[3]}-${m[4]}`,
      orders: Number(m[5]),
      revenue: Math.round(Number(m[6]) * 100) / 100,
    };
    return { line, record, notes: [] };
  }
  if (text === '') return undefined;
  return exactLine(text, line);
}

/** A quote-free line that is not canonical: csv-parse on the line alone, with the streaming reader's options. */
function exactLine(text: string, line: number): SalesLine | undefined | 'slow' {
  let records: Record<string, string>[];
  try {
    records = parseCsvSync(text, {
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      columns: HEADER.split(','),
    }) as Record<string, string>[];
  } catch {
    return 'slow';
  }
  if (records.length === 0) return undefined;
  if (records.length > 1) return 'slow';
  const result = cleanFeedLine('sales', records[0]);
  if ('refused' in result) return { line, rejection: { line, ...result.refused } };
  return { line, record: result.record, notes: result.notes };
}

function isCalendarDay(y: string, m: string, d: string): boolean {
  const year = Number(y);
  if (year < 1900 || year > 2100) return false;
  const at = new Date(Date.UTC(year, Number(m) - 1, Number(d)));
  return at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(d);
}

async function* remainder(first: string, iterator: AsyncIterator<Buffer | string>, decoder: StringDecoder) {
  yield first;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    yield typeof next.value === 'string' ? next.value : decoder.write(next.value);
  }
  const tail = decoder.end();
  if (tail) yield tail;
}
