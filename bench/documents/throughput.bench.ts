/**
 * Document check throughput (issue 18, item 5): one-page documents examined as the check job
 * examines them (`examineDocument`, the process's OCR pool, documents in flight at once), first
 * as fast as they go, then arriving at 1 a second (time from arrival to verdict, queueing
 * included). Compared with the setting before (1 worker, 1 document at a time).
 * `npm run bench:documents-throughput [-- --docs 24]`
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { generateSubmission, simulateSellerProfiles } from '@secondlook/simulator';
import {
  createOcrPool,
  defaultPoolSize,
  examineDocument,
  type OcrPool,
  type PreflightDocument,
} from '../../src/modules/documents/index.js';
import { DOCUMENT_CHECK_CONCURRENCY } from '../../src/workflows/documents.workflow.js';

const argDocs = process.argv.indexOf('--docs');
const DOCS = argDocs > 0 ? Number(process.argv[argDocs + 1]) : 24;
const AS_OF = '2026-11-01';

/** One-page documents as sellers upload them: licence and ID scans and photos, single-page bills. */
async function corpus(): Promise<
  { document: PreflightDocument; seller: ReturnType<typeof simulateSellerProfiles>[number]['record'] }[]
> {
  const out: Awaited<ReturnType<typeof corpus>> = [];
  const profiles = simulateSellerProfiles(11, 120).filter((p) => p.record.business?.country !== 'CN');
  for (const [i, profile] of profiles.entries()) {
    if (out.length >= DOCS) break;
    const scenario = i % 2 === 0 ? 'registration_mismatch' : 'identity_verification';
    const submission = await generateSubmission({ profile, scenario, seed: i + 1, asOf: AS_OF });
    for (const d of submission.documents)
      if (d.files.length === 1 && d.form !== 'pdf' && out.length < DOCS)
        out.push({
          seller: profile.record,
          document: {
            type: d.type,
            ...(d.variant ? { variant: d.variant } : {}),
            files: d.files,
            rules: d.rules,
          },
        });
  }
  return out;
}

const docs = await corpus();
const examine = (ocr: OcrPool, i: number) =>
  examineDocument(docs[i]!.document, { seller: docs[i]!.seller, asOf: AS_OF, ocr });

/** CPU seconds (all threads of the process: main, libuv's sharp pool, the OCR workers) per document. */
let cpuPerDocument = 0;

async function drain(poolSize: number, inFlight: number): Promise<number> {
  const ocr = createOcrPool({ size: poolSize });
  await examine(ocr, 0); // warm: workers created, as in a running server
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < docs.length) await examine(ocr, next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  cpuPerDocument = (used.user + used.system) / 1e6 / docs.length;
  await ocr.close();
  return docs.length / seconds;
}

/** Documents arrive every `gapMs`; at most `inFlight` are examined at once, the rest wait (the queue). */
async function latencies(poolSize: number, inFlight: number, gapMs: number): Promise<number[]> {
  const ocr = createOcrPool({ size: poolSize });
  await examine(ocr, 0);
  const waiting: (() => void)[] = [];
  let running = 0;
  const slot = async () => {
    if (running < inFlight) return void running++;
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const wake = waiting.shift();
    if (wake) wake();
    else running--;
  };
  const times = await Promise.all(
    docs.map(async (_, i) => {
      await new Promise((r) => setTimeout(r, i * gapMs));
      const arrived = performance.now();
      await slot();
      try {
        await examine(ocr, i);
      } finally {
        release();
      }
      return performance.now() - arrived;
    }),
  );
  await ocr.close();
  return times.sort((a, b) => a - b);
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const before = await drain(1, 1);
const after = await drain(defaultPoolSize(), DOCUMENT_CHECK_CONCURRENCY);
const cpuAfter = cpuPerDocument;
const arrival = await latencies(defaultPoolSize(), DOCUMENT_CHECK_CONCURRENCY, 1000);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}. Date: ${new Date().toISOString().slice(0, 10)}. ${docs.length} one-page documents (${docs.map((d) => d.document.type).join(', ')}).`,
);
console.log(
  `CPU per document: ${cpuAfter.toFixed(2)} s (all threads); on ${availableParallelism()} idle cores that is at most ${(availableParallelism() / cpuAfter).toFixed(2)} documents/s.`,
);
console.log('| setting | documents/s | p50 s at 1/s | p95 s at 1/s |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| before: 1 OCR worker, 1 document at a time | ${before.toFixed(2)} | | |`);
console.log(
  `| now: ${defaultPoolSize()} workers (${availableParallelism()} cores), ${DOCUMENT_CHECK_CONCURRENCY} in flight | ${after.toFixed(2)} | ${(pct(arrival, 0.5) / 1000).toFixed(2)} | ${(pct(arrival, 0.95) / 1000).toFixed(2)} |`,
);
