// One full scan from files on the columnar engine, in its own process (read, every detector,
// findings written). Prints one JSON line.
import { createWriteStream } from 'node:fs';
import { scanFeedFolderColumnar } from '../../src/modules/risk/scan/scan.columnar.js';

const [dir, out] = process.argv.slice(2) as [string, string];
const started = performance.now();
const startCpu = process.cpuUsage();
let detectFrom = 0;
let stageFrom = started;
let stage = 'start';
const stages: Record<string, number> = {};
// CPU seconds per stage, every thread of the process (DuckDB's included): the load-robust figure.
const stagesCpu: Record<string, number> = {};
// Peak RSS so far at the end of each stage (MB): where the scan's peak is reached.
const stagesPeakMb: Record<string, number> = {};
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
let cpuFrom = process.cpuUsage();
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return Math.round((used.user + used.system) / 1e5) / 10;
};
const scan = await scanFeedFolderColumnar(dir, {
  // BENCH_EVENT_PARSER=engine: canonical event lines parsed by DuckDB's JSON functions instead of
  // in Node (the default, `node`).
  eventParser: process.env.BENCH_EVENT_PARSER === 'engine' ? 'engine' : 'node',
  // BENCH_PROFILES_THREAD=1: profiles, documents and the association index on a second thread.
  profilesThread: process.env.BENCH_PROFILES_THREAD === '1',
  onRejected: () => {},
  onStage: (next) => {
    const now = performance.now();
    stages[stage] = Math.round((now - stageFrom) / 100) / 10;
    stagesCpu[stage] = cpuSince(cpuFrom);
    stagesPeakMb[stage] = peakMb();
    cpuFrom = process.cpuUsage();
    [stage, stageFrom] = [next, now];
    if (detectFrom === 0 && next.startsWith('detecting')) detectFrom = performance.now();
  },
});
const detected = performance.now();
stagesCpu[stage] = cpuSince(cpuFrom);
stagesPeakMb[stage] = peakMb();
const sink = createWriteStream(out);
for (const finding of scan.findings) sink.write(`${JSON.stringify(finding)}\n`);
await new Promise((resolve) => sink.end(resolve));
console.log(
  JSON.stringify({
    findings: scan.findings.length,
    partitions: scan.partitions,
    threads: scan.threads,
    readSeconds: (detectFrom - started) / 1000,
    detectSeconds: (detected - detectFrom) / 1000,
    seconds: (performance.now() - started) / 1000,
    stages,
    stagesCpu,
    stagesPeakMb,
    cpuSeconds: cpuSince(startCpu),
    maxRssMb: peakMb(),
  }),
);
