// `npm run bench:scan-speed`: the batch scan on the columnar engine against today's in-memory
// scan and the DuckDB rule-only SQL baseline, on a generated marketplace and its --dirty twin,
// each in its own process so each peak RSS is its own. BENCH_SELLERS (default 100000),
// BENCH_SKIP_MEMORY=1 leaves out the in-memory scan (slow at 100k).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const sellers = Number(process.env.BENCH_SELLERS ?? 100_000);

function feed(dirty: boolean): string {
  const dir = join(ROOT, '.bench', `feed-${sellers}-seed7${dirty ? '-dirty' : ''}`);
  if (!existsSync(join(dir, 'truth.json')))
    execFileSync(
      'node',
      [
        join(ROOT, 'bin/secondlook.mjs'),
        'generate',
        '--sellers',
        String(sellers),
        '--seed',
        '7',
        '--out',
        dir,
      ].concat(dirty ? ['--dirty'] : []),
      { stdio: 'inherit' },
    );
  return dir;
}

// With the young generation `secondlook scan` runs with (bin/secondlook.mjs).
const run = (script: string, ...args: string[]) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--max-semi-space-size=64', '--import', 'tsx', join(ROOT, 'bench/scan', script), ...args],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    )
      .trim()
      .split('\n')
      .at(-1)!,
  );

/** Seconds per reading stage, as the child measured them. */
const stagesOf = (stages: Record<string, number> = {}) =>
  Object.entries(stages)
    .filter(([stage]) => stage !== 'start')
    .map(
      ([stage, seconds]) =>
        `${stage.replace('reading ', '').replace(' in the columnar engine', '')} ${seconds} s`,
    )
    .join(', ');

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
console.log(`Command: \`BENCH_SELLERS=${sellers} npm run bench:scan-speed\`.\n`);
console.log('| feed | run | seconds | peak RSS MB | load average before | |');
console.log('| --- | --- | ---: | ---: | --- | --- |');
for (const dirty of [false, true]) {
  const dir = feed(dirty);
  const name = dirty ? 'dirty' : 'clean';
  let before = load();
  const scan = run('columnar.child.ts', dir, join(ROOT, '.bench', `findings-columnar-${name}.jsonl`));
  console.log(
    `| ${name} | columnar scan (read ${scan.readSeconds.toFixed(1)} s, detect ${scan.detectSeconds.toFixed(1)} s in ${scan.partitions} partitions; ${stagesOf(scan.stages)}) | ${scan.seconds.toFixed(1)} | ${scan.maxRssMb} | ${before} | ${scan.findings} findings |`,
  );
  before = load();
  const sql = run('duckdb-baseline.ts', dir);
  console.log(
    `| ${name} | DuckDB rule-only SQL baseline | ${sql.seconds.toFixed(1)} | ${sql.maxRssMb} | ${before} | scan = ${(scan.seconds / sql.seconds).toFixed(2)}× |`,
  );
  if (process.env.BENCH_SKIP_MEMORY) continue;
  before = load();
  const old = run('scan.child.ts', dir, join(ROOT, '.bench', `findings-memory-${name}.jsonl`));
  console.log(
    `| ${name} | in-memory scan (read ${old.readSeconds.toFixed(1)} s, detect ${old.detectSeconds.toFixed(1)} s) | ${old.seconds.toFixed(1)} | ${old.maxRssMb} | ${before} | ${old.findings} findings |`,
  );
}
