#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx secondlook` works straight after `npm install`.
import { spawnSync } from 'node:child_process';

// A scan allocates many short-lived records per feed line; a larger young generation makes it
// about twice as fast on 100,000 sellers (docs/benchmarks.md). V8 reads the size only at start.
const YOUNG_GENERATION = '--max-semi-space-size=64';
if (process.argv[2] === 'scan' && !process.execArgv.includes(YOUNG_GENERATION)) {
  const child = spawnSync(
    process.execPath,
    [YOUNG_GENERATION, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(child.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
