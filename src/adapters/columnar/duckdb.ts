import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';

/**
 * An in-process DuckDB for one batch job: a database file in a fresh temporary folder (so tables
 * larger than the memory limit spill to disk), two threads, no extension ever fetched. `close()`
 * removes the folder.
 */
export interface ColumnarEngine {
  readonly connection: DuckDBConnection;
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<DuckDBValue[][]>;
  /** Streams a result a chunk (2,048 rows) at a time, as columns of values. */
  chunks(sql: string, onChunk: (columns: DuckDBValue[][], rows: number) => void): Promise<void>;
  close(): void;
}

export interface EngineOptions {
  /** DuckDB's memory limit, e.g. `1GB`; beyond it, operators spill to the temporary folder. */
  memoryLimit?: string;
  threads?: number;
  /** Told when a statement needed more memory than the limit and was run again with more. */
  onMemoryRaised?: (megabytes: number, sql: string) => void;
}

const MEGABYTES = /^(\d+(?:\.\d+)?)\s*(MB|GB)$/i;
const megabytesOf = (limit: string) => {
  const [, amount, unit] = MEGABYTES.exec(limit) ?? [];
  if (!amount) throw new Error(`memory limit ${limit}: give it in MB or GB`);
  return Number(amount) * (unit?.toUpperCase() === 'GB' ? 1000 : 1);
};
const outOfMemory = (error: unknown) =>
  String((error as Error)?.message ?? error).includes('Out of Memory Error');

export async function openColumnarEngine(options: EngineOptions = {}): Promise<ColumnarEngine> {
  let limit = megabytesOf(options.memoryLimit ?? '1GB');
  const folder = mkdtempSync(join(tmpdir(), 'secondlook-columnar-'));
  const instance = await DuckDBInstance.create(join(folder, 'scan.duckdb'), {
    threads: String(options.threads ?? 2),
    memory_limit: `${limit}MB`,
    temp_directory: join(folder, 'spill'),
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'true',
    preserve_insertion_order: 'true',
  });
  const connection = await instance.connect();
  // Most operators spill beyond the limit; the few that cannot fail with "Out of Memory". A
  // failed statement changes nothing, so it is run again with twice the limit, up to half the
  // machine's memory: a feed too big for the default still scans, and a small one stays small.
  const ceiling = Math.max(limit, Math.floor(totalmem() / 2 ** 20 / 2));
  const withMemory = async <T>(sql: string, attempt: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        if (!outOfMemory(error) || limit >= ceiling) throw error;
        limit = Math.min(limit * 2, ceiling);
        await connection.run(`SET memory_limit = '${limit}MB'`);
        options.onMemoryRaised?.(limit, sql);
      }
    }
  };
  return {
    connection,
    run: (sql) => withMemory(sql, async () => void (await connection.run(sql))),
    rows: (sql) => withMemory(sql, async () => (await connection.runAndReadAll(sql)).getRows()),
    chunks: async (sql, onChunk) => {
      // Run again only before the first chunk has been handed on.
      const result = await withMemory(sql, () => connection.stream(sql));
      for (
        let chunk = await result.fetchChunk();
        chunk && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        const columns: DuckDBValue[][] = [];
        for (let c = 0; c < chunk.columnCount; c++) columns.push(chunk.getColumnValues(c));
        onChunk(columns, chunk.rowCount);
      }
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A string as a SQL literal. */
export const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
