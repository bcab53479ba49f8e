import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Storage } from '../../src/adapters/db/database.js';
import { createScratchDatabase } from './database.js';

const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');
const run = promisify(execFile);

export interface ServerProcess {
  base: string;
  /** What the process printed so far (stdout and stderr). */
  output(): string;
  /** Stops the server and removes its store. */
  stop(): Promise<void>;
}

/**
 * `secondlook serve` as a user runs it, on its own embedded store in a temporary folder, or on a
 * scratch PostgreSQL database when DATABASE_URL is set. `prepare` runs CLI commands against the
 * store before the server takes it.
 */
export async function startServerProcess(
  options: {
    demo?: boolean;
    logLevel?: string;
    /** Runs first, on the store the server will open (its PGlite data folder, or its database). */
    prepareStore?: (storage: Storage) => Promise<void>;
    prepare?: (cli: (...args: string[]) => Promise<string>) => Promise<void>;
  } = {},
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-web-'));
  const port = 4900 + Math.floor(Math.random() * 900);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SECONDLOOK_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: options.logLevel ?? 'warn',
    SECONDLOOK_DEMO: options.demo ? 'true' : 'false',
  };
  const scratch = process.env.DATABASE_URL
    ? await createScratchDatabase(process.env.DATABASE_URL)
    : undefined;
  if (scratch) env.DATABASE_URL = scratch.url;
  await options.prepareStore?.(
    scratch ? { kind: 'postgres', url: scratch.url } : { kind: 'pglite', dataDir: join(dataDir, 'pgdata') },
  );
  if (options.prepare)
    await options.prepare(async (...args) => (await run('node', [CLI, ...args], { env })).stdout);
  let output = '';
  const server: ChildProcess = spawn('node', [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  const until = Date.now() + 150_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) break;
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { base, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`secondlook serve did not become ready:\n${output}`);
}

/** A small JSON client for setting up what the browser then uses. */
export function apiClient(base: string) {
  return async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
}
