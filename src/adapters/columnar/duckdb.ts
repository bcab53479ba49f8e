import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
}

export async function openColumnarEngine(options: EngineOptions = {}): Promise<ColumnarEngine> {
  const folder = mkdtempSync(join(tmpdir(), 'secondlook-columnar-'));
  const instance = await DuckDBInstance.create(join(folder, 'scan.duckdb'), {
    threads: String(options.threads ?? 2),
    memory_limit: options.memoryLimit ?? '1GB',
    temp_directory: join(folder, 'spill'),
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'true',
    preserve_insertion_order: 'true',
  });
  const connection = await instance.connect();
  return {
    connection,
    run: async (sql) => {
      await connection.run(sql);
    },
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRows(),
    chunks: async (sql, onChunk) => {
      const result = await connection.stream(sql);
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
