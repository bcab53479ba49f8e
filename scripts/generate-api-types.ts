// Writes web/src/api/schema.d.ts from the OpenAPI document of a server on an empty in-memory store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/db/database.js';
import { openContext } from '../src/app/context.js';
import { buildServer } from '../src/http/server.js';
import { loadConfig } from '../src/platform/config.js';
import { silentLogger } from '../src/platform/logger.js';
import { API_TYPES_PATH, renderApiTypes } from './api-types.js';

const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-api-types-'));
try {
  const config = loadConfig({
    SECONDLOOK_DATA_DIR: dataDir,
    SECONDLOOK_DEMO: 'false',
    SECONDLOOK_AUDIT_KEY: 'api-types',
    LOG_LEVEL: 'silent',
  });
  const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
  const context = await openContext(config, { logger: silentLogger, workers: false, database });
  const server = await buildServer(context, { logger: false });
  const document = (await server.inject({ method: 'GET', url: '/openapi.json' })).json();
  writeFileSync(API_TYPES_PATH, await renderApiTypes(document));
  await server.close();
  await context.close();
  await database.close();
  console.log(`wrote ${API_TYPES_PATH}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
