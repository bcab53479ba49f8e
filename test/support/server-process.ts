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
  /** `kill -9`: the process dies mid-whatever, its store stays for a restart. */
  kill(): Promise<void>;
  /** The process id, for reading its memory. */
  pid: number;
  /** Where its store is, to start another server on it (`reuse`). */
  store: { dataDir: string; databaseUrl: string | undefined };
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
    /** The store of a server that was killed: start on it again, keeping it. */
    reuse?: ServerProcess['store'];
    env?: Record<string, string>;
  } = {},
): Promise<ServerProcess> {
  const dataDir = options.reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'secondlook-web-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SECONDLOOK_DATA_DIR: dataDir,
    // Any free port, read back from the ready line: random ports collided between test files.
    PORT: '0',
    LOG_LEVEL: options.logLevel ?? 'warn',
    SECONDLOOK_DEMO: options.demo ? 'true' : 'false',
    ...options.env,
  };
  const scratch =
    options.reuse || !process.env.DATABASE_URL
      ? undefined
      : await createScratchDatabase(process.env.DATABASE_URL);
  const databaseUrl = options.reuse ? options.reuse.databaseUrl : scratch?.url;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  await options.prepareStore?.(
    databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'pglite', dataDir: join(dataDir, 'pgdata') },
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
  const boundPort = () => /ready at http:\/\/[^\s:]+:(\d+)/.exec(output)?.[1];
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  const kill = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  };
  const until = Date.now() + 150_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) break;
    const port = boundPort();
    const base = `http://127.0.0.1:${port}`;
    const ok =
      port !== undefined &&
      (await fetch(`${base}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      ));
    if (ok)
      return {
        base,
        output: () => output,
        stop,
        kill,
        pid: server.pid!,
        store: { dataDir, databaseUrl },
      };
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
