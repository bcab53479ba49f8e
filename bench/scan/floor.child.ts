// The floor of a scan: read and parse the four feed files, nothing else. Prints one JSON line.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { FEED_FILES } from '../../src/modules/risk/scan/index.js';
import { parseFeed } from '../../src/modules/sellers/index.js';

const dir = process.argv[2]!;
const started = performance.now();
let lines = 0;
for (const kind of ['sellers', 'documents', 'events', 'sales'] as const)
  for await (const _ of parseFeed(
    kind,
    createReadStream(join(dir, FEED_FILES[kind]), { highWaterMark: 1 << 20 }),
  ))
    lines += 1;
console.log(
  JSON.stringify({
    lines,
    seconds: (performance.now() - started) / 1000,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
