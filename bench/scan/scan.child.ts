// One full scan from files in its own process (read, every detector, findings written). Prints one JSON line.
import { createWriteStream } from 'node:fs';
import { detectAll, readFeedFolder, ScanInput } from '../../src/modules/risk/scan/index.js';

const [dir, out] = process.argv.slice(2) as [string, string];
const started = performance.now();
const input = new ScanInput();
await readFeedFolder(dir, input, { onRejected: () => {} });
const read = performance.now();
const findings = detectAll(input, { asOf: input.defaultAsOf() });
const detected = performance.now();
const sink = createWriteStream(out);
for (const finding of findings) sink.write(`${JSON.stringify(finding)}\n`);
await new Promise((resolve) => sink.end(resolve));
console.log(
  JSON.stringify({
    findings: findings.length,
    readSeconds: (read - started) / 1000,
    detectSeconds: (detected - read) / 1000,
    seconds: (performance.now() - started) / 1000,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
