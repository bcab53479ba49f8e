import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLoggerTo } from './logger.js';
import { safeError, safeErrorText } from './safe-error.js';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';

function failedInsert(): Error {
  const driver = Object.assign(
    new Error('duplicate key value violates unique constraint "users_email_key"'),
    {
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (email)=(zhang.wei@example.com) already exists.',
      constraint: 'users_email_key',
      table: 'users',
    },
  );
  return Object.assign(
    new Error(
      `Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: zhang.wei@example.com,${HASH}`,
      {
        cause: driver,
      },
    ),
    {
      query: 'insert into "users" ("email", "password_hash") values ($1, $2)',
      params: ['zhang.wei@example.com', HASH],
    },
  );
}

describe('errors as logs show them', () => {
  it('describes a failed query by its statement, SQL state, constraint and table, never its values', () => {
    const safe = safeError(failedInsert());
    const text = JSON.stringify(safe);
    expect(text).not.toContain(HASH);
    expect(text).not.toContain('zhang.wei');
    expect(safe.message).toBe('failed query: insert into "users" ("email", "password_hash") values ($1, $2)');
    expect(safe.cause).toMatchObject({ sqlstate: '23505', constraint: 'users_email_key', table: 'users' });
    expect(safeErrorText(failedInsert())).not.toContain(HASH);
  });

  it('is what the logger writes for err, and the logger redacts secrets and personal fields', async () => {
    let written = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        written += chunk;
        done();
      },
    });
    const log = createLoggerTo(sink, 'info');
    log.error({ err: failedInsert() }, 'boom');
    log.info(
      {
        req: { headers: { authorization: 'Bearer sl_secret_token' } },
        body: { password: 'hunter2 hunter2', legal_rep: { full_name: 'Zhang Wei' } },
      },
      'request',
    );
    expect(written).not.toContain(HASH);
    expect(written).not.toContain('zhang.wei');
    expect(written).not.toContain('sl_secret_token');
    expect(written).not.toContain('hunter2');
    expect(written).not.toContain('Zhang Wei');
    expect(written).toContain('23505');
  });
});
