import type { DuckDBAppender, DuckDBPreparedStatement } from '@duckdb/node-api';
import type { ColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import type { FeedRecordOf } from '../../sellers/index.js';

/** Table `events_read`: one row per event line the contract took (the scan's columns of it). */
export const EVENT_COLUMNS = `ln INTEGER, sid VARCHAR, type VARCHAR, event_id VARCHAR, happened_at VARCHAR, at_ms BIGINT,
  ip VARCHAR, ip_country VARCHAR, device_id VARCHAR, ship_type VARCHAR, ship_country VARCHAR,
  bank_account_number VARCHAR, bank_country VARCHAR, card_fingerprint VARCHAR, result VARCHAR,
  reason VARCHAR, field VARCHAR, old_value VARCHAR, new_value VARCHAR`;

/** The fields of a cleaned event the scan reads, in the order of EVENT_COLUMNS after `at_ms`. */
export const EVENT_FIELDS = [
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

type EventRecord = FeedRecordOf<'events'>;

/** The field at `path` of a cleaned event, when it is text (an identifier that is not text links nothing). */
function textAt(record: EventRecord, path: readonly string[]): string | undefined {
  const fields = record as unknown as Record<string, unknown>;
  const value =
    path.length === 1 ? fields[path[0]!] : (fields[path[0]!] as Record<string, unknown>)?.[path[1]!];
  return typeof value === 'string' ? value : undefined;
}

/** One event's columns through the row appender, a call per value (for the few lines `EventRecords` cannot encode). */
export function appendEvent(appender: DuckDBAppender, record: EventRecord, line: number): void {
  const text = (value: string | undefined) => {
    if (value === undefined) appender.appendNull();
    else appender.appendVarchar(value);
  };
  appender.appendInteger(line);
  appender.appendVarchar(record.seller_id);
  appender.appendVarchar(record.type);
  text(typeof record.event_id === 'string' ? record.event_id : undefined);
  appender.appendVarchar(record.at);
  appender.appendBigInt(BigInt(Date.parse(record.at)));
  for (const path of EVENT_FIELDS) text(textAt(record, path));
  appender.endRow();
}

// An event as one text record: its columns joined by U+001F, absent ones written U+001D; records
// joined by U+001E, a batch of them bound to one statement that DuckDB splits.
const UNIT = '\x1f';
const ABSENT = '\x1d';
const RECORD = '\x1e';
// A line holding none of these gives values holding none of the separators: a JSON string can
// only carry them raw or escaped, and the contract removes characters, it never makes them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the separators are what is looked for
const UNENCODABLE = /[\\\x1d\x1e\x1f]/;
const BATCH = 8192;

const column = (i: number) => `f[${i}]`;
const absentable = (i: number) => `nullif(f[${i}], chr(29))`;
const SPLIT = `INSERT INTO events_read SELECT ${column(1)}::INTEGER, ${column(2)}, ${column(3)}, ${absentable(4)},
    ${column(5)}, ${column(6)}::BIGINT, ${EVENT_FIELDS.map((_, i) => absentable(7 + i)).join(', ')}
  FROM (SELECT string_split(r, chr(31)) AS f FROM (SELECT unnest(string_split($1::VARCHAR, chr(30))) AS r))`;

/**
 * Cleaned events into table `events_read` as compact text records, thousands a statement,
 * instead of 19 appender calls a row: the row appender's calls into the engine were the largest
 * cost of reading events (docs/scale.md, "scan8"). One statement runs in the engine while the
 * next batch is parsed. A line whose text holds a backslash or a separator (rare) is held and
 * appended value by value at the end; rows are told apart by their line number, not their order.
 */
export class EventRecords {
  private batch: string[] = [];
  private held: { record: EventRecord; line: number }[] = [];
  private running: Promise<void> | undefined;
  private failed: unknown;

  private constructor(
    private readonly engine: ColumnarEngine,
    private readonly split: DuckDBPreparedStatement,
  ) {}

  static async open(engine: ColumnarEngine): Promise<EventRecords> {
    return new EventRecords(engine, await engine.connection.prepare(SPLIT));
  }

  /** Adds the event `record` cleaned from `text`; returns a promise when the caller should wait. */
  add(text: string, record: EventRecord, line: number): Promise<void> | undefined {
    if (UNENCODABLE.test(text)) {
      this.held.push({ record, line });
      return undefined;
    }
    const eventId = typeof record.event_id === 'string' ? record.event_id : ABSENT;
    let encoded = `${line}${UNIT}${record.seller_id}${UNIT}${record.type}${UNIT}${eventId}${UNIT}${record.at}${UNIT}${Date.parse(record.at)}`;
    for (const path of EVENT_FIELDS) encoded += UNIT + (textAt(record, path) ?? ABSENT);
    this.batch.push(encoded);
    return this.batch.length >= BATCH ? this.send() : undefined;
  }

  /** Sends the batch once the previous statement is done; resolves when this one has started. */
  private async send(): Promise<void> {
    await this.settled();
    const text = this.batch.join(RECORD);
    this.batch = [];
    this.split.bindVarchar(1, text);
    // Caught here and thrown by the next `send` or `finish`, so a failure is never unhandled.
    this.running = this.split.run().then(
      () => undefined,
      (error: unknown) => {
        this.failed = error;
      },
    );
  }

  private async settled(): Promise<void> {
    await this.running;
    this.running = undefined;
    if (this.failed !== undefined) throw this.failed;
  }

  /** Every record into the table: the last batch, then the held lines. */
  async finish(): Promise<void> {
    if (this.batch.length > 0) await this.send();
    await this.settled();
    if (this.held.length === 0) return;
    const appender = await this.engine.connection.createAppender('events_read');
    for (const { record, line } of this.held) appendEvent(appender, record, line);
    appender.closeSync();
    this.held = [];
  }
}
