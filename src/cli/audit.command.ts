import type { Command } from 'commander';
import { chainAuditEvents, readAuditChain, verifyAuditChain } from '../modules/audit/index.js';
import { parseAnchor } from '../workflows/audit.workflow.js';
import { reportFailure, withCommandContext } from './cli.context.js';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('The append-only, hash-chained audit log');
  audit
    .command('verify')
    .description('Walk the chain and name the first altered, inserted or deleted event')
    .option(
      '--anchor <position:hash>',
      'a head printed by an earlier verify: also catches deleted last events',
    )
    .addHelpText('after', '\nExit code: 0 the chain is intact, 1 it was tampered with, 2 the check failed.')
    .action(async (options: { anchor?: string }) => {
      try {
        const anchor = options.anchor ? parseAnchor(options.anchor, '--anchor') : undefined;
        const report = await withCommandContext(async (context) => {
          // Events committed but not linked yet are linked first: the walk covers everything written.
          await chainAuditEvents(context.db, context.auditKey);
          return verifyAuditChain(readAuditChain(context.db), context.auditKey, anchor);
        });
        if (report.ok) {
          console.log(`audit chain intact: ${report.checked} events`);
          console.log(`head: ${report.head.position}:${report.head.hash}`);
          if (report.redacted.count)
            console.log(
              `redacted (personal values erased, commitments intact): ${report.redacted.count} events, first at ${report.redacted.positions.slice(0, 10).join(', ')}`,
            );
          process.exitCode = 0;
        } else {
          console.error(
            `audit chain BROKEN at event ${report.problem?.position}: ${report.problem?.kind}: ${report.problem?.message}`,
          );
          console.error(`${report.checked} events read; last intact event: ${report.head.position}`);
          process.exitCode = 1;
        }
      } catch (error) {
        reportFailure(error);
      }
    });
}
