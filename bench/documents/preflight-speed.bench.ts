/**
 * Preflight speed on a 3-document submission (a licence scan, a passport scan, a utility bill PDF
 * with a text layer) with a warm OCR pool, against the floor: the pool's raw `recognise` on the
 * same prepared images. `npm run bench:preflight-speed [-- --runs 12]`
 */
import { cpus, loadavg } from 'node:os';
import { generateSubmission, simulateSellerProfiles } from '@secondlook/simulator';
import {
  createOcrPool,
  extractDocument,
  inspectPdf,
  measureImage,
  type OcrPool,
  type PreflightDocument,
  preflight,
  prepareImageForOcr,
  readImageHeader,
} from '../../src/modules/documents/index.js';

const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 12;
const AS_OF = '2026-11-01';

const profiles = simulateSellerProfiles(7, 200);
const profile = profiles.find(
  (p) =>
    p.record.business?.country === 'GB' && p.person.idType === 'passport' && p.person.nationality === 'GB',
);
if (!profile) throw new Error('no GB business with a passport in the sample');

/** The first seed that gives the forms wanted: scans of the licence and passport, a text-layer bill. */
async function submission(): Promise<PreflightDocument[]> {
  for (let seed = 1; seed < 200; seed++) {
    const [id, proof] = await Promise.all([
      generateSubmission({ profile: profile!, scenario: 'account_association', seed, asOf: AS_OF }),
      generateSubmission({ profile: profile!, scenario: 'registration_mismatch', seed, asOf: AS_OF }),
    ]);
    const passport = id.documents.find((d) => d.type === 'government_id' && d.form === 'scan');
    const licence = id.documents.find((d) => d.type === 'business_license' && d.form === 'scan');
    const bill = proof.documents.find((d) => d.type === 'utility_bill' && d.form === 'pdf');
    if (passport && licence && bill)
      return [licence, passport, bill].map((d) => ({
        type: d.type,
        ...(d.type === 'government_id' && d.variant ? { variant: d.variant } : {}),
        files: d.files,
        rules: d.rules,
      }));
  }
  throw new Error('no seed gave the wanted forms');
}

const documents = await submission();
const files = documents.flatMap((d) => d.files);
const raw = createOcrPool({ size: 1 });
/** The pool preflight uses, counting its OCR calls and the worker's time on each (queueing excluded). */
const ocrCalls: { ms: number; band: boolean }[] = [];
const pool: OcrPool = {
  isAvailable: (language) => raw.isAvailable(language),
  close: () => raw.close(),
  recognise: async (image, language, region) => {
    const result = await raw.recognise(image, language, region);
    ocrCalls.push({ ms: result.status === 'read' ? result.ms : 0, band: region?.whitelist !== undefined });
    return result;
  },
};
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const time = async <T>(body: () => Promise<T>): Promise<[number, T]> => {
  const started = performance.now();
  const result = await body();
  return [performance.now() - started, result];
};

// Warm: workers created, code paths compiled.
const [, warm] = await time(() =>
  preflight({ seller: profile.record, documents, asOf: AS_OF }, { ocr: pool }),
);
const images = files.filter((f) => !f.name.endsWith('.pdf'));
const prepared = await Promise.all(images.map((f) => prepareImageForOcr(f.bytes)));
await raw.recognise(prepared[0]!);

const preflightMs: number[] = [];
const floorMs: number[] = [];
const steps: Record<string, number[]> = {
  'OCR in preflight, page reads': [],
  'OCR in preflight, MRZ zone reads': [],
  prepare: [],
  metrics: [],
  pdf: [],
  extract: [],
};
for (let run = 0; run < RUNS; run++) {
  ocrCalls.length = 0;
  const [ms] = await time(() => preflight({ seller: profile.record, documents, asOf: AS_OF }, { ocr: pool }));
  preflightMs.push(ms);
  const sum = (band: boolean) => ocrCalls.filter((c) => c.band === band).reduce((a, c) => a + c.ms, 0);
  steps['OCR in preflight, page reads']!.push(sum(false));
  steps['OCR in preflight, MRZ zone reads']!.push(sum(true));
  let floor = 0;
  for (const image of prepared) {
    const read = await raw.recognise(image);
    floor += read.status === 'read' ? read.ms : 0;
  }
  floorMs.push(floor);
  let prepare = 0;
  let metrics = 0;
  for (const f of images) {
    prepare += (await time(() => prepareImageForOcr(f.bytes)))[0];
    const header = await readImageHeader(f.bytes);
    if (header.ok) metrics += (await time(() => measureImage(f.bytes, header.header)))[0];
  }
  steps.prepare!.push(prepare);
  steps.metrics!.push(metrics);
  steps.pdf!.push((await time(() => inspectPdf(files.find((f) => f.name.endsWith('.pdf'))!.bytes)))[0]);
  let extract = 0;
  for (const f of files) extract += (await time(() => extractDocument(f.bytes, { ocr: raw })))[0];
  steps.extract!.push(extract);
}
await raw.close();

const p50 = percentile(preflightMs, 50);
const floor50 = percentile(floorMs, 50);
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `submission: ${documents.map((d) => `${d.type} (${d.files.map((f) => `${f.name} ${Math.round(f.bytes.length / 1024)} KiB`).join(', ')})`).join('; ')}`,
);
console.log(`verdict of the warm-up run: ${warm.verdict}; ${RUNS} runs`);
console.log(
  `preflight p50 ${(p50 / 1000).toFixed(2)} s, p95 ${(percentile(preflightMs, 95) / 1000).toFixed(2)} s`,
);
console.log(
  `OCR floor (recognise on the ${prepared.length} prepared images) p50 ${(floor50 / 1000).toFixed(2)} s, p95 ${(percentile(floorMs, 95) / 1000).toFixed(2)} s`,
);
console.log(`ratio p50 / floor p50: ${(p50 / floor50).toFixed(2)}`);
for (const [step, xs] of Object.entries(steps))
  console.log(`  ${step.padEnd(34)} p50 ${percentile(xs, 50).toFixed(0)} ms`);
