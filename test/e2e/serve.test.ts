import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../support/database.js';

const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');

/** What `npm start` does on a fresh clone: an empty store becomes a working demo. */
describe('secondlook serve on an empty store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-serve-'));
  const port = 4100 + Math.floor(Math.random() * 800);
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SECONDLOOK_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  let server: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    server = spawn('node', [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    server.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      const ok = await fetch(`${base}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server not ready:\n${output}`);
  };
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  };
  const login = async (email: string) => {
    const res = await fetch(`${base}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The demo's password is generated for this store and kept beside its data.
      body: JSON.stringify({ email, password: readFileSync(join(dataDir, 'demo-password'), 'utf8').trim() }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  const get = async (path: string, token: string) =>
    (await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<
      Record<string, unknown>
    >;

  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      scratch = await createScratchDatabase(process.env.DATABASE_URL);
      env.DATABASE_URL = scratch.url;
    }
    await start();
  });
  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  });

  it('prints the URL and the demo logins', () => {
    expect(output).toContain(`Second Look is ready at http://localhost:${port}`);
    expect(output).toMatch(/Demo marketplace loaded: 300 sellers, \d+ cases opened/);
    expect(output).toContain('reviewer   reviewer@demo.secondlook.dev');
    // Loopback only, and a password of this store's own, never the one an old README printed.
    expect(output).not.toContain('reachable from other machines');
    const password = readFileSync(join(dataDir, 'demo-password'), 'utf8').trim();
    expect(password).toHaveLength(16);
    expect(output).toContain(`Demo logins (password: ${password})`);
  });

  it('lets a reviewer see the demo cases and a demo seller only its own', async () => {
    const reviewer = await login('reviewer@demo.secondlook.dev');
    const all = (await get('/v1/cases?limit=100', reviewer)) as { data: { seller_id: string }[] };
    expect(new Set(all.data.map((c) => c.seller_id)).size).toBeGreaterThan(10);
    const sellerEmail = output.match(/seller\s+(seller-\S+@demo\.secondlook\.dev)/)?.[1];
    expect(sellerEmail).toBeDefined();
    const seller = await login(sellerEmail!);
    const own = (await get('/v1/cases', seller)) as { data: { seller_id: string; status: string }[] };
    expect(own.data).toHaveLength(1);
    expect(own.data[0]?.status).toBe('awaiting_documents');
  });

  it('keeps the store across a restart and does not load the demo twice', async () => {
    await stop();
    await start();
    expect(output).not.toContain('Demo marketplace loaded');
    expect(output).toContain(`their password is in ${join(dataDir, 'demo-password')}`);
    const reviewer = await login('reviewer@demo.secondlook.dev');
    const all = (await get('/v1/cases?limit=100', reviewer)) as { data: unknown[] };
    expect(all.data.length).toBeGreaterThan(10);
  });
});
