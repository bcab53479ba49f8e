// `npm run bench:scan-sql`: the SQL baseline of issue #3 on PostgreSQL. Imports the generated feed
// into a fresh database (timed apart), then times each statement of sql-baseline.sql.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { runImport, withFreshPostgres } from '../spine/import.bench.js';

const ROOT = resolve(import.meta.dirname, '../..');
const sellers = Number(process.env.BENCH_SELLERS ?? 100_000);
const dir = process.env.BENCH_FEED_DIR ?? join(ROOT, '.bench', `feed-${sellers}-seed7`);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const statements = readFileSync(join(import.meta.dirname, 'sql-baseline.sql'), 'utf8')
  .split(/;\s*\n/)
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter(Boolean);

await withFreshPostgres(baseUrl, async (url) => {
  const imported = runImport(dir, 'postgres', { DATABASE_URL: url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let total = 0;
  const rows: string[] = [];
  for (const statement of statements) {
    const started = performance.now();
    const result = await client.query(statement);
    const seconds = (performance.now() - started) / 1000;
    total += seconds;
    const first = statement.split('\n')[0]!.slice(0, 70);
    rows.push(`| \`${first}…\` | ${seconds.toFixed(1)} | ${result.rows[0]?.count ?? ''} |`);
  }
  await client.end();
  console.log(
    `Import into PostgreSQL first: ${imported.totalSeconds.toFixed(0)} s for ${imported.totalRows} rows.\n`,
  );
  console.log('| statement | seconds | result |\n| --- | ---: | ---: |');
  console.log(rows.join('\n'));
  console.log(`| **all queries** | **${total.toFixed(1)}** | |`);
});
