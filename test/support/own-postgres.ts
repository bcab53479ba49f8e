import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface OwnPostgres {
  url: string;
  /** An immediate stop (as a crash: no checkpoint, clients cut off), then a start on the same data. */
  crashAndRestart(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own: `initdb` in a temporary folder, its own port, run as
 * `nobody` when the test runs as root (initdb refuses root). Answers why not when it cannot.
 */
export async function startOwnPostgres(): Promise<OwnPostgres | { skipped: string }> {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort().reverse()
    : [];
  const bin = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((b) => existsSync(join(b, 'initdb')));
  if (!bin) return { skipped: 'no PostgreSQL binaries under /usr/lib/postgresql/*/bin' };
  const root = mkdtempSync(join(tmpdir(), 'secondlook-own-pg-'));
  const asRoot = process.getuid?.() === 0;
  const as = async (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'nobody', '--', join(bin, command), ...args])
      : run(join(bin, command), args);
  try {
    if (asRoot) chownSync(root, 65534, 65534);
    const data = join(root, 'data');
    await as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = 56000 + Math.floor(Math.random() * 2000);
    const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=on`;
    const start = () => as('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', 'start']);
    await start();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async crashAndRestart(downMs) {
        await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        await new Promise((resolve) => setTimeout(resolve, downMs));
        await start();
      },
      async stop() {
        await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    return { skipped: `could not start an own PostgreSQL: ${(error as Error).message.split('\n')[0]}` };
  }
}
