import { readFileSync } from 'node:fs';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/adapters/db/database.js';
import { pgBossDbOfPglite } from '../../src/adapters/queue/pg-boss.db.js';

type Template =
  | { kind: 'pglite'; dump: Buffer; dispose(): Promise<void> }
  | { kind: 'postgres'; url: string; name: string; dispose(): Promise<void> };

/** Builds the migrated template once per test run (migrations and pg-boss's own schema). */
export async function createTemplate(): Promise<Template> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await database.migrate();
    const boss = new PgBoss({ db: pgBossDbOfPglite(database.pglite!), schedule: false });
    await boss.start();
    await boss.stop({ graceful: false, close: false });
    const blob = await database.pglite!.dumpDataDir('gzip');
    await database.close();
    return { kind: 'pglite', dump: Buffer.from(await blob.arrayBuffer()), dispose: async () => {} };
  }
  const name = `sl_template_${process.pid}`;
  await adminQuery(url, [`drop database if exists ${name}`, `create database ${name}`]);
  const templateUrl = withDatabase(url, name);
  const database = await openDatabase({ kind: 'postgres', url: templateUrl, maxConnections: 2 });
  await database.migrate();
  const boss = new PgBoss({ connectionString: templateUrl, max: 1, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
  await database.close();
  return { kind: 'postgres', url, name, dispose: () => adminQuery(url, [`drop database if exists ${name}`]) };
}

export interface TestDatabase extends Database {
  /** Connection string of this suite's own database (PostgreSQL only). */
  readonly url: string | undefined;
  destroy(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated database for one suite: a copy of the template, never the template itself. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const template = JSON.parse(inject('dbTemplate')) as
    | { kind: 'pglite'; path: string }
    | { kind: 'postgres'; url: string; name: string };
  if (template.kind === 'pglite') {
    const dump = readFileSync(template.path);
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: undefined,
      loadDataDir: new Blob([dump]),
    });
    return { ...database, url: undefined, migrate: database.migrate, destroy: () => database.close() };
  }
  counter += 1;
  const name = `sl_test_${process.pid}_${counter}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(template.url, [`create database ${name} template ${template.name}`]);
  const url = withDatabase(template.url, name);
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 5 });
  return {
    ...database,
    url,
    destroy: async () => {
      await database.close();
      await adminQuery(template.url, [`drop database if exists ${name} with (force)`]);
    },
  };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** An empty database of its own for a test that runs the product as a separate process. */
export async function createScratchDatabase(
  baseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  counter += 1;
  const name = `sl_scratch_${process.pid}_${counter}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(baseUrl, [`create database ${name}`]);
  return {
    url: withDatabase(baseUrl, name),
    drop: () => adminQuery(baseUrl, [`drop database if exists ${name} with (force)`]),
  };
}
