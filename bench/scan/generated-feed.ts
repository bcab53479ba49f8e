import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A generated feed folder under `.bench/` (generated once, kept for the next run). */
export function generatedFeed(sellers: number, seed: number, flags: readonly string[] = []): string {
  const dir = join(ROOT, '.bench', `feed-${sellers}-seed${seed}${flags.includes('--dirty') ? '-dirty' : ''}`);
  if (existsSync(join(dir, 'truth.json'))) return dir;
  const cli = join(ROOT, 'bin/secondlook.mjs');
  const args = ['generate', '--sellers', String(sellers), '--seed', String(seed), '--out', dir, ...flags];
  execFileSync('node', [cli, ...args], { stdio: 'ignore' });
  return dir;
}
