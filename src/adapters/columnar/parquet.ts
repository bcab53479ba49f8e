import { Readable } from 'node:stream';
import type { FeedKind } from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import { openColumnarEngine, sqlText } from './duckdb.js';

/** The columns a Parquet feed file must have: the contract's required fields. */
const REQUIRED_COLUMNS: Record<FeedKind, readonly string[]> = {
  sellers: ['seller_id'],
  events: ['seller_id', 'type', 'at'],
  documents: ['seller_id', 'type', 'status'],
  sales: ['seller_id', 'date', 'orders', 'revenue'],
};

export interface ParquetFeed {
  /** The rows as the text feed would send them: one JSON object a line, or CSV for sales. */
  source: Readable;
  rows: number;
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!;

/**
 * A Parquet feed file (what warehouses export) read by DuckDB and handed on as the text feed, so
 * every row still goes through the one feed contract; its line numbers are row numbers (counted
 * from 1, and from 2 in sales, whose CSV has a header). A file that is not Parquet, is truncated
 * or lacks a required column is refused whole (`MALFORMED_PARQUET`, naming the file); a row group
 * that cannot be read ends the file there, reported through `onUnreadable` with its number.
 */
export async function openParquetFeed(
  path: string,
  kind: FeedKind,
  onUnreadable: (message: string) => void,
): Promise<ParquetFeed> {
  const engine = await openColumnarEngine({ memoryLimit: '512MB', threads: 1 });
  let columns: string[];
  let groups: { id: number; rows: number }[];
  try {
    columns = (await engine.rows(`DESCRIBE SELECT * FROM read_parquet(${sqlText(path)})`)).map((r) =>
      String(r[0]),
    );
    groups = (
      await engine.rows(
        `SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata(${sqlText(path)}) ORDER BY 1`,
      )
    ).map(([id, rows]) => ({ id: Number(id), rows: Number(rows) }));
  } catch (error) {
    engine.close();
    throw new AppError('MALFORMED_PARQUET', `not a readable Parquet file: ${firstLine(error)}`, {
      where: path,
    });
  }
  const missing = REQUIRED_COLUMNS[kind].filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    engine.close();
    throw new AppError(
      'MALFORMED_PARQUET',
      `lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      {
        where: path,
      },
    );
  }
  const select =
    kind === 'sales'
      ? `SELECT concat_ws(',', ${REQUIRED_COLUMNS.sales.map((c) => `coalesce('"' || replace("${c}"::VARCHAR, '"', '""') || '"', '')`).join(', ')})`
      : 'SELECT to_json(t)::VARCHAR';
  async function* lines() {
    let read = 0;
    try {
      if (kind === 'sales') yield `${REQUIRED_COLUMNS.sales.join(',')}\n`;
      const result = await engine.connection.stream(`${select} FROM read_parquet(${sqlText(path)}) t`);
      for (
        let chunk = await result.fetchChunk();
        chunk && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        const texts = chunk.getColumnValues(0) as string[];
        read += texts.length;
        yield `${texts.join('\n')}\n`;
      }
    } catch (error) {
      let first = 0;
      const group = groups.find((g) => {
        first += g.rows;
        return read < first;
      });
      onUnreadable(
        `row group ${group?.id ?? '?'} (from row ${read + 1}) cannot be read: ${firstLine(error)}; the rows before it were read`,
      );
    } finally {
      engine.close();
    }
  }
  return {
    source: Readable.from(lines(), { objectMode: false }),
    rows: groups.reduce((n, g) => n + g.rows, 0),
  };
}
