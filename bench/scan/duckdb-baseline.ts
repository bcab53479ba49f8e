// The DuckDB rule-only baseline (duckdb-baseline.sql) over a feed folder, in its own process.
// Prints one JSON line: seconds per statement, the total and peak RSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openColumnarEngine } from '../../src/adapters/columnar/duckdb.js';

const dir = process.argv[2]!;
const statements = readFileSync(join(import.meta.dirname, 'duckdb-baseline.sql'), 'utf8')
  .split(/;\s*\n/)
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter(Boolean)
  .map((s) => s.replaceAll('{dir}', dir));
const engine = await openColumnarEngine({ memoryLimit: '2GB' });
const started = performance.now();
const results: { statement: string; seconds: number; result: string }[] = [];
for (const statement of statements) {
  const at = performance.now();
  const rows = await engine.rows(statement);
  results.push({
    statement: statement.split('\n')[0]!.slice(0, 60),
    seconds: (performance.now() - at) / 1000,
    result: String(rows[0]?.[0] ?? ''),
  });
}
const seconds = (performance.now() - started) / 1000;
engine.close();
console.log(
  JSON.stringify({ results, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
