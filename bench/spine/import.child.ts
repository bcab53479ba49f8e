// One import run in its own process, so its peak memory is its own. Prints one JSON line.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { withCommandContext } from '../../src/cli/cli.context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import type { FeedKind } from '../../src/modules/sellers/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: import.child.ts <feed dir> [--row-by-row]');
const rowByRow = process.argv.includes('--row-by-row');
const files: [FeedKind, string][] = [
  ['sellers', 'sellers.jsonl'],
  ['documents', 'documents.jsonl'],
  ['events', 'events.jsonl'],
  ['sales', 'sales.csv'],
];
const result: Record<
  string,
  { rows: number; rejected: number; written: number; unchanged: number; seconds: number }
> = {};
await withCommandContext(async (context) => {
  for (const [kind, name] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const started = performance.now();
    const summary = await importFeedWorkflow(context, {
      kind,
      source: createReadStream(path),
      origin: path,
      by: systemPrincipal('bench'),
      rowByRow,
    });
    console.error(
      `${kind}: ${summary.accepted} rows in ${((performance.now() - started) / 1000).toFixed(1)} s (${summary.written} changed, ${summary.unchanged} unchanged)`,
    );
    result[kind] = {
      rows: summary.accepted,
      rejected: summary.rejected,
      written: summary.written,
      unchanged: summary.unchanged,
      seconds: (performance.now() - started) / 1000,
    };
  }
});
console.log(JSON.stringify({ kinds: result, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
