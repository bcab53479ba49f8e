import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, '.bench');
const CLI = join(ROOT, 'bin/secondlook.mjs');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface ImportRun {
  storage: 'pglite' | 'postgres';
  kinds: Record<string, { rows: number; rejected: number; seconds: number }>;
  maxRssMb: number;
  totalRows: number;
  totalSeconds: number;
}

/** The feed of `generate --sellers N`, made once and kept in .bench/ (git-ignored). */
export function ensureFeed(sellers: number, seed: number): { dir: string; seconds: number | undefined } {
  const dir = join(BENCH, `feed-${sellers}-seed${seed}`);
  if (existsSync(join(dir, 'truth.json'))) return { dir, seconds: undefined };
  mkdirSync(BENCH, { recursive: true });
  const started = performance.now();
  execFileSync(
    'node',
    [CLI, 'generate', '--sellers', String(sellers), '--seed', String(seed), '--out', dir],
    { stdio: 'inherit' },
  );
  return { dir, seconds: (performance.now() - started) / 1000 };
}

export function runImport(
  feedDir: string,
  storage: 'pglite' | 'postgres',
  env: NodeJS.ProcessEnv,
  options: { rowByRow?: boolean } = {},
): ImportRun {
  const args = [
    join(ROOT, 'bench/spine/import.child.ts'),
    feedDir,
    ...(options.rowByRow ? ['--row-by-row'] : []),
  ];
  const out = execFileSync(TSX, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const parsed = JSON.parse(out.trim().split('\n').at(-1)!) as Omit<
    ImportRun,
    'storage' | 'totalRows' | 'totalSeconds'
  >;
  const kinds = Object.values(parsed.kinds);
  return {
    storage,
    ...parsed,
    totalRows: kinds.reduce((n, k) => n + k.rows, 0),
    totalSeconds: kinds.reduce((n, k) => n + k.seconds, 0),
  };
}

/** Milliseconds from starting `secondlook serve` to the first 200 from /healthz. */
export async function timeToReady(env: NodeJS.ProcessEnv, args: string[] = ['--no-demo']): Promise<number> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const started = performance.now();
  const child = spawn('node', [CLI, 'serve', ...args], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (performance.now() - started > 300_000) throw new Error('server did not become ready in 5 minutes');
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function withFreshPostgres<T>(baseUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `secondlook_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export function freshDataDir(label: string): string {
  const dir = join(BENCH, `store-${label}-${Date.now()}`);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}
