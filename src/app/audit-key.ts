import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';

const DEVELOPMENT_KEY = 'secondlook-development-audit-key';

/**
 * The key that signs the audit chain. `SECONDLOOK_AUDIT_KEY` in production; in embedded mode a
 * key generated once into the data folder. On PostgreSQL without the variable a development key
 * is used, and said so, because every process must agree on it.
 */
export function resolveAuditKey(config: Config, logger: Logger): string {
  const fromEnv = process.env.SECONDLOOK_AUDIT_KEY;
  if (fromEnv) return fromEnv;
  if (config.databaseUrl) {
    logger.warn('SECONDLOOK_AUDIT_KEY is not set: the audit chain is signed with the public development key');
    return DEVELOPMENT_KEY;
  }
  const path = join(config.dataDir, 'audit.key');
  if (!existsSync(path)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}
