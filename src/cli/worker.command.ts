import type { Command } from 'commander';
import { openContext } from '../app/context.js';
import { assertSafeForProduction } from '../app/production.js';
import { loadConfig } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import { createLogger } from '../platform/logger.js';
import { reportFailure } from './cli.context.js';

export function registerWorkerCommand(program: Command) {
  program
    .command('worker')
    .description('Run job workers only (PostgreSQL): start as many as the work needs, on any machine')
    .action(async () => {
      try {
        const config = loadConfig();
        if (!config.databaseUrl)
          throw new AppError(
            'VALIDATION_FAILED',
            'extra workers need PostgreSQL (DATABASE_URL); `serve` runs the embedded ones',
            {
              where: 'DATABASE_URL',
            },
          );
        const logger = createLogger(config.logLevel);
        const context = await openContext(config, { logger, workers: true });
        await assertSafeForProduction(config, context.db);
        logger.info('worker started');
        const stop = async () => {
          await context.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        reportFailure(error);
        process.exit(2);
      }
    });
}
