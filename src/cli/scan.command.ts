import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { analyzeAfterBulkLoad } from '../adapters/db/analyze.js';
import { systemPrincipal } from '../modules/access/index.js';
import {
  FEED_FILES,
  type Finding,
  scanFeedFolderColumnar,
  triggerDefinitions,
} from '../modules/risk/index.js';
import { type FeedKind, watermarkWarnings } from '../modules/sellers/index.js';
import { AppError } from '../platform/errors.js';
import { applyFindings, countByTrigger, type ScanSummary, scanStore } from '../workflows/scan.workflow.js';
import { reportFailure, withCommandContext } from './cli.context.js';
import { scanAcrossWorkers } from './scan.partitions.js';

/** Which triggers read each feed file (their `needs` in the registry), to say what an absent file costs. */
function neededBy(kind: FeedKind): string {
  if (kind === 'sellers') return 'every trigger';
  const needing = triggerDefinitions().filter((definition) =>
    definition.needs.some((needed) => needed === kind),
  );
  const words = needing.map((definition) => definition.id);
  // The association index also reads events, but runs without them on the profiles alone.
  if (kind === 'events') words.push('the event links of account_association');
  return words.join(', ').replace(/, ([^,]*)$/, ' and $1');
}

interface ScanOptions {
  in?: string;
  asOf?: string;
  out?: string;
  dryRun?: boolean;
  threads?: string;
  partitions?: string;
}

export function registerScanCommand(program: Command) {
  program
    .command('scan')
    .description('Run the five detectors over the feed and let policy open or update cases')
    .option(
      '--in <dir>',
      'scan these feed files (sellers.jsonl, events.jsonl, sales.csv, documents.jsonl) instead of the store',
    )
    .option('--as-of <date>', 'reference date (default: the day after the latest date in the feed)')
    .option('--out <file>', 'write every finding to this file, one JSON object per line')
    .option('--dry-run', 'report findings, open or change no case')
    .option(
      '--threads <n>',
      'with --in: 2 reads profiles and documents on a second thread (docs/scale.md); default 1',
      '1',
    )
    .option(
      '--partitions <n>',
      'without --in: send one scan.partition job per partition to `secondlook worker` processes and wait for them (PostgreSQL; on the embedded store this process runs them)',
    )
    .action(async (options: ScanOptions) => {
      try {
        const asOf = options.asOf ? parseAsOf(options.asOf) : undefined;
        const by = systemPrincipal('scan');
        const out = options.out ? createWriteStream(options.out) : undefined;
        const write = (finding: Finding) => out?.write(`${JSON.stringify(finding)}\n`);
        const progress = (stage: string) => process.stderr.isTTY && process.stderr.write(`\r\x1b[K${stage}…`);
        let summary: ScanSummary;
        if (options.in && options.partitions)
          throw new AppError('VALIDATION_FAILED', '--partitions splits a scan of the store, not of files', {
            where: '--partitions',
          });
        if (options.in) {
          const bar = process.stderr.isTTY
            ? new SingleBar({ format: '{kind} {bar} {percentage}% | {lines} lines', hideCursor: true })
            : undefined;
          let current: string | undefined;
          const scan = await scanFeedFolderColumnar(options.in, {
            ...(asOf ? { asOf } : {}),
            profilesThread: threadsOf(options.threads) === 2,
            onRejected: (file, r) =>
              console.error(`${r.line > 0 ? `${file}:${r.line}` : file}: ${r.code} ${r.message}`),
            onProgress: (kind, p) => {
              if (kind !== current) {
                bar?.stop();
                bar?.start(p.size, 0, { kind: kind.padEnd(9), lines: 0 });
                current = kind;
              }
              bar?.update(p.bytes, { lines: p.lines.toLocaleString('en') });
            },
            onStage: (stage) => {
              bar?.stop();
              progress(stage);
            },
            onEngineMemory: (megabytes, sql) =>
              console.error(
                `secondlook: the engine ran a step again with ${megabytes} MB of memory (${sql.replace(/\s+/g, ' ').slice(0, 60)}…)`,
              ),
          });
          const { input, findings } = scan;
          for (const kind of scan.read.missing)
            console.error(
              `secondlook: no ${FEED_FILES[kind]} in ${options.in} (nor a readable .parquet twin): ${neededBy(kind)} cannot find anything without it`,
            );
          for (const finding of findings) write(finding);
          if (!options.dryRun) progress('applying policy');
          const cases = options.dryRun
            ? undefined
            : await withCommandContext((context) => applyFindings(context, findings, by));
          summary = {
            sellers: input.sellerIds.length,
            asOf: scan.asOf.toISOString().slice(0, 10),
            findings: countByTrigger(findings),
            cases,
          };
          summary.notes = Object.fromEntries(input.notesByCode);
          if (input.duplicates > 0) console.log(`duplicate event lines read once: ${input.duplicates}`);
        } else {
          summary = await withCommandContext(async (context) => {
            if (asOf)
              for (const warning of await watermarkWarnings(context.db, asOf))
                console.error(`secondlook: ${warning}`);
            const common = {
              by,
              dryRun: options.dryRun ?? false,
              ...(asOf ? { asOf } : {}),
              onFinding: write,
              onStage: progress,
            };
            const scanned = options.partitions
              ? await scanAcrossWorkers(context, common, partitionsOf(options.partitions))
              : await scanStore(context, common);
            if (!options.dryRun) await analyzeAfterBulkLoad(context.db, 'scan');
            return scanned;
          });
        }
        if (out) {
          out.end();
          await once(out as WriteStream, 'finish');
        }
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
        printSummary(summary);
      } catch (error) {
        reportFailure(error);
      }
    });
}

function printSummary(summary: ScanSummary) {
  console.log(`scanned ${summary.sellers} sellers as of ${summary.asOf}`);
  const notes = Object.entries(summary.notes ?? {}).sort((a, b) => b[1] - a[1]);
  if (notes.length > 0)
    console.log(`data-quality notes: ${notes.map(([code, n]) => `${code} ${n}`).join(', ')}`);
  console.table(
    Object.fromEntries(triggerDefinitions().map(({ id }) => [id, { findings: summary.findings[id] ?? 0 }])),
  );
  if (summary.cases) console.table({ cases: summary.cases });
  else console.log('dry run: no case was opened or changed');
}

/** The workflow refuses a count out of range (NaN included) with the option's name. */
const partitionsOf = (text: string): number => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

function threadsOf(text = '1'): 1 | 2 {
  if (text === '1' || text === '2') return Number(text) as 1 | 2;
  throw new AppError('VALIDATION_FAILED', 'the scan runs on 1 or 2 threads', { where: '--threads' });
}

function parseAsOf(text: string): Date {
  const at = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(at.getTime()))
    throw new AppError('VALIDATION_FAILED', 'the reference date reads YYYY-MM-DD', { where: '--as-of' });
  return at;
}
