import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { openParquetFeed } from '../adapters/columnar/parquet.js';
import { systemPrincipal } from '../modules/access/index.js';
import { feedFileIn } from '../modules/risk/index.js';
import type { FeedKind, ImportSummary } from '../modules/sellers/index.js';
import { AppError, isAppError } from '../platform/errors.js';
import { importFeedWorkflow } from '../workflows/import-feed.workflow.js';
import { reportFailure, withCommandContext } from './cli.context.js';

// Sellers first: the other files refer to them.
const ORDER: FeedKind[] = ['sellers', 'documents', 'events', 'sales'];

export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description(
      'Load marketplace feed files. Bad lines are reported as file:line: CODE message and skipped.',
    )
    .option('--sellers <file>', 'sellers.jsonl (or .parquet)')
    .option('--events <file>', 'events.jsonl (or .parquet)')
    .option('--sales <file>', 'sales.csv (or .parquet)')
    .option('--documents <file>', 'documents.jsonl (or .parquet)')
    .option('--in <dir>', 'a folder holding the four files under their usual names (or their .parquet twins)')
    .addHelpText(
      'after',
      '\nExit code: 0 everything loaded, 1 some lines were rejected, 2 the import failed.',
    )
    .action(async (options: Partial<Record<FeedKind, string>> & { in?: string }) => {
      try {
        const files = filesToImport(options);
        let unreadable = false;
        const summaries = await withCommandContext(async (context) => {
          const done: ImportSummary[] = [];
          for (const [kind, file] of files) {
            const source = await openSource(kind, file, () => {
              unreadable = true;
            });
            if (!source) continue;
            const bar = process.stderr.isTTY
              ? new SingleBar({ format: `${kind.padEnd(9)} {bar} {value} lines` })
              : undefined;
            bar?.start(0, 0);
            const summary = await importFeedWorkflow(context, {
              kind,
              source,
              origin: file,
              by: systemPrincipal('cli'),
              onRejected: (r) => {
                bar?.stop();
                console.error(`${file}:${r.line}: ${r.code} ${r.message}`);
              },
              onProgress: (lines) => {
                bar?.setTotal(lines);
                bar?.update(lines);
              },
            });
            bar?.stop();
            done.push(summary);
          }
          return done;
        });
        console.table(
          Object.fromEntries(
            summaries.map((s) => [
              s.kind,
              {
                lines: s.lines,
                accepted: s.accepted,
                rejected: s.rejected,
                written: s.written,
                unchanged: s.unchanged,
                notes: s.notes,
              },
            ]),
          ),
        );
        for (const s of summaries) {
          console.log(`${s.kind}: lines landed ${s.landed || 'none'}`);
          const codes = Object.entries(s.notesByCode).sort((a, b) => b[1] - a[1]);
          if (codes.length > 0)
            console.log(
              `${s.kind}: data-quality notes ${codes.map(([code, n]) => `${code} ${n}`).join(', ')}`,
            );
        }
        process.exitCode = unreadable || summaries.some((s) => s.rejected > 0) ? 1 : 0;
      } catch (error) {
        reportFailure(error);
      }
    });
}

function filesToImport(options: Partial<Record<FeedKind, string>> & { in?: string }): [FeedKind, string][] {
  const files: [FeedKind, string][] = [];
  for (const kind of ORDER) {
    const file = options[kind] ?? (options.in ? feedFileIn(options.in, kind) : undefined);
    if (!file) continue;
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `no such file: ${file}`, { where: `--${kind}` });
    files.push([kind, file]);
  }
  if (files.length === 0)
    throw new AppError(
      'VALIDATION_FAILED',
      'name at least one file: --sellers, --events, --sales, --documents or --in',
      {
        where: basename(process.argv[1] ?? 'secondlook'),
      },
    );
  return files;
}

/**
 * The file as a byte stream of the text feed: Parquet through DuckDB. A Parquet file that cannot
 * be read is reported `file: MALFORMED_PARQUET message` and skipped (exit code 1, as for bad lines).
 */
async function openSource(
  kind: FeedKind,
  file: string,
  onUnreadable: () => void,
): Promise<Readable | undefined> {
  if (!file.endsWith('.parquet')) return createReadStream(file);
  const report = (message: string) => {
    onUnreadable();
    console.error(`${file}: MALFORMED_PARQUET ${message}`);
  };
  try {
    return (await openParquetFeed(file, kind, report)).source;
  } catch (error) {
    if (!isAppError(error) || error.code !== 'MALFORMED_PARQUET') throw error;
    report(error.message);
    return undefined;
  }
}
