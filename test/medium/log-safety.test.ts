import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Storage } from '../../src/adapters/db/database.js';
import { businessSeller } from '../support/feed.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';

const ADMIN_PASSWORD = 'admin password 4417';
const NEW_USER_PASSWORD = 'new user password 8812';
const WRONG_PASSWORD = 'wrong password 3390';
/** Personal values of the seeded sellers: none may appear in a log line. */
const PERSONAL = {
  full_name: 'Qiao Meilin',
  date_of_birth: '1979-11-23',
  id_number: 'E98765432',
  account: '6222020200112233445',
};

const seller = (id: string) =>
  businessSeller(id, {
    legal_rep: {
      full_name: PERSONAL.full_name,
      date_of_birth: PERSONAL.date_of_birth,
      nationality: 'CN',
      id_type: 'passport',
      id_number: PERSONAL.id_number,
    },
    bank: { holder_name: PERSONAL.full_name, account_number: PERSONAL.account, country: 'CN' },
  } as never);

/** The database refuses these rows, as it would a value it cannot hold: the failure paths run for real. */
async function installRefusals(storage: Storage): Promise<void> {
  const database = await openDatabase(storage);
  try {
    await database.migrate();
    const statements = [
      `create or replace function sl_test_refuse() returns trigger language plpgsql as $$
       begin raise exception 'refused by the test' using errcode = '23514'; end $$`,
      `create trigger refuse_users before insert on users for each row
       when (new.email like 'refuse-%') execute function sl_test_refuse()`,
      `create trigger refuse_keys before insert on api_keys for each row
       when (new.name like 'refuse-%') execute function sl_test_refuse()`,
      `create trigger refuse_sellers before insert on sellers for each row
       when (new.seller_id like 'REFUSE%') execute function sl_test_refuse()`,
    ];
    for (const statement of statements) await database.db.execute(sql.raw(statement));
  } finally {
    await database.close();
  }
}

describe('no secret or personal value in a log or on stderr', () => {
  let server: ServerProcess;
  let cliStderr = '';
  const folder = mkdtempSync(join(tmpdir(), 'secondlook-logs-'));
  const secrets: string[] = [ADMIN_PASSWORD, NEW_USER_PASSWORD, WRONG_PASSWORD, ...Object.values(PERSONAL)];

  beforeAll(async () => {
    const feed = join(folder, 'sellers.jsonl');
    writeFileSync(feed, ['CLI1', 'REFUSE_CLI', 'CLI2'].map((id) => JSON.stringify(seller(id))).join('\n'));
    server = await startServerProcess({
      logLevel: 'info',
      prepareStore: installRefusals,
      prepare: async (cli) => {
        await cli(
          'admin',
          'create-user',
          '--email',
          'admin@logs.example',
          '--role',
          'admin',
          '--password',
          ADMIN_PASSWORD,
        );
        await cli('import', '--sellers', feed).catch((error: { stderr?: string }) => {
          cliStderr += error.stderr ?? '';
        });
      },
    });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps them out while user creation, key creation, a feed batch and a login fail', async () => {
    const call = (path: string, body: unknown, token?: string, type = 'application/json') =>
      fetch(`${server.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const login = await call('/v1/auth/login', { email: 'admin@logs.example', password: ADMIN_PASSWORD });
    const { token } = (await login.json()) as { token: string };
    secrets.push(token);
    const bad = await call('/v1/auth/login', { email: 'admin@logs.example', password: WRONG_PASSWORD });
    expect(bad.status).toBe(401);

    const user = await call(
      '/v1/admin/users',
      { email: 'refuse-1@logs.example', password: NEW_USER_PASSWORD, role: 'reviewer' },
      token,
    );
    expect(user.status).toBe(500);
    const key = await call('/v1/admin/api-keys', { name: 'refuse-key' }, token);
    expect(key.status).toBe(500);
    const feedKey = (await (await call('/v1/admin/api-keys', { name: 'feed' }, token)).json()) as {
      key: string;
    };
    secrets.push(feedKey.key);
    const batch = ['API1', 'REFUSE_API', 'API2'].map((id) => JSON.stringify(seller(id))).join('\n');
    const fed = await call('/v1/feed/sellers', batch, feedKey.key, 'application/x-ndjson');
    // The refused line is named by its SQL state; its neighbours land (the feed contract's isolation).
    expect(fed.status).toBe(200);
    const answer = await fed.text();
    expect(answer).toContain('DATABASE_REFUSED');
    expect(answer).not.toContain(PERSONAL.full_name);

    // Give the logger a moment to flush.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const output = server.output();
    expect(output).toContain('"level":50');
    expect(output).toContain('23514');
    expect(cliStderr).toContain('23514');
    for (const [where, text] of [
      ['server log', output],
      ['CLI stderr', cliStderr],
    ] as const) {
      for (const secret of secrets) expect(text, `${where} holds ${secret}`).not.toContain(secret);
      expect(text, `${where} holds a password hash`).not.toMatch(/\$argon2/);
      expect(text, `${where} holds a key or its prefix`).not.toMatch(/slk_[\w-]{4}/);
      expect(text, `${where} holds a session token`).not.toMatch(/sls_[\w-]{4}/);
      expect(text, `${where} holds a SHA-256 of a secret`).not.toMatch(/\b[0-9a-f]{64}\b/);
    }
  }, 120_000);
});
