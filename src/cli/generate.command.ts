import { DEFAULT_AS_OF, DEFAULT_DAYS, dirtyFeed, writeMarketplace } from '@secondlook/simulator';
import { type Command, InvalidArgumentError } from 'commander';

const wholeNumber = (value: string): number => {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
};

const isoDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
};

export function registerGenerateCommand(program: Command) {
  program
    .command('generate')
    .description(
      'Write a synthetic marketplace feed (sellers, events, sales, documents) with planted cases of all five triggers and a truth.json of what was planted. The same seed gives byte-identical files.',
    )
    .requiredOption('--sellers <n>', 'number of sellers', wholeNumber)
    .requiredOption('--seed <n>', 'random seed', wholeNumber)
    .requiredOption('--out <dir>', 'folder to write the files into (created if missing)')
    .option('--days <n>', 'days of activity, ending the day before --as-of', wholeNumber, DEFAULT_DAYS)
    .option('--as-of <date>', 'reference date (YYYY-MM-DD)', isoDate, DEFAULT_AS_OF)
    .option(
      '--dirty',
      'write the feed the way real exports look (nulls, empty strings, respelled dates and countries, BOM, CRLF, duplicated and unsorted lines); truth.json is unchanged and dirt.json lists what really lost evidence',
    )
    .addHelpText('after', '\nThe files and truth.json are described in docs/generator.md.')
    .action(
      async (options: {
        sellers: number;
        seed: number;
        out: string;
        days: number;
        asOf: string;
        dirty?: boolean;
      }) => {
        const started = performance.now();
        try {
          const summary = await writeMarketplace(options);
          if (options.dirty) {
            const dirt = await dirtyFeed(summary.out, summary.seed);
            summary.files = dirt.lines;
            console.log(
              `Dirty feed: ${dirt.invalid_date_of_birth.length} dates of birth made unreadable, ${dirt.phone_removed.length} phones left out (dirt.json)`,
            );
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          console.log(
            `Generated ${options.sellers} sellers (seed ${summary.seed}, ${summary.window.start} to ${summary.window.end}, as of ${summary.asOf}) in ${seconds}s into ${summary.out}`,
          );
          console.table({
            'sellers.jsonl': { lines: summary.files.sellers },
            'events.jsonl': { lines: summary.files.events },
            'sales.csv': { lines: summary.files.sales },
            'documents.jsonl': { lines: summary.files.documents },
          });
          console.table(
            Object.fromEntries(
              Object.entries(summary.planted).map(([trigger, sellers]) => [
                trigger,
                {
                  'planted sellers': sellers,
                  ...(trigger === 'account_association' ? { clusters: summary.clusters } : {}),
                },
              ]),
            ),
          );
          console.log(`Truth: ${summary.truthPath}`);
        } catch (error) {
          console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 2;
        }
      },
    );
}
