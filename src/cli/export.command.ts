import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { systemPrincipal } from '../modules/access/index.js';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportFormat,
  type ExportKind,
  exportChunks,
  recordExport,
} from '../workflows/exports.workflow.js';
import { reportFailure, withCommandContext } from './cli.context.js';

const oneOf =
  <T extends string>(allowed: readonly T[], what: string) =>
  (value: string): T => {
    if (!(allowed as readonly string[]).includes(value))
      throw new InvalidArgumentError(`${what} is one of ${allowed.join(', ')}`);
    return value as T;
  };

const instant = (value: string): Date => {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new InvalidArgumentError('a date or an ISO date-time');
  return at;
};

export function registerExportCommand(program: Command) {
  program
    .command('export')
    .description('Stream cases, decisions, requirements or the audit trail to a CSV or JSON-lines file')
    .argument('<kind>', EXPORT_KINDS.join(' | '), oneOf(EXPORT_KINDS, 'kind'))
    .option('--format <format>', EXPORT_FORMATS.join(' | '), oneOf(EXPORT_FORMATS, '--format'), 'csv')
    .option('--out <file>', 'where to write (standard output when left out)')
    .option('--status <list>', 'cases, requirements: comma-separated case statuses')
    .option('--from <date>', 'opened (cases), proposed (decisions), at (audit) from', instant)
    .option('--to <date>', '… before', instant)
    .option('--actor <actor>', 'audit: who acted')
    .option('--action <action>', 'audit: what was done')
    .addHelpText('after', '\nExit code: 0 written, 1 the export failed, 2 a usage error.')
    .action(
      async (
        kind: ExportKind,
        options: {
          format: ExportFormat;
          out?: string;
          status?: string;
          from?: Date;
          to?: Date;
          actor?: string;
          action?: string;
        },
      ) => {
        try {
          const filter = {
            ...(options.status ? { statuses: options.status.split(',').filter(Boolean) } : {}),
            ...(options.from ? { openedFrom: options.from, from: options.from } : {}),
            ...(options.to ? { openedTo: options.to, to: options.to } : {}),
            ...(options.actor ? { actor: options.actor } : {}),
            ...(options.action ? { action: options.action } : {}),
          };
          await withCommandContext(async (context) => {
            await recordExport(context, systemPrincipal('cli'), kind, options.format, filter);
            const source = Readable.from(exportChunks(context, kind, options.format, filter));
            await pipeline(source, options.out ? createWriteStream(options.out) : process.stdout);
          });
        } catch (error) {
          reportFailure(error);
        }
      },
    );
}
