import { execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/secondlook.mjs');

export interface RunningServer {
  url: string;
  integration: string;
  admin: string;
  /** The server process's id (its CPU time is read from /proc by the ingest bench). */
  pid: number;
  stop(): Promise<void>;
}

/** Starts `secondlook serve` on a store (PGlite data dir or DATABASE_URL) with an API key and an admin login. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const fullEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  const keyOut = execFileSync('node', [CLI, 'admin', 'create-api-key', '--name', 'load bench'], {
    env: fullEnv,
    encoding: 'utf8',
  });
  const integration = /key: (\S+)/.exec(keyOut)![1]!;
  const password = 'load-bench-password-1';
  const email = `ops-${Date.now()}@bench.invalid`;
  execFileSync(
    'node',
    [CLI, 'admin', 'create-user', '--email', email, '--role', 'admin', '--password', password],
    {
      env: fullEnv,
      encoding: 'utf8',
    },
  );
  // BENCH_LOAD_PORT fixes the port (helpers running benches side by side pick their own).
  const port = Number(process.env.BENCH_LOAD_PORT ?? 3900 + Math.floor(Math.random() * 90));
  // The server's log goes to BENCH_LOAD_SERVER_LOG when set; BENCH_LOAD_SLOW_MS has the server
  // (only it) report PGlite statements longer than that (SECONDLOOK_PGLITE_SLOW_MS).
  const log = process.env.BENCH_LOAD_SERVER_LOG;
  const slow = process.env.BENCH_LOAD_SLOW_MS;
  // BENCH_LOAD_NODE_ARGS: node flags for the server only (`--cpu-prof --cpu-prof-dir=…` to profile it).
  const nodeArgs = (process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn('node', [...nodeArgs, CLI, 'serve', '--no-demo'], {
    env: { ...fullEnv, PORT: String(port), ...(slow ? { SECONDLOOK_PGLITE_SLOW_MS: slow } : {}) },
    stdio: ['ignore', log ? openSync(log, 'a') : 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 300_000) throw new Error('server not ready in 5 minutes');
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const admin = ((await login.json()) as { token: string }).token;
  return {
    url,
    integration,
    admin,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
