import type { FastifyInstance } from 'fastify';
import { type AppContext, openContext } from '../../src/app/context.js';
import { buildServer } from '../../src/http/server.js';
import {
  createApiKey,
  createUser,
  logIn,
  type Role,
  systemPrincipal,
} from '../../src/modules/access/index.js';
import { type Clock, systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger, silentLogger } from '../../src/platform/logger.js';
import { openTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  context: AppContext;
  server: FastifyInstance;
  database: TestDatabase;
  /** A bearer token for a new principal of this role (a seller user belongs to `sellerId`). */
  tokenFor(role: Role, sellerId?: string): Promise<string>;
  close(): Promise<void>;
}

let users = 0;

export async function startTestApp(
  options: { clock?: Clock; workers?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({
    SECONDLOOK_DATA_DIR: '.tmp/test-data',
    SECONDLOOK_DEMO: 'false',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  process.env.SECONDLOOK_AUDIT_KEY ??= 'test-audit-key';
  const context = await openContext(config, {
    logger: process.env.TEST_LOG_LEVEL ? createLogger(process.env.TEST_LOG_LEVEL) : silentLogger,
    clock: options.clock ?? systemClock,
    workers: options.workers ?? false,
    database,
    pollingIntervalSeconds: 0.5,
  });
  const server = await buildServer(context, { logger: false });
  await server.ready();
  return {
    context,
    server,
    database,
    async tokenFor(role, sellerId) {
      if (role === 'integration')
        return (await createApiKey(context.access, systemPrincipal('test'), `key ${++users}`)).key;
      users += 1;
      const email = `${role}${users}@test.example`;
      await createUser(context.access, systemPrincipal('test'), {
        email,
        password: 'correct horse battery',
        role,
        ...(sellerId ? { sellerId } : {}),
      });
      return (await logIn(context.access, email, 'correct horse battery')).token;
    },
    async close() {
      await server.close();
      await context.close();
      await database.destroy();
    },
  };
}
