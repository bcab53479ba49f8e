// `tsx bench/spine/sales-parse.ts FILE`: reads a sales CSV with the line-by-line CSV reader the
// scan uses and with the import's chunked reader (canonical lines by one regular expression),
// in one process, and prints lines/s of each with the load average (docs/benchmarks.md).
import { createReadStream } from 'node:fs';
import { loadavg } from 'node:os';
import { parseFeed, parseFeedChunks } from '../../src/modules/sellers/feed.parse.js';

const file = process.argv[2];
if (!file) throw new Error('usage: sales-parse.ts <sales.csv>');
const open = () => createReadStream(file, { highWaterMark: 1 << 20 });

for (const [label, count] of [
  [
    'csv-parse, a line at a time (parseFeed)',
    async () => {
      let n = 0;
      for await (const _ of parseFeed('sales', open())) n += 1;
      return n;
    },
  ],
  [
    'chunked, canonical lines by regular expression (parseFeedChunks)',
    async () => {
      let n = 0;
      for await (const chunk of parseFeedChunks('sales', open())) n += chunk.length;
      return n;
    },
  ],
] as const) {
  const load = loadavg()[0]!.toFixed(1);
  const started = performance.now();
  const lines = await count();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `| ${label} | ${lines} | ${seconds.toFixed(1)} | ${Math.round(lines / seconds).toLocaleString('en')} | ${load} |`,
  );
}
