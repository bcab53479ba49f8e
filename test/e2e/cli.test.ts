import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.js';
import { createScratchDatabase } from '../support/database.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');
const FIXTURES = join(import.meta.dirname, '../fixtures/feed');

/** The `secondlook` command as a user runs it, on its own embedded store (or PostgreSQL when DATABASE_URL is set). */
describe('secondlook CLI', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-cli-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SECONDLOOK_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SECONDLOOK_AUDIT_KEY: 'cli-test-key',
  };
  const secondlook = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', [CLI, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  let ownDatabase: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      ownDatabase = await createScratchDatabase(process.env.DATABASE_URL);
      env.DATABASE_URL = ownDatabase.url;
    }
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await ownDatabase?.drop();
  });

  it('imports a feed, reports each bad line as file:line: CODE message and exits 1', async () => {
    const result = await secondlook('import', '--in', FIXTURES);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(FIXTURES, 'sellers.jsonl')}:4: MALFORMED_JSON`);
    expect(result.stderr).toContain(`${join(FIXTURES, 'events.jsonl')}:3: UNKNOWN_EVENT_TYPE`);
    expect(result.stderr).toContain(`${join(FIXTURES, 'sales.csv')}:6: UNKNOWN_SELLER`);
    // Lines 3 and 5 lack or spoil optional fields: kept, with data-quality notes.
    expect(result.stdout).toMatch(/sellers\s*│\s*6\s*│\s*5\s*│\s*1/);
    expect(result.stdout).toContain('sellers: lines landed 1-3,5-7');
    expect(result.stdout).toContain('sellers: data-quality notes');
  });

  it('changes nothing on a second import of the same files', async () => {
    const result = await secondlook('import', '--in', FIXTURES);
    expect(result.stdout).toMatch(/sellers\s*│\s*6\s*│\s*5\s*│\s*1\s*│\s*0\s*│\s*5/);
  });

  it('scans feed files without a store: bad lines reported, findings written, no case touched', async () => {
    const out = join(dataDir, 'findings.jsonl');
    const result = await secondlook(
      'scan',
      '--in',
      FIXTURES,
      '--dry-run',
      '--as-of',
      '2026-11-01',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${join(FIXTURES, 'events.jsonl')}:3: UNKNOWN_EVENT_TYPE`);
    expect(result.stdout).toContain('dry run: no case was opened or changed');
    const findings = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seller_id: string; trigger: string });
    expect(findings.map((f) => `${f.seller_id} ${f.trigger}`)).toEqual(
      expect.arrayContaining([
        'S2 identity_verification',
        'S2 missing_documentation',
        'S6 missing_documentation',
      ]),
    );
  });

  it('says what an absent feed file costs, and does not count its absence as missing documents', async () => {
    const partial = join(dataDir, 'partial');
    mkdirSync(partial);
    copyFileSync(join(FIXTURES, 'sellers.jsonl'), join(partial, 'sellers.jsonl'));
    const out = join(partial, 'findings.jsonl');
    const result = await secondlook('scan', '--in', partial, '--dry-run', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no documents.jsonl in');
    expect(result.stderr).toContain('missing_documentation cannot find anything without it');
    expect(readFileSync(out, 'utf8')).not.toContain('missing_documentation');
  });

  it('exits 2 with a clear error for a missing file', async () => {
    const result = await secondlook('import', '--sellers', '/nonexistent/sellers.jsonl');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('NOT_FOUND no such file: /nonexistent/sellers.jsonl (--sellers)');
  });

  it('exits 2 on a usage error (a missing or unknown option), 0 on help', async () => {
    const missing = await secondlook('detect-anomalies');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--in <file>' not specified");
    expect((await secondlook('scan', '--no-such-flag')).code).toBe(2);
    expect((await secondlook('scan', '--help')).code).toBe(0);
  });

  it('creates users and API keys', async () => {
    const user = await secondlook('admin', 'create-user', '--email', 'ops@example.com', '--role', 'reviewer');
    expect(user.code).toBe(0);
    expect(user.stdout).toMatch(/created reviewer ops@example.com .*\npassword: \S{10,}/);
    const key = await secondlook('admin', 'create-api-key', '--name', 'feed');
    expect(key.stdout).toMatch(/key: slk_\S+/);
    const bad = await secondlook('admin', 'create-user', '--email', 'x@example.com', '--role', 'emperor');
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('VALIDATION_FAILED unknown role emperor'),
    });
  });

  it('verifies the audit chain, and names the event someone altered in the store', async () => {
    const intact = await secondlook('audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/audit chain intact: \d+ events\nhead: \d+:[0-9a-f]{64}/);
    const database = await openDatabase(
      env.DATABASE_URL
        ? { kind: 'postgres', url: env.DATABASE_URL }
        : { kind: 'pglite', dataDir: join(dataDir, 'pgdata') },
    );
    await database.db.execute(sql`update audit_events set actor = 'user:someone-else' where position = 2`);
    await database.close();
    const broken = await secondlook('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('audit chain BROKEN at event 2: altered');
  });
});
