/**
 * Extraction timings: OCR per page (cold worker, then warm), PDF text layer per page, page
 * rendering, image header and metrics. `npm run bench:extract`; results go to docs/documents.md.
 */
import { cpus } from 'node:os';
import {
  createOcrPool,
  inspectPdf,
  measureImage,
  prepareImageForOcr,
  readImageHeader,
  renderPdfPage,
} from '../../src/modules/documents/extract/index.js';
import { buildTextPdf, renderTextImage } from '../../src/modules/documents/extract/testing.fixtures.js';

const RUNS = 5;
const statementLines = Array.from(
  { length: 30 },
  (_, i) =>
    `2026-01-${String((i % 28) + 1).padStart(2, '0')}  Payment to supplier ${i + 1}  ${(i * 37.5).toFixed(2)} EUR`,
);

async function time(label: string, runs: number, body: () => Promise<unknown>, per = 1): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await body();
    samples.push((performance.now() - started) / per);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1).padStart(8)} ms  (min ${samples[0]?.toFixed(1)}, max ${samples.at(-1)?.toFixed(1)}, n=${runs})`,
  );
}

const tenPages = await buildTextPdf({ pages: Array.from({ length: 10 }, () => statementLines) });
const scanned = await renderPdfPage(await buildTextPdf({ pages: [statementLines] }), 1);
const photo = renderTextImage({
  width: 2000,
  height: 1400,
  lines: statementLines.slice(0, 18),
  fontSize: 36,
});

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
await time('PDF text layer, per page (10-page PDF)', RUNS, () => inspectPdf(tenPages), 10);
await time('PDF page render at 200 dpi (A4)', RUNS, () => renderPdfPage(tenPages, 1));
await time('image header (2000 × 1400 PNG)', RUNS, () => readImageHeader(photo));
const header = await readImageHeader(photo);
if (!header.ok) throw new Error(header.reason);
await time('image metrics (blur, exposure, colour, edges, dHash)', RUNS, () =>
  measureImage(photo, header.header),
);
await time('prepare image for OCR', RUNS, () => prepareImageForOcr(photo));

const pool = createOcrPool({ size: 1 });
const prepared = await prepareImageForOcr(photo);
await time('OCR cold (worker creation + 1 page)', 1, () => pool.recognise(prepared));
await time('OCR warm, 2000 × 1400 image, per page', RUNS, () => pool.recognise(prepared));
await time('OCR warm, A4 page rendered at 200 dpi', RUNS, () => pool.recognise(scanned));
await pool.close();
