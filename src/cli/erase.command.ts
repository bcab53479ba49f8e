import type { Command } from 'commander';
import { systemPrincipal } from '../modules/access/index.js';
import { eraseSeller } from '../workflows/erasure.workflow.js';
import { reportFailure, withCommandContext } from './cli.context.js';

export function registerEraseCommand(program: Command) {
  program
    .command('erase <seller>')
    .description("Erase a seller's personal data (docs/personal-data.md) and print what was erased")
    .option('--reason <text>', 'the reference of the request (kept in the audit trail until erased)')
    .addHelpText(
      'after',
      '\nRefused with LEGAL_HOLD or ERASURE_BLOCKED_OPEN_CASE; a second run prints the first report.\nExit code: 0 erased, 2 refused or failed.',
    )
    .action(async (seller: string, options: { reason?: string }) => {
      try {
        const report = await withCommandContext((context) =>
          eraseSeller(context, systemPrincipal('cli'), seller, options.reason),
        );
        console.log(JSON.stringify(report, null, 2));
        process.exitCode = 0;
      } catch (error) {
        reportFailure(error);
      }
    });
}
