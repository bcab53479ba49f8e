// `npm run bench`: the spine's measurements (issue #2). Prints a markdown block for docs/benchmarks.md.

import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { ensureFeed, freshDataDir, runImport, timeToReady, withFreshPostgres } from './spine/import.bench.js';
import { measureUploadMemory, uploadMemoryRows } from './uploads/memory.bench.js';

const sellers = Number(process.env.BENCH_SELLERS ?? 100_000);
const seed = 7;
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const feed = ensureFeed(sellers, seed);
const lines: string[] = [];
const row = (cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);

console.error(`importing ${feed.dir} into PGlite…`);
const pgliteDir = freshDataDir('pglite');
const pglite = runImport(feed.dir, 'pglite', { SECONDLOOK_DATA_DIR: pgliteDir });
console.error(`importing into PostgreSQL…`);
const postgres = await withFreshPostgres(pgUrl, async (url) =>
  runImport(feed.dir, 'postgres', { DATABASE_URL: url }),
);

console.error('measuring start-up…');
const emptyDir = freshDataDir('empty');
const startEmpty = await timeToReady({ SECONDLOOK_DATA_DIR: emptyDir });
const startEmptyAgain = await timeToReady({ SECONDLOOK_DATA_DIR: emptyDir });
const startLoaded = await timeToReady({ SECONDLOOK_DATA_DIR: pgliteDir });
const demoDir = freshDataDir('demo');
const startDemo = await timeToReady({ SECONDLOOK_DATA_DIR: demoDir }, []);
const startPgEmpty = await withFreshPostgres(pgUrl, (url) => timeToReady({ DATABASE_URL: url }));

lines.push(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
lines.push(
  `Command: \`BENCH_SELLERS=${sellers} npm run bench\`${feed.seconds ? ` (generate took ${feed.seconds.toFixed(1)} s)` : ''}.`,
  '',
);
row([
  'import',
  'sellers',
  'documents',
  'events',
  'sales rows',
  'total rows',
  'seconds',
  'rows/s',
  'peak RSS MB',
]);
row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
for (const run of [pglite, postgres])
  row([
    run.storage,
    run.kinds.sellers?.rows ?? 0,
    run.kinds.documents?.rows ?? 0,
    run.kinds.events?.rows ?? 0,
    run.kinds.sales?.rows ?? 0,
    run.totalRows,
    run.totalSeconds.toFixed(1),
    Math.round(run.totalRows / run.totalSeconds),
    run.maxRssMb,
  ]);
lines.push('');
row(['start to /healthz 200', 'ms']);
row(['---', '---:']);
row(['PGlite, new empty store (creates the data folder, migrates)', Math.round(startEmpty)]);
row(['PGlite, empty store, second start', Math.round(startEmptyAgain)]);
row([`PGlite, loaded store (${pglite.totalRows} rows)`, Math.round(startLoaded)]);
row(['PGlite, new store with the demo marketplace (`npm start` on a fresh clone)', Math.round(startDemo)]);
row(['PostgreSQL, new empty database', Math.round(startPgEmpty)]);
console.error('measuring server memory under uploads…');
lines.push('', ...uploadMemoryRows(await measureUploadMemory({ workers: false })));
lines.push('', ...uploadMemoryRows(await measureUploadMemory({ workers: true })));
console.log(lines.join('\n'));
for (const dir of [pgliteDir, emptyDir, demoDir]) rmSync(dir, { recursive: true, force: true });

// The live path at marketplace load (bench/load): long, so only when asked.
if (process.env.BENCH_LOAD) await import('./load/load.bench.js');
