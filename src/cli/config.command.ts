import type { Command } from 'commander';
import { settings, settingsTable } from '../platform/config.js';

/** `secondlook config`: every setting, its default and what it does, from the configuration schema. */
export function registerConfigCommand(program: Command) {
  program
    .command('config')
    .description('List every setting (environment variable) with its default and what it does')
    .option('--json', 'print the settings as JSON')
    .action((options: { json?: boolean }) => {
      process.stdout.write(`${options.json ? JSON.stringify(settings(), null, 2) : settingsTable()}\n`);
    });
}
