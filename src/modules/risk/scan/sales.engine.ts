import type { ColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import { sqlText } from '../../../adapters/columnar/duckdb.js';
import { cleanFeedLine, type FieldNote, type Rejection, SALES_COLUMNS } from '../../sellers/index.js';
import { dateOfDay, dayNumber } from '../anomalies/index.js';

/**
 * `sales.csv` (or `sales.parquet`), the feed's most numerous file, read, cleaned and aggregated in
 * the columnar engine. A row already in the contract's canonical form (an id of the allowed
 * characters, a `YYYY-MM-DD` date between 1900 and 2100, whole orders, revenue with at most two
 * decimals) is read by SQL, which gives exactly what `cleanFeedLine` gives for it, without a
 * note; every other row is handed to `cleanFeedLine` itself, so respelled, noted and refused rows
 * get the one contract's notes and codes. A day sent twice keeps its last row, as in the store.
 */
const CANONICAL = `coalesce(
  regexp_full_match(seller_id, '[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}')
  AND regexp_full_match(sales_date, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
  AND strftime(try_strptime(sales_date, '%Y-%m-%d'), '%Y-%m-%d') = sales_date
  AND substr(sales_date, 1, 4)::INTEGER BETWEEN 1900 AND 2100
  AND (orders IS NULL OR regexp_full_match(orders, '[0-9]{1,12}'))
  AND (revenue IS NULL OR regexp_full_match(revenue, '[0-9]{1,10}([.][0-9]{1,2})?')), false)`;

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!;

export interface SalesEngineReport {
  /** The file could not be read at all (reported): its data counts as absent. */
  unreadable: boolean;
  /** Rows read into the panel (a day sent twice counted twice), rows of unknown sellers. */
  rows: number;
  skipped: number;
  earliestDay: number;
  latestDay: number;
  /** The market's orders per day over every seller read. */
  marketOrders: Map<string, number>;
}

export interface SalesEngineCallbacks {
  onRejected: (rejection: Rejection) => void;
  onNotes: (sellerId: string, notes: FieldNote[]) => void;
  /** The seller's index in table `sellers`, or undefined for a seller the feed does not hold. */
  indexOf: (sellerId: string) => number | undefined;
}

/** The source of the sales rows, every column as text, or a refusal when the header lacks a column. */
async function salesSource(engine: ColumnarEngine, path: string): Promise<string | Rejection> {
  const source = path.endsWith('.parquet')
    ? `read_parquet(${sqlText(path)})`
    : `read_csv(${sqlText(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
        null_padding = true, strict_mode = false, ignore_errors = true, store_rejects = true,
        max_line_size = 1048576)`;
  const code = path.endsWith('.parquet') ? 'MALFORMED_PARQUET' : 'MALFORMED_CSV';
  let columns: string[];
  try {
    columns = (await engine.rows(`DESCRIBE SELECT * FROM ${source}`)).map((row) => String(row[0]));
  } catch (error) {
    return { line: 0, code, message: `cannot be read: ${firstLine(error)}` };
  }
  const missing = SALES_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0)
    return code === 'MALFORMED_CSV'
      ? { line: 1, code, message: `header lacks ${missing.join(', ')}` }
      : { line: 0, code, message: `lacks the columns ${missing.join(', ')}` };
  return source;
}

/**
 * Loads the sales file into `sales_days (idx, day, orders, revenue)`, one row per seller and day,
 * for the sellers of table `sellers (sid, idx, part)`.
 */
export async function loadSales(
  engine: ColumnarEngine,
  path: string,
  callbacks: SalesEngineCallbacks,
): Promise<SalesEngineReport> {
  const report: SalesEngineReport = {
    unreadable: false,
    rows: 0,
    skipped: 0,
    earliestDay: Number.POSITIVE_INFINITY,
    latestDay: Number.NEGATIVE_INFINITY,
    marketOrders: new Map(),
  };
  const source = await salesSource(engine, path);
  if (typeof source !== 'string') {
    callbacks.onRejected(source);
    return { ...report, unreadable: source.line === 0 };
  }
  try {
    await readRaw(engine, source);
  } catch (error) {
    callbacks.onRejected({
      line: 0,
      code: path.endsWith('.parquet') ? 'MALFORMED_PARQUET' : 'MALFORMED_CSV',
      message: `cannot be read: ${firstLine(error)}`,
    });
    return { ...report, unreadable: true };
  }
  if (!path.endsWith('.parquet'))
    for (const [line, message] of await engine.rows(
      'SELECT DISTINCT line, error_message FROM reject_errors ORDER BY line',
    ))
      callbacks.onRejected({ line: Number(line), code: 'MALFORMED_CSV', message: String(message) });
  await engine.run(`CREATE TABLE sales_rows AS SELECT s.idx,
      date_diff('day', DATE '1970-01-01', strptime(r.sales_date, '%Y-%m-%d')::DATE)::INTEGER AS day,
      r.orders::DOUBLE AS orders, coalesce(r.revenue::DOUBLE, 0) AS revenue, r.rowid AS rn
    FROM sales_raw r JOIN sellers s ON s.sid = r.seller_id
    WHERE ${CANONICAL} AND r.orders IS NOT NULL`);
  const [unknown] = await engine.rows(
    `SELECT count(*) FROM sales_raw r ANTI JOIN sellers s ON s.sid = r.seller_id WHERE ${CANONICAL}`,
  );
  report.skipped += Number(unknown?.[0] ?? 0);
  await cleanTheRest(engine, path, report, callbacks);
  await engine.run(`CREATE TABLE sales_days AS SELECT idx, day,
      arg_max(orders, rn) AS orders, arg_max(revenue, rn) AS revenue
    FROM sales_rows GROUP BY idx, day`);
  const [bounds] = await engine.rows('SELECT count(*), min(day), max(day) FROM sales_rows');
  report.rows = Number(bounds?.[0] ?? 0);
  if (report.rows > 0) {
    report.earliestDay = Number(bounds?.[1]);
    report.latestDay = Number(bounds?.[2]);
  }
  for (const [day, orders] of await engine.rows('SELECT day, sum(orders) FROM sales_days GROUP BY day'))
    report.marketOrders.set(dateOfDay(Number(day)), Number(orders));
  await engine.run('DROP TABLE sales_raw; DROP TABLE sales_rows');
  return report;
}

/** Rows not in canonical form: through `cleanFeedLine`, then into `sales_rows` in their place. */
async function cleanTheRest(
  engine: ColumnarEngine,
  path: string,
  report: SalesEngineReport,
  callbacks: SalesEngineCallbacks,
) {
  const appender = await engine.connection.createAppender('sales_rows');
  const firstLine = path.endsWith('.parquet') ? 1 : 2;
  await engine.chunks(
    `SELECT rowid, raw_seller_id, raw_date, raw_orders, raw_revenue FROM sales_raw WHERE NOT ${CANONICAL} ORDER BY rowid`,
    (columns, rows) => {
      for (let i = 0; i < rows; i++) {
        const rowid = Number(columns[0]![i]);
        const row = {
          seller_id: columns[1]![i] ?? undefined,
          date: columns[2]![i] ?? undefined,
          orders: columns[3]![i] ?? undefined,
          revenue: columns[4]![i] ?? undefined,
        };
        const result = cleanFeedLine('sales', row);
        if ('refused' in result) {
          callbacks.onRejected({ line: rowid + firstLine, ...result.refused });
          continue;
        }
        const { record, notes } = result;
        if (notes.length > 0) callbacks.onNotes(record.seller_id, notes);
        const idx = callbacks.indexOf(record.seller_id);
        if (idx === undefined) {
          report.skipped += 1;
          continue;
        }
        if (record.orders === undefined) continue;
        appender.appendInteger(idx);
        appender.appendInteger(dayNumber(record.date));
        appender.appendDouble(record.orders);
        appender.appendDouble(record.revenue ?? 0);
        appender.appendBigInt(BigInt(rowid));
        appender.endRow();
      }
    },
  );
  appender.closeSync();
}

/** The rows as text, in file order (insertion order is kept, so rowid is the row's place). */
async function readRaw(engine: ColumnarEngine, source: string) {
  await engine.run(`CREATE TABLE sales_raw AS SELECT
      trim(seller_id::VARCHAR) AS seller_id, trim("date"::VARCHAR) AS sales_date,
      nullif(trim(orders::VARCHAR), '') AS orders, nullif(trim(revenue::VARCHAR), '') AS revenue,
      seller_id::VARCHAR AS raw_seller_id, "date"::VARCHAR AS raw_date,
      orders::VARCHAR AS raw_orders, revenue::VARCHAR AS raw_revenue
    FROM ${source}`);
}
