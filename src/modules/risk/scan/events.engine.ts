import type { DuckDBAppender } from '@duckdb/node-api';
import type { ColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import {
  type FieldNote,
  MAX_LINE_BYTES,
  type ParsedLine,
  parseFeedLine,
  type Rejection,
  readLines,
} from '../../sellers/index.js';
import type { IdentityCheck } from '../triggers/identity-verification/identity-verification.detect.js';
import type { MismatchEvent } from '../triggers/registration-mismatch/registration-mismatch.detect.js';
import { canonicalEvent, parsedLine, readableLine, valueAt } from './events.canonical.js';

/**
 * `events.jsonl` (or `events.parquet`) read, checked and kept in the columnar engine. Node splits
 * the lines (the contract's own splitter: line numbers, BOM, CRLF, a line too long) and reads each
 * through `parseFeedLine` (by default; or, with `engine`, a line already in canonical form by
 * DuckDB's JSON functions, events.canonical.ts), so respellings, notes and refusals are the
 * contract's own. The engine then drops lines of unknown sellers and a line sent twice (the first is kept),
 * and keeps one row per event: whereabouts and identity checks are read one partition at a time,
 * the association identifiers streamed once in file order.
 */
const COLUMNS = `ln INTEGER, sid VARCHAR, type VARCHAR, event_id VARCHAR, happened_at VARCHAR, at_ms BIGINT,
  ip VARCHAR, ip_country VARCHAR, device_id VARCHAR, ship_type VARCHAR, ship_country VARCHAR,
  bank_account_number VARCHAR, bank_country VARCHAR, card_fingerprint VARCHAR, result VARCHAR,
  reason VARCHAR, field VARCHAR, old_value VARCHAR, new_value VARCHAR`;

/** The fields of a cleaned event the scan reads, in the order of COLUMNS after `at_ms`. */
const FIELDS = [
  ['ip'],
  ['ip_country'],
  ['device_id'],
  ['ship_from', 'type'],
  ['ship_from', 'country'],
  ['bank_account_number'],
  ['bank_country'],
  ['card_fingerprint'],
  ['result'],
  ['reason'],
  ['field'],
  ['old'],
  ['new'],
] as const;

export interface EventsEngineReport {
  /** Events kept (known seller, first of their id), lines of unknown sellers, lines sent again. */
  events: number;
  skipped: number;
  duplicates: number;
  latestEventAt: number;
  /** Lines read through the contract in Node (not in canonical form), refused ones included. */
  byContract: number;
}

export interface EventsEngineCallbacks {
  onRejected: (rejection: Rejection) => void;
  onNotes: (sellerId: string, notes: FieldNote[]) => void;
  onLines?: (lines: number) => void;
  /**
   * Awaited once every line is read, before the lines are joined to table `sellers`: the scan
   * reads the profiles on another thread meanwhile and creates the table here.
   */
  beforeKeep?: () => Promise<void>;
}

/**
 * Where event lines are parsed: `node` (the default), each through `parseFeedLine` as it is read
 * (canonical lines by its fast path, feed.events-fast.ts, the rest by the contract's walk), the
 * cleaned fields appended to the engine; `engine`, canonical lines by DuckDB's JSON functions and
 * the rest through the contract. Both give the same rows; with the fast path `node` costs ~35 %
 * less CPU for the events, for about the same wall time on the loaded 2-core machine
 * (docs/benchmarks.md, "Scan and import profiled").
 */
export type EventParser = 'node' | 'engine';

/** Loads the events into `events`, one row per kept event, for the sellers of table `sellers (sid, idx, part)`. */
export async function loadEvents(
  engine: ColumnarEngine,
  source: AsyncIterable<Buffer | string>,
  callbacks: EventsEngineCallbacks,
  parser: EventParser = 'node',
): Promise<EventsEngineReport> {
  await engine.run(`CREATE TABLE events_read (${COLUMNS})`);
  const byContract =
    parser === 'node'
      ? await readThroughContract(engine, source, callbacks)
      : await readInEngine(engine, source, callbacks);
  await callbacks.beforeKeep?.();
  // An event sent twice keeps its first line. Found by an aggregate, which spills to disk, rather
  // than a window over every event, which ran out of memory at a million sellers.
  await engine.run(`CREATE TABLE events_twice AS SELECT sid, event_id, min(ln) AS first
    FROM events_read WHERE event_id IS NOT NULL GROUP BY sid, event_id HAVING count(*) > 1`);
  await engine.run(`CREATE TABLE events AS SELECT e.*, s.idx, s.part
    FROM events_read e JOIN sellers s ON s.sid = e.sid
    LEFT JOIN events_twice t ON t.sid = e.sid AND t.event_id = e.event_id
    WHERE t.first IS NULL OR t.first = e.ln`);
  const [counts] = await engine.rows(`SELECT
      (SELECT count(*) FROM events), (SELECT max(at_ms) FROM events),
      (SELECT count(*) FROM events_read e ANTI JOIN sellers s ON s.sid = e.sid),
      (SELECT count(*) FROM events_read)`);
  await engine.run('DROP TABLE events_read; DROP TABLE events_twice');
  const [events, latest, skipped, read] = (counts ?? []).map((value) =>
    value === null ? Number.NEGATIVE_INFINITY : Number(value),
  ) as [number, number, number, number];
  return { events, skipped, duplicates: read - skipped - events, latestEventAt: latest, byContract };
}

/** Every line through the contract as it is read, its cleaned fields into `events_read`. */
async function readThroughContract(
  engine: ColumnarEngine,
  source: AsyncIterable<Buffer | string>,
  callbacks: EventsEngineCallbacks,
): Promise<number> {
  const appender = await engine.connection.createAppender('events_read');
  let lines = 0;
  let count = 0;
  for await (const line of readLines(source, MAX_LINE_BYTES)) {
    lines += 1;
    if (lines % 100_000 === 0) callbacks.onLines?.(lines);
    if (line.tooLong) {
      count += 1;
      callbacks.onRejected(tooLong(line.number));
      continue;
    }
    if (line.text.trim() === '') continue;
    count += 1;
    appendParsed(appender, parseFeedLine('events', line.text, line.number), callbacks);
  }
  appender.closeSync();
  return count;
}

/** The lines into the engine as text; canonical ones read by SQL, the rest through the contract. */
async function readInEngine(
  engine: ColumnarEngine,
  source: AsyncIterable<Buffer | string>,
  callbacks: EventsEngineCallbacks,
): Promise<number> {
  await engine.run('CREATE TABLE events_raw (ln INTEGER, text VARCHAR)');
  const raw = await engine.connection.createAppender('events_raw');
  // DuckDB's client drops a leading U+FEFF from the text it gives back, so a line that starts with
  // one (a BOM inside the file, as `cat` of two exported files makes) would reach the contract
  // without it and be taken, where the contract refuses it. Such a line is kept here whole, and
  // goes in behind a backslash, which no canonical line holds: it is read by the contract.
  const startingWithBom = new Map<number, string>();
  let lines = 0;
  for await (const line of readLines(source, MAX_LINE_BYTES)) {
    lines += 1;
    if (lines % 100_000 === 0) callbacks.onLines?.(lines);
    if (!line.tooLong && line.text.trim() === '') continue;
    raw.appendInteger(line.number);
    if (line.tooLong) raw.appendNull();
    else if (line.text.startsWith('\uFEFF')) {
      startingWithBom.set(line.number, line.text);
      raw.appendVarchar(`\\${line.text}`);
    } else raw.appendVarchar(line.text);
    raw.endRow();
  }
  raw.closeSync();
  // One parse per line: the values the rule and the scan read, the line's keys and values.
  await engine.run(`CREATE TABLE events_parsed AS SELECT ln, CASE WHEN NOT ok THEN text END AS text, ok,
      CASE WHEN ok THEN v END AS v
    FROM (SELECT ln, text, v, ${canonicalEvent()} AS ok FROM (SELECT ln, text, ${parsedLine('text', 'readable')}
      FROM (SELECT ln, text, ${readableLine('text')} AS readable FROM events_raw)))`);
  await engine.run('DROP TABLE events_raw');
  const get = (path: string) => `${valueAt(path)} ->> '$'`;
  await engine.run(`INSERT INTO events_read SELECT ln, ${get('$.seller_id')}, ${get('$.type')},
      ${get('$.event_id')}, ${get('$.at')}, epoch_ms(strptime(${get('$.at')}, '%Y-%m-%dT%H:%M:%SZ')),
      ${FIELDS.map((path) => get(`$.${path.join('.')}`)).join(', ')}
    FROM events_parsed WHERE ok`);
  const byContract = await cleanTheRest(engine, callbacks, startingWithBom);
  await engine.run('DROP TABLE events_parsed');
  return byContract;
}

const tooLong = (line: number): Rejection => ({
  line,
  code: 'LINE_TOO_LONG',
  message: `line longer than ${MAX_LINE_BYTES} bytes`,
});

/** A line read through the contract: refused (reported), or its fields appended. */
function appendParsed(
  appender: DuckDBAppender,
  parsed: ParsedLine<'events'>,
  callbacks: EventsEngineCallbacks,
): void {
  if ('rejection' in parsed) {
    callbacks.onRejected(parsed.rejection);
    return;
  }
  const { record, notes, line } = parsed;
  if (notes.length > 0) callbacks.onNotes(record.seller_id, notes);
  const text = (value: unknown) => {
    if (typeof value === 'string') appender.appendVarchar(value);
    // Only text is read from these fields (an identifier that is not text links nothing).
    else appender.appendNull();
  };
  appender.appendInteger(line);
  appender.appendVarchar(record.seller_id);
  appender.appendVarchar(record.type);
  text(record.event_id);
  appender.appendVarchar(record.at);
  appender.appendBigInt(BigInt(Date.parse(record.at)));
  const fields = record as Record<string, unknown>;
  for (const path of FIELDS)
    text(path.length === 1 ? fields[path[0]] : (fields[path[0]] as Record<string, unknown>)?.[path[1]]);
  appender.endRow();
}

/** Lines not in canonical form: through the contract, then into `events_read` in their place. */
async function cleanTheRest(
  engine: ColumnarEngine,
  callbacks: EventsEngineCallbacks,
  kept: ReadonlyMap<number, string>,
): Promise<number> {
  let count = 0;
  const appender = await engine.connection.createAppender('events_read');
  await engine.chunks('SELECT ln, text FROM events_parsed WHERE NOT ok ORDER BY ln', (columns, rows) => {
    count += rows;
    for (let i = 0; i < rows; i++) {
      const line = Number(columns[0]![i]);
      const content = columns[1]![i];
      if (content === null) callbacks.onRejected(tooLong(line));
      else
        appendParsed(appender, parseFeedLine('events', kept.get(line) ?? String(content), line), callbacks);
    }
  });
  appender.closeSync();
  return count;
}

/** Streams the events that carry identifiers into the association index, in file order. */
/** One partition's whereabouts and identity checks, each seller's in file order. */
export async function readEventsPart(
  engine: ColumnarEngine,
  p: number,
  whereabouts: Map<string, MismatchEvent[]>,
  identityChecks: Map<string, IdentityCheck[]>,
) {
  const push = <T>(map: Map<string, T[]>, sellerId: string, item: T) => {
    const list = map.get(sellerId);
    if (list) list.push(item);
    else map.set(sellerId, [item]);
  };
  await engine.chunks(
    `SELECT sid, type, happened_at, ip_country, ship_type, ship_country, bank_country, result, reason FROM events
      WHERE part = ${p} AND CASE type WHEN 'identity_check' THEN result IS NOT NULL
        WHEN 'login' THEN ip_country IS NOT NULL WHEN 'payout' THEN bank_country IS NOT NULL
        WHEN 'shipment' THEN ship_type IS NOT NULL AND ship_country IS NOT NULL ELSE false END
      ORDER BY ln`,
    (columns, rows) => {
      const [sid, type, at, ipCountry, shipType, shipCountry, bankCountry, result, reason] =
        columns as string[][];
      for (let i = 0; i < rows; i++) {
        const seller = sid![i]!;
        switch (type![i]) {
          case 'identity_check':
            push(identityChecks, seller, {
              at: at![i]!,
              result: result![i] as IdentityCheck['result'],
              reason: reason![i] ?? undefined,
            });
            break;
          case 'login':
            push(whereabouts, seller, { type: 'login', at: at![i]!, ip_country: ipCountry![i]! });
            break;
          case 'shipment':
            push(whereabouts, seller, {
              type: 'shipment',
              at: at![i]!,
              ship_from: { type: shipType![i] as 'seller', country: shipCountry![i]! },
            });
            break;
          default:
            push(whereabouts, seller, { type: 'payout', at: at![i]!, bank_country: bankCountry![i]! });
        }
      }
    },
  );
}
