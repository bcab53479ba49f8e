import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase, rowsOf } from '../../src/adapters/db/database.js';
import { type AppContext, openContext } from '../../src/app/context.js';
import { buildServer } from '../../src/http/server.js';
import { createApiKey, createUser, logIn, systemPrincipal } from '../../src/modules/access/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLoggerTo } from '../../src/platform/logger.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { findValuesInBytes, findValuesInFiles } from '../support/byte-scan.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { businessSeller } from '../support/feed.js';
import { multipart } from '../support/multipart.js';
import { utilityBill } from '../support/pdf.js';

/** The personal values of the erased seller: none may be left in any byte afterwards. */
const PERSONAL = {
  name: 'Qiaolian Marchetti-Okonkwo',
  chineseName: '欧阳娜娜',
  dateOfBirth: '1979-11-23',
  idNumber: 'X83920471Q',
  account: 'GB29NWBK60161331926819',
  address: '77 Wisteria Crescent',
};
const SURVIVOR = 'Bartholomew Sunderland-Oyelaran';

/**
 * The proof of erasure: the seller's values go in through the real routes (profile, document,
 * message, a staff note), the seller is erased, and then every byte of the database files (the
 * PGlite data folder, WAL included; on PostgreSQL its relation files), the document store and the
 * log is searched for them.
 */
describe('erasure leaves no personal value in any byte', () => {
  const root = mkdtempSync(join(tmpdir(), 'sl-erasure-'));
  const logFile = join(root, 'secondlook.log');
  let database: Database | TestDatabase;
  let context: AppContext;
  let server: FastifyInstance;
  let integration: string;
  let caseId: string;
  const onPostgres = JSON.parse(inject('dbTemplate')).kind === 'postgres';

  beforeAll(async () => {
    const template = JSON.parse(inject('dbTemplate')) as { kind: string; path: string };
    database = onPostgres
      ? await openTestDatabase()
      : await openDatabase({
          kind: 'pglite',
          dataDir: join(root, 'pgdata'),
          loadDataDir: new Blob([readFileSync(template.path)]),
        });
    process.env.SECONDLOOK_AUDIT_KEY ??= 'test-audit-key';
    const logger = createLoggerTo(pino.destination({ dest: logFile, sync: true }), 'debug');
    context = await openContext(
      loadConfig({ SECONDLOOK_DATA_DIR: root, SECONDLOOK_DEMO: 'false', LOG_LEVEL: 'debug' }),
      { logger, workers: false, database },
    );
    server = await buildServer(context, {});
    await server.ready();
    integration = (await createApiKey(context.access, systemPrincipal('test'), 'marketplace')).key;
  }, 120_000);
  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, body?: unknown) =>
    server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });
  const tokenFor = async (role: 'seller' | 'supervisor', sellerId?: string) => {
    const email = `${role}-${Math.random().toString(36).slice(2)}@test.example`;
    await createUser(context.access, systemPrincipal('test'), {
      email,
      password: 'correct horse battery',
      role,
      ...(sellerId ? { sellerId } : {}),
    });
    return (await logIn(context.access, email, 'correct horse battery')).token;
  };

  /** The bytes of this database's relation files on PostgreSQL (read by the server for us). */
  const postgresRelationBytes = async () => {
    await context.db.execute(sql`checkpoint`);
    const files = rowsOf<{ path: string }>(
      await context.db.execute(sql`select pg_relation_filepath(oid) as path from pg_class
        where relkind in ('r', 't', 'i') and pg_relation_filepath(oid) is not null`),
    );
    const read = [];
    for (const { path } of files) {
      const [row] = rowsOf<{ bytes: Buffer }>(
        await context.db.execute(sql`select pg_read_binary_file(f.path, 0, s.size, true) as bytes
          from (select ${path}::text as path) f, lateral pg_stat_file(f.path, true) s where s.size > 0`),
      );
      if (row?.bytes) read.push({ name: path, bytes: Buffer.from(row.bytes) });
    }
    return read;
  };

  const storedAnswer = async () =>
    rowsOf<{ response: unknown }>(
      await context.db.execute(sql`select response from idempotency_keys where key = 'erasure-proof-key'`),
    )[0]?.response;

  it('puts the values in through the real routes, and finds them before erasure', async () => {
    const profile = businessSeller('E1', {
      business: {
        legal_name: `${PERSONAL.chineseName} Trading`,
        registration_number: '12345678',
        country: 'GB',
        address: { line1: PERSONAL.address, city: 'Leeds', postal_code: 'LS1 4AB', country: 'GB' },
      },
      legal_rep: {
        full_name: PERSONAL.name,
        date_of_birth: PERSONAL.dateOfBirth,
        id_number: PERSONAL.idNumber,
      },
      bank: { holder_name: PERSONAL.name, account_number: PERSONAL.account, country: 'GB' },
    });
    expect((await call('PUT', '/v1/sellers/E1', integration, profile)).statusCode).toBe(200);
    const survivor = businessSeller('E2', {
      legal_rep: { full_name: SURVIVOR, date_of_birth: '1990-01-01' },
    });
    expect((await call('PUT', '/v1/sellers/E2', integration, survivor)).statusCode).toBe(200);

    const opened = await openOrUpdateCase(context, {
      sellerId: 'E1',
      source: 'manual',
      by: systemPrincipal('test'),
      findings: [
        { trigger: 'registration_mismatch', score: 1, summary: 'Logins from abroad.', evidence: {} },
      ],
    });
    caseId = (opened as { caseId: string }).caseId;
    const seller = await tokenFor('seller', 'E1');
    const bill = await utilityBill(PERSONAL.name, [PERSONAL.address, 'Leeds LS1 4AB']);
    const { payload, contentType } = await multipart([
      ['type', 'utility_bill'],
      ['file', bill, `${PERSONAL.name}.pdf`],
    ]);
    const uploaded = await server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/requirements/proof_of_address/documents`,
      payload,
      headers: { authorization: `Bearer ${seller}`, 'content-type': contentType },
    });
    expect(uploaded.statusCode).toBe(202);
    const message = `I am ${PERSONAL.name}, ID ${PERSONAL.idNumber}`;
    // Sent with an Idempotency-Key: its stored answer (replayed for 24 hours) quotes the message.
    const sent = await server.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/messages`,
      headers: {
        authorization: `Bearer ${seller}`,
        'content-type': 'application/json',
        'idempotency-key': 'erasure-proof-key',
      },
      payload: JSON.stringify({ body: message }),
    });
    expect(sent.statusCode).toBe(201);
    expect(JSON.stringify(await storedAnswer())).toContain(PERSONAL.idNumber);

    const supervisor = await tokenFor('supervisor');
    const blocked = await call('POST', '/v1/sellers/E1/erasure', integration, {});
    expect(blocked.json()).toMatchObject({
      code: 'ERASURE_BLOCKED_OPEN_CASE',
      error: { details: { case_id: caseId } },
    });
    const note = `Spoke to ${PERSONAL.name} (born ${PERSONAL.dateOfBirth})`;
    expect((await call('POST', `/v1/cases/${caseId}/withdraw`, supervisor, { note })).statusCode).toBe(200);

    await context.db.execute(sql`checkpoint`);
    const before = onPostgres
      ? findValuesInBytes(await postgresRelationBytes(), [PERSONAL.name])
      : findValuesInFiles(join(root, 'pgdata'), [PERSONAL.name]);
    expect(before.length, 'the scan finds a value that is there').toBeGreaterThan(0);
  }, 120_000);

  it('refuses under a legal hold, naming it, then erases once the hold is lifted', async () => {
    const supervisor = await tokenFor('supervisor');
    const hold = (
      await call('POST', '/v1/sellers/E1/legal-holds', supervisor, {
        reason: 'tax authority request 2026/118',
      })
    ).json();
    const held = await call('POST', '/v1/sellers/E1/erasure', integration, {});
    expect(held.statusCode).toBe(409);
    expect(held.json()).toMatchObject({
      code: 'LEGAL_HOLD',
      error: { details: { holds: [{ id: hold.id }] } },
    });
    const lift = await call('POST', `/v1/sellers/E1/legal-holds/${hold.id}/lift`, supervisor, {
      reason: 'request withdrawn',
    });
    expect(lift.json()).toMatchObject({ lifted_by: expect.any(String) });

    expect((await call('POST', '/v1/sellers/NOBODY/erasure', integration, {})).statusCode).toBe(404);
    const erased = await call('POST', '/v1/sellers/E1/erasure', integration, {});
    expect(erased.statusCode).toBe(200);
    const report = erased.json();
    expect(report).toMatchObject({ seller_id: 'E1', already_erased: false, files_removed: 1 });
    expect(report.audit_values).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain(PERSONAL.name);
    expect(report.rows).toContainEqual({ table: 'idempotency_keys', rows: 1 });
    expect(await storedAnswer()).toEqual({ erased: true });
    const again = (await call('POST', '/v1/sellers/E1/erasure', integration, {})).json();
    expect(again).toMatchObject({ already_erased: true, completed_at: report.completed_at });
  }, 120_000);

  it('leaves the chain verifying, with the erased events reported as redacted', async () => {
    const verified = (await call('GET', '/v1/audit/verify', integration)).json();
    expect(verified).toMatchObject({ ok: true, problem: null });
    expect(verified.redacted.count).toBeGreaterThan(0);
    const survivor = (await call('GET', '/v1/sellers/E2', integration)).json();
    expect(JSON.stringify(survivor.profile)).toContain(SURVIVOR);
  });

  it('finds none of the values in the database files, the document store or the log', async () => {
    const values = Object.values(PERSONAL);
    const inDatabase = onPostgres ? findValuesInBytes(await postgresRelationBytes(), values) : [];
    await server.close();
    await context.close();
    await database.close();
    if (!onPostgres) inDatabase.push(...findValuesInFiles(join(root, 'pgdata'), values));
    expect(inDatabase).toEqual([]);
    expect(findValuesInFiles(join(root, 'documents'), values)).toEqual([]);
    expect(readFileSync(logFile, 'utf8').length).toBeGreaterThan(0);
    expect(findValuesInFiles(root, values).filter((hit) => hit.startsWith('secondlook.log'))).toEqual([]);
  }, 120_000);
});
