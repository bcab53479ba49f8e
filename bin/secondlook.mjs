#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx secondlook` works straight after `npm install`.
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';

// A scan allocates many short-lived records per feed line; a larger young generation makes it
// about twice as fast on 100,000 sellers (docs/benchmarks.md). V8 reads the sizes only at start.
const YOUNG_GENERATION = '--max-semi-space-size=64';
// A scan holds every seller's profile and the association index: V8's default old generation
// (~4 GB) is too small for a million sellers (docs/scale.md). It may use three quarters of the
// machine's memory, unless the caller chose a limit (`--max-old-space-size`, or NODE_OPTIONS).
const OLD_GENERATION = `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`;
const chose = (flag) =>
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => arg.startsWith(flag));

if (process.argv[2] === 'scan' && !process.execArgv.includes(YOUNG_GENERATION)) {
  const heap = chose('--max-old-space-size') ? [] : [OLD_GENERATION];
  const child = spawnSync(
    process.execPath,
    [YOUNG_GENERATION, ...heap, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
