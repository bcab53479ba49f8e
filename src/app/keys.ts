import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';

export const DEVELOPMENT_AUDIT_KEY = 'secondlook-development-audit-key';

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
    return DEVELOPMENT_AUDIT_KEY;
  }
  return readOrCreateKeyFile(join(config.dataDir, 'audit.key'));
}

/**
 * The AES-256 key that encrypts stored documents: `SECONDLOOK_DOCUMENT_KEY` (64 hex digits), or a
 * key generated once into the data folder next to the documents themselves. Losing it loses every
 * stored document, so production sets the variable from a secret store.
 */
export function resolveDocumentKey(config: Config): Buffer {
  const hex =
    process.env.SECONDLOOK_DOCUMENT_KEY ?? readOrCreateKeyFile(join(config.dataDir, 'document.key'));
  if (!/^[0-9a-fA-F]{64}$/.test(hex))
    throw new AppError('VALIDATION_FAILED', 'the document key is 64 hexadecimal digits (32 bytes)', {
      where: process.env.SECONDLOOK_DOCUMENT_KEY ? 'env.SECONDLOOK_DOCUMENT_KEY' : 'document.key',
    });
  return Buffer.from(hex, 'hex');
}

function readOrCreateKeyFile(path: string): string {
  if (!existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true });
    try {
      writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(path, 'utf8').trim();
}
