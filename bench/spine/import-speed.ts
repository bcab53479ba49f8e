// `npm run bench:import-speed`: the feed import on both storages, COPY and set-based upserts
// (the default) against batched INSERTs (`--row-by-row`), and a second import of the same files
// (which must change nothing). Prints a markdown table for docs/benchmarks.md ("Import at
// warehouse speed"). BENCH_SELLERS (default 100000), BENCH_DATABASE_URL, BENCH_STORAGES
// (default `postgres,pglite`), BENCH_ROW_BY_ROW=1 to add the batched-INSERT runs.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { ensureFeed, freshDataDir, type ImportRun, runImport, withFreshPostgres } from './import.bench.js';

const sellers = Number(process.env.BENCH_SELLERS ?? 100_000);
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const storages = (process.env.BENCH_STORAGES ?? 'postgres,pglite').split(',');
const modes = process.env.BENCH_ROW_BY_ROW ? [false, true] : [false];
const feed = ensureFeed(sellers, 7);
const rows: string[] = [];
const load = () => loadavg()[0]!.toFixed(1);

function record(label: string, run: ImportRun, loadBefore: string) {
  const k = (kind: string) => run.kinds[kind];
  const rate = (kind: string) =>
    k(kind) ? Math.round(k(kind)!.rows / k(kind)!.seconds).toLocaleString('en') : '';
  rows.push(
    `| ${label} | ${run.totalRows.toLocaleString('en')} | ${run.totalSeconds.toFixed(1)} | **${Math.round(run.totalRows / run.totalSeconds).toLocaleString('en')}** | ${rate('sales')} | ${rate('events')} | ${rate('documents')} | ${rate('sellers')} | ${run.maxRssMb} | ${loadBefore} → ${load()} |`,
  );
  console.error(rows.at(-1));
}

for (const storage of storages)
  for (const rowByRow of modes) {
    const how = rowByRow ? 'batched INSERTs' : 'COPY + set-based upsert';
    if (storage === 'postgres')
      await withFreshPostgres(pgUrl, async (url) => {
        let before = load();
        record(
          `PostgreSQL, ${how}`,
          runImport(feed.dir, 'postgres', { DATABASE_URL: url }, { rowByRow }),
          before,
        );
        before = load();
        record(
          `PostgreSQL, ${how}, same files again`,
          runImport(feed.dir, 'postgres', { DATABASE_URL: url }, { rowByRow }),
          before,
        );
      });
    else {
      const dir = freshDataDir('pglite-import');
      const before = load();
      record(
        `PGlite, ${how}`,
        runImport(feed.dir, 'pglite', { SECONDLOOK_DATA_DIR: dir }, { rowByRow }),
        before,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  }

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
console.log(
  [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, commit ${commit}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    `Command: \`BENCH_SELLERS=${sellers} npm run bench:import-speed\`, feed \`generate --sellers ${sellers} --seed 7\`.`,
    '',
    '| import into | rows | seconds | rows/s | sales rows/s | events rows/s | documents rows/s | sellers rows/s | peak RSS MB | load average (1 min) before → after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n'),
);
