import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppContext, openContext } from '../app/context.js';
import { type Config, loadConfig } from '../platform/config.js';
import { AppError, isAppError } from '../platform/errors.js';
import { createLogger } from '../platform/logger.js';
import { safeErrorText } from '../platform/safe-error.js';

/**
 * The embedded store is one process's: a second process opening the same PGlite folder would
 * corrupt it. A lock file with the owner's pid keeps commands from opening a store in use.
 */
export function lockEmbeddedStore(config: Config): () => void {
  if (config.databaseUrl) return () => {};
  mkdirSync(config.dataDir, { recursive: true });
  const path = join(config.dataDir, 'secondlook.lock');
  if (existsSync(path)) {
    const pid = Number(readFileSync(path, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid))
      throw new AppError(
        'CONFLICT',
        `the store in ${config.dataDir} is in use by process ${pid}; stop it or use the HTTP API`,
        {
          where: path,
        },
      );
  }
  writeFileSync(path, String(process.pid));
  return () => rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Opens the store for a one-shot command (no workers), runs `work`, and always closes it. */
export async function withCommandContext<T>(work: (context: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const unlock = lockEmbeddedStore(config);
  try {
    const context = await openContext(config, { logger, workers: false });
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  } finally {
    unlock();
  }
}

/** Prints a failure the way every command does, `CODE message (where)`, and sets exit code 2. */
export function reportFailure(error: unknown): void {
  if (isAppError(error)) {
    const where = error.details.where ? ` (${error.details.where})` : '';
    console.error(`secondlook: ${error.code} ${error.message}${where}`);
  } else console.error(`secondlook: ${safeErrorText(error)}`);
  process.exitCode = 2;
}
