// `npm run bench:scan-speed`: the full scan of a generated marketplace against its floor (reading
// and parsing the same files), in separate processes so each peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const sellers = Number(process.env.BENCH_SELLERS ?? 100_000);
const dir = join(ROOT, '.bench', `feed-${sellers}-seed7`);
if (!existsSync(join(dir, 'truth.json')))
  execFileSync(
    'node',
    [join(ROOT, 'bin/secondlook.mjs'), 'generate', '--sellers', String(sellers), '--seed', '7', '--out', dir],
    { stdio: 'inherit' },
  );

// Both with the young generation `secondlook scan` runs with (bin/secondlook.mjs).
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

const floor = run('floor.child.ts', dir);
const scan = run('scan.child.ts', dir, join(ROOT, '.bench', 'findings.jsonl'));
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
console.log(
  `Command: \`BENCH_SELLERS=${sellers} npm run bench:scan-speed\` (${floor.lines.toLocaleString('en')} feed lines).\n`,
);
console.log('| run | seconds | peak RSS MB | |');
console.log('| --- | ---: | ---: | --- |');
console.log(`| floor: read and parse the four files | ${floor.seconds.toFixed(1)} | ${floor.maxRssMb} | |`);
console.log(
  `| full scan (read ${scan.readSeconds.toFixed(1)} s + detect ${scan.detectSeconds.toFixed(1)} s + write) | ${scan.seconds.toFixed(1)} | ${scan.maxRssMb} | ${(scan.seconds / floor.seconds).toFixed(2)}× the floor, ${scan.findings} findings |`,
);
