/**
 * Genuine PDFs saved again by common tools must not fail the authenticity checks: the generated
 * issuers' PDFs (bills, statements, invoices), each as generated, re-saved by qpdf, linearised by
 * qpdf, and rewritten by Ghostscript's pdfwrite (Debian's `qpdf` and `ghostscript`), through
 * preflight; the authenticity items and the verdict per tool.
 * `npm run bench:pdf-resave -- [--sellers 40] [--seed 7]` (needs `qpdf` and `gs` on the PATH).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateSubmission, type Scenario, simulateSellerProfiles } from '@secondlook/simulator';
import { createOcrPool, preflight } from '../../src/modules/documents/index.js';

const run = promisify(execFile);
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const sellers = arg('sellers', 40);
const seed = arg('seed', 7);
const AS_OF = '2026-11-01';
/** The re-saves happen today, so preflight checks them as of today (a rewrite dates the file now). */
const CHECKED_ON = new Date().toISOString().slice(0, 10);
const SCENARIOS: readonly Scenario[] = ['registration_mismatch', 'sales_anomaly'];

type Tool = 'as generated' | 'qpdf' | 'qpdf --linearize' | 'gs pdfwrite';
const TOOLS: readonly Tool[] = ['as generated', 'qpdf', 'qpdf --linearize', 'gs pdfwrite'];

async function resave(tool: Tool, bytes: Uint8Array, dir: string): Promise<Uint8Array> {
  if (tool === 'as generated') return bytes;
  const input = join(dir, 'in.pdf');
  const output = join(dir, 'out.pdf');
  await writeFile(input, bytes);
  if (tool === 'qpdf') await run('qpdf', [input, output]);
  else if (tool === 'qpdf --linearize') await run('qpdf', ['--linearize', input, output]);
  else
    await run('gs', [
      '-q',
      '-dBATCH',
      '-dNOPAUSE',
      '-dSAFER',
      '-sDEVICE=pdfwrite',
      `-sOutputFile=${output}`,
      input,
    ]);
  return new Uint8Array(await readFile(output));
}

const ocr = createOcrPool({ size: 1 });
const dir = await mkdtemp(join(tmpdir(), 'pdf-resave-'));
const tally = new Map<Tool, { files: number; fail: number; warn: number; codes: Map<string, number> }>(
  TOOLS.map((t) => [t, { files: 0, fail: 0, warn: 0, codes: new Map() }]),
);
const profiles = simulateSellerProfiles(seed, sellers * 3).filter((p) => p.record.business);
let seen = 0;
for (const [index, profile] of profiles.entries()) {
  if (seen >= sellers) break;
  const submission = await generateSubmission({
    profile,
    scenario: SCENARIOS[index % SCENARIOS.length]!,
    seed: seed * 1000 + index,
    asOf: AS_OF,
  });
  const pdfs = submission.documents.filter((d) => d.form === 'pdf');
  if (pdfs.length === 0) continue;
  seen++;
  for (const document of pdfs)
    for (const tool of TOOLS) {
      const files = await Promise.all(
        document.files.map(async (f) => ({ name: f.name, bytes: await resave(tool, f.bytes, dir) })),
      );
      const report = await preflight(
        {
          seller: submission.seller,
          asOf: CHECKED_ON,
          documents: [{ type: document.type, files, rules: document.rules }],
        },
        { ocr },
      );
      const row = tally.get(tool)!;
      for (const item of report.documents
        .flatMap((d) => d.checks)
        .filter((c) => c.group === 'authenticity')) {
        if (item.status === 'pass') continue;
        row[item.status]++;
        const key = `${item.code} ${item.status} ${JSON.stringify(item.evidence.problems ?? item.evidence.editor ?? item.evidence.reasons ?? '')}`;
        row.codes.set(key, (row.codes.get(key) ?? 0) + 1);
      }
      row.files += files.length;
    }
}
await ocr.close();
await rm(dir, { recursive: true, force: true });

console.log(
  `${cpus().length} × ${cpus()[0]?.model}, node ${process.version}; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `${seen} sellers' genuine PDFs, seed ${seed}, issued up to ${AS_OF}, checked as of ${CHECKED_ON}`,
);
console.log('| tool | files | authenticity fails | warnings | items |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const [tool, row] of tally)
  console.log(
    `| ${tool} | ${row.files} | ${row.fail} | ${row.warn} | ${[...row.codes].map(([c, n]) => `${c} ×${n}`).join('; ')} |`,
  );
