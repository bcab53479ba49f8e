import { readFileSync, writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { parseSeriesCsv, scoreSeries } from '../modules/risk/index.js';
import { AppError } from '../platform/errors.js';
import { reportFailure } from './cli.context.js';

interface DetectOptions {
  in?: string;
  out?: string;
  /** The names before the CLI took `--in/--out` everywhere: kept as hidden aliases. */
  input?: string;
  output?: string;
}

/** Scores at or above this are counted in the summary line (novelty of 5% of the series' range). */
const NOTABLE_SCORE = 0.5;

export function registerDetectAnomaliesCommand(program: Command) {
  program
    .command('detect-anomalies')
    .description(
      'Score one series (NAB format: timestamp,value) with the causal anomaly detector; ' +
        'writes timestamp,value,anomaly_score, one row per input row, same order.',
    )
    .option('--in <file>', 'series CSV with a timestamp,value header (required)')
    .option('--out <file>', 'where to write the scores (default: standard output)')
    .addOption(new Option('--input <file>').hideHelp())
    .addOption(new Option('--output <file>').hideHelp())
    .addHelpText(
      'after',
      '\nRules: every row is scored in file order, one output row per input row. Repeated or backwards ' +
        'timestamps, unreadable timestamps, missing values (scored 0), gaps and constant stretches are ' +
        'reported as warnings on standard error, never refused. Only a file without the header or ' +
        'without rows stops with CODE message (file:line).\nExit code: 0 scored, 2 rejected input.',
    )
    .action((options: DetectOptions, command: Command) => {
      const input = options.in ?? options.input;
      if (!input) command.error("error: required option '--in <file>' not specified");
      try {
        detectAnomalies({ input: input as string, output: options.out ?? options.output });
      } catch (error) {
        reportFailure(error);
      }
    });
}

function detectAnomalies({ input, output }: { input: string; output?: string | undefined }): void {
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    throw new AppError(
      'NOT_FOUND',
      `cannot read the input: ${(error as NodeJS.ErrnoException).code ?? error}`,
      {
        where: input,
      },
    );
  }
  const series = parseSeriesCsv(text, input);
  const scores = scoreSeries(series.values);
  const lines = ['timestamp,value,anomaly_score'];
  let notable = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (score >= NOTABLE_SCORE) notable++;
    lines.push(`${series.timestampText[i]},${series.valueText[i]},${score === 0 ? '0' : score.toFixed(6)}`);
  }
  const body = `${lines.join('\n')}\n`;
  if (output) {
    try {
      writeFileSync(output, body);
    } catch (error) {
      throw new AppError(
        'VALIDATION_FAILED',
        `cannot write the output: ${(error as NodeJS.ErrnoException).code ?? error}`,
        { where: output },
      );
    }
  } else process.stdout.write(body);

  for (const warning of series.warnings) console.error(`secondlook: warning: ${warning.message} in ${input}`);
  console.error(
    `secondlook: scored ${scores.length} rows; ${notable} with anomaly_score >= ${NOTABLE_SCORE}` +
      (output ? `; wrote ${output}` : ''),
  );
}
